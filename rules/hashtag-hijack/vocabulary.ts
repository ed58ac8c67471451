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
  promoCodeLeads: string[];
  notPromoCodes: string[];
  engagement: string[];
  viewing: string[];
  hosting: string[];
  relatednessStopwords: string[];
  looseTragedy: string[];
  pitch: string[];
  pitchVerbs: string[];
  levity: string[];
  levityEmoji: string[];
  negations: string[];
  denials: string[];
  denialFillers: string[];
  determiners: string[];
  shopNouns: string[];
  shopStates: string[];
  pledgeAfter: string[];
  eventHooks: string[];
  subjects: Record<string, string[]>;
  placeBefore: string[];
  placeAfter: string[];
  eventLeads: string[];
  notices: string[];
  sincereEmoji: string[];
  charityPhrases: string[];
  launchWords: string[];
  publications: string[];
  causeTies: string[];
  placeSubjectVerbs: string[];
  placeEventLinks: string[];
  trendHooks: { phrases: string[]; questionEnds: string[]; pivots: string[] };
  campaignShape: { against: string[]; harms: string[]; protests: string[]; protestCauses: string[] };
  disasterWords: string[];
  tagOnly: string[];
  eventReadings: { nouns: string[]; dated: string[]; sites: string[]; severity: string[]; leads: string[] };
  verbUses: Record<string, string[]>;
  unknownNameEvents: string[];
  causeDayShape: { heads: string[]; periods: string[]; notCauses: string[] };
  dayCategories: string[];
  digitWords: Record<string, string>;
  serviceLeads: string[];
  services: string[];
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
  /** "code SAFE3": words a promo code follows, and the words before them that make another kind of code. */
  promoCodeLeads: Set<string>;
  notPromoCodes: Set<string>;
  /** A post that joins an event ("watch the finale with us"). */
  engagement: PhraseMatcher<true>;
  /** Watching an event ("watch", "catch")… */
  viewing: PhraseMatcher<true>;
  /** …where the brand hosts it ("with us", "at our"). */
  hosting: PhraseMatcher<true>;
  stopwords: Set<string>;
  /** Tragedy words people pun on or use as idiom ("never forget", "killed it"): no sign by themselves that a post is about the event. */
  looseTragedy: Set<string>;
  /** Calls to action and product pitches with no sales word ("grab a", "our SPF drops Friday"). */
  pitch: PhraseMatcher<true>;
  /** Verbs that pitch the brand when its name follows ("try Acme"). */
  pitchVerbs: PhraseMatcher<true>;
  /** Jokes and cheer. */
  levity: PhraseMatcher<true>;
  levityEmoji: Set<string>;
  /** Words that deny a sales cue after them ("no promo"). */
  negations: Set<string>;
  /** Words that deny a sales cue one filler word on ("closed to new arrivals"), with the negations. */
  denials: Set<string>;
  denialFillers: Set<string>;
  /** Words that make "shop" after them a noun. */
  determiners: Set<string>;
  shopNouns: Set<string>;
  /** Words after "the shop" that make it the subject of a notice ("the shop is closed"). */
  shopStates: Set<string>;
  /** Words after a sum that make it a gift's reach ("$50 funds a night"). */
  pledgeAfter: Set<string>;
  /** Words that name a trending event's occasion ("finale", "tonight's game"), not its subject. */
  eventHooks: Set<string>;
  /** Sensitive phrase → what the cause is about, each as lower-case words. */
  subjects: Map<string, string[][]>;
  placeBefore: Set<string>;
  placeAfter: Set<string>;
  /** Words before a hashtag that make it part of the post's sentence ("on #X", "after the #X"). */
  eventLeads: Set<string>;
  /** The business's own notices ("closed today", "in observance of"): sincere, but not a message about a day. */
  notices: Set<string>;
  sincereEmoji: Set<string>;
  /** Charity senses of sales words ("street collection"). */
  charityPhrases: PhraseMatcher<true>;
  launchWords: Set<string>;
  /** What a brand publishes rather than sells ("report", "survey"). */
  publications: Set<string>;
  /** Words that tie a sale to the cause it funds ("every purchase funds"). */
  causeTies: PhraseMatcher<true>;
  placeSubjectVerbs: Set<string>;
  /** "#Penzance after last night's fire": words after a tag that lead to its event. */
  placeEventLinks: Set<string>;
  /** Words for a place hit by a disaster, beyond the shared tragedy words, and nouns read as an event ("last night's fire"). */
  disasterWords: PhraseMatcher<true>;
  /** Event words that count only inside a tag ("strong", "fire"). */
  tagOnly: Set<string>;
  /** Tragedy word → words after it that make it a verb ("shooting" → "a", "our"). */
  verbUses: Map<string, Set<string>>;
  /** What only points at a trend in a post ("who else", "X who?", "… anyway"). */
  trendHooks: { phrases: PhraseMatcher<true>; questionEnds: Set<string>; pivots: PhraseMatcher<true> };
  campaignShape: { against: Set<string>; harms: Set<string>; protests: Set<string>; protestCauses: Set<string> };
  unknownNameEvents: Set<string>;
  causeDayShape: { heads: Set<string>; periods: Set<string>; notCauses: Set<string> };
  dayCategories: Set<Category>;
  digitWords: Map<string, string>;
  /** "extra", "added" a few words before a service ("departures"): laid on for an event. */
  serviceLeads: Set<string>;
  services: Set<string>;
}

