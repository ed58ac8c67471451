// The rule's vocabulary (sensitive.yaml, places.txt), compiled into phrase matchers on first use.
import { readFileSync } from "node:fs";
import { loadData } from "../../src/data.js";
import { PhraseMatcher, phraseWords } from "../../src/text/phrases.js";

export type Category = string;

/** What a phrase in a hashtag means. */
export interface TagPhrase {
  kind: "tag" | "event" | "allow";
  category: Category;
  /** Counts only when written in capitals (RIP). */
  capitalOnly?: boolean;
}

interface VocabularyData {
  categories: Record<Category, string>;
  tags: Record<Category, string[]>;
  capitalOnly: Record<Category, string[]>;
  withPlace: Record<Category, string[]>;
  allow: string[];
  places: string[];
  tragedyPlaces: string[];
  offensive: string[];
  sincere: string[];
  promotion: string[];
  softPromotion: string[];
  pledgeWords: string[];
  engagement: string[];
  relatednessStopwords: string[];
}

export interface Vocabulary {
  /** Category → words for messages ("a natural disaster"). */
  about: Record<Category, string>;
  tagPhrases: PhraseMatcher<TagPhrase>;
  /** Standalone sensitive phrases with the spaces taken out ("anzacday"), for tags the dictionary cannot split. */
  joinedTags: Map<string, { phrase: string; category: Category }>;
  /** Place name, its words joined by spaces → true when the name itself recalls a tragedy (Sandy Hook). */
  places: Map<string, boolean>;
  offensive: string[];
  sincere: PhraseMatcher<true>;
  /** Sales words beyond the shared promotion cues. */
  promotion: PhraseMatcher<true>;
  /** Promotion cues that point somewhere ("link in bio") rather than sell. */
  softPromotion: Set<string>;
  /** Words before a sum of money that make it a pledge, not a price. */
  pledgeWords: Set<string>;
  /** A post that joins an event ("watch the finale with us"). */
  engagement: PhraseMatcher<true>;
  stopwords: Set<string>;
}

let vocabulary: Vocabulary | undefined;

const PLAIN_PLACE_RE = /^[a-z]+(?: [a-z]+)*$/;

/** "Winston-Salem" → "winston salem": words as the tokenizer sees them, joined by spaces. */
export function placeKey(name: string): string {
  return PLAIN_PLACE_RE.test(name) ? name : phraseWords(name).join(" ");
}

export function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const data = loadData<VocabularyData>(new URL("./sensitive.yaml", import.meta.url));
  const tagPhrases = new PhraseMatcher<TagPhrase>();
  // Later entries win on the same phrase: a standalone tag phrase over an event word, and an
  // allowed phrase over both.
  for (const [category, phrases] of Object.entries(data.withPlace)) {
    for (const phrase of phrases) tagPhrases.add(phrase, { kind: "event", category });
  }
  const joinedTags = new Map<string, { phrase: string; category: Category }>();
  for (const [category, phrases] of Object.entries(data.tags)) {
    for (const phrase of phrases) {
      tagPhrases.add(phrase, { kind: "tag", category });
      joinedTags.set(phrase.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""), { phrase, category });
    }
  }
  for (const [category, phrases] of Object.entries(data.capitalOnly)) {
    for (const phrase of phrases) tagPhrases.add(phrase, { kind: "tag", category, capitalOnly: true });
  }
  for (const phrase of data.allow) tagPhrases.add(phrase, { kind: "allow", category: "" });

  // Thousands of names: a map of word sequences loads faster than a trie and is all a
  // hashtag of a few words needs.
  const places = new Map<string, boolean>();
  for (const line of readFileSync(new URL("./places.txt", import.meta.url), "utf8").split("\n")) {
    if (line !== "" && !line.startsWith("#")) places.set(placeKey(line), false);
  }
  for (const place of data.places) places.set(placeKey(place), false);
  for (const place of data.tragedyPlaces) places.set(placeKey(place), true);
  vocabulary = {
    about: data.categories,
    tagPhrases,
    joinedTags,
    places,
    offensive: data.offensive,
    sincere: PhraseMatcher.of(data.sincere),
    promotion: PhraseMatcher.of(data.promotion),
    softPromotion: new Set(data.softPromotion),
    pledgeWords: new Set(data.pledgeWords),
    engagement: PhraseMatcher.of(data.engagement),
    stopwords: new Set(data.relatednessStopwords),
  };
  return vocabulary;
}