let vocabulary: Vocabulary | undefined;

const PLAIN_PLACE_RE = /^[a-z]+(?: [a-z]+)*$/;

/** "Women's rights" → ["women", "s", "rights"]: the words relatedness compares. */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

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
    // A notice is sincere too (a closure for a storm); `notices` tells the two apart for days.
    sincere: PhraseMatcher.of([...data.sincere, ...data.notices]),
    promotion: PhraseMatcher.of(data.promotion),
    softPromotion: new Set(data.softPromotion),
    pledgeWords: new Set(data.pledgeWords),
    promoCodeLeads: new Set(data.promoCodeLeads),
    notPromoCodes: new Set(data.notPromoCodes),
    engagement: PhraseMatcher.of(data.engagement),
    viewing: PhraseMatcher.of(data.viewing),
    hosting: PhraseMatcher.of(data.hosting),
    stopwords: new Set(data.relatednessStopwords),
    looseTragedy: new Set(data.looseTragedy),
    pitch: PhraseMatcher.of(data.pitch),
    pitchVerbs: PhraseMatcher.of(data.pitchVerbs),
    levity: PhraseMatcher.of(data.levity),
    levityEmoji: new Set(data.levityEmoji),
    negations: new Set(data.negations),
    denials: new Set(data.denials),
    denialFillers: new Set(data.denialFillers),
    determiners: new Set(data.determiners),
    shopNouns: new Set(data.shopNouns),
    shopStates: new Set(data.shopStates),
    pledgeAfter: new Set(data.pledgeAfter),
    eventHooks: new Set(data.eventHooks),
    subjects: new Map(Object.entries(data.subjects).map(([phrase, about]) => [phrase, about.map(lowerWords)])),
    placeBefore: new Set(data.placeBefore),
    placeAfter: new Set(data.placeAfter),
    eventLeads: new Set(data.eventLeads),
    notices: new Set(data.notices),
    sincereEmoji: new Set(data.sincereEmoji),
    charityPhrases: PhraseMatcher.of(data.charityPhrases),
    launchWords: new Set(data.launchWords),
    publications: new Set(data.publications),
    causeTies: PhraseMatcher.of(data.causeTies),
    placeSubjectVerbs: new Set(data.placeSubjectVerbs),
    placeEventLinks: new Set(data.placeEventLinks),
    disasterWords: PhraseMatcher.of([...data.disasterWords, ...eventReadingPhrases(data.eventReadings)]),
    tagOnly: new Set(data.tagOnly),
    verbUses: new Map(Object.entries(data.verbUses).map(([word, after]) => [word, new Set(after)])),
    trendHooks: {
      phrases: PhraseMatcher.of(data.trendHooks.phrases),
      questionEnds: new Set(data.trendHooks.questionEnds),
      pivots: PhraseMatcher.of(data.trendHooks.pivots),
    },
    campaignShape: {
      against: new Set(data.campaignShape.against),
      harms: new Set(data.campaignShape.harms),
      protests: new Set(data.campaignShape.protests),
      protestCauses: new Set(data.campaignShape.protestCauses),
    },
    unknownNameEvents: new Set(data.unknownNameEvents),
    causeDayShape: {
      heads: new Set(data.causeDayShape.heads),
      periods: new Set(data.causeDayShape.periods),
      notCauses: new Set(data.causeDayShape.notCauses),
    },
    dayCategories: new Set(data.dayCategories),
    digitWords: new Map(Object.entries(data.digitWords)),
    serviceLeads: new Set(data.serviceLeads),
    services: new Set(data.services),
  };
  return vocabulary;
}

/** "last night's fire", "the mill fire", "a deadly blaze", "affected by the fire": every reading of each noun as an event. */
function eventReadingPhrases(readings: VocabularyData["eventReadings"]): string[] {
  const phrases: string[] = [];
  for (const noun of readings.nouns) {
    for (const before of [...readings.dated, ...readings.sites, ...readings.severity]) phrases.push(`${before} ${noun}`);
    for (const lead of readings.leads) phrases.push(`${lead} the ${noun}`, `${lead} a ${noun}`);
  }
  return phrases;
}
