// Trending feeds (SPEC §4): entries indexed by folded tag, once per feed list, and judged
// sensitive when marked so or when their context names a tragedy.
import { analyze } from "../../src/text/analysis.js";
import { findTragedy } from "../../src/text/cues.js";
import { foldDiacritics, segmentHashtag, wordRank } from "../../src/text/segment.js";
import type { TrendingEntry } from "../../src/types.js";
import type { Vocabulary } from "./vocabulary.js";

export interface TrendingIndex {
  byTag: Map<string, TrendingEntry[]>;
  /** Distinctive names in sensitive entries' tags ("harlow" in #CycloneHarlow) → those entries; built on first use. */
  byName?: Map<string, TrendingEntry[]>;
}

// A word of a sensitive feed tag is its story's name when it is a listed place or a word the
// dictionary knows only as rare (a storm's, a town's or a person's name): "harlow", "tewkesbury",
// "valencia"; not "storm", "days" or "activism".
const RARE_RANK = 20_000;
const MIN_NAME = 4;

const indexes = new WeakMap<TrendingEntry[], TrendingIndex>();
const sensitiveContext = new WeakMap<TrendingEntry, boolean>();

/** "#Café_Day", "cafeday" and "CAFÉDAY" are the same tag. */
export function tagKey(tag: string): string {
  return foldDiacritics(tag).replace(/[^\p{L}\p{N}]/gu, "");
}

export function trendingIndex(entries: TrendingEntry[]): TrendingIndex {
  let index = indexes.get(entries);
  if (!index) {
    index = { byTag: new Map() };
    for (const entry of entries) {
      const key = tagKey(entry.tag ?? "");
      if (key === "") continue;
      const list = index.byTag.get(key);
      if (list) list.push(entry);
      else index.byTag.set(key, [entry]);
    }
    indexes.set(entries, index);
  }
  return index;
}

/** The entries for a tag (by tagKey) whose window holds `at` (an open end is unbounded); sensitive ones first. */
export function activeEntries(index: TrendingIndex, key: string, at: Date, vocabulary: Vocabulary): TrendingEntry[] {
  const entries = index.byTag.get(key);
  if (!entries) return [];
  const time = at.getTime();
  return entries
    .filter((entry) => !(entry.since && time < entry.since.getTime()) && !(entry.until && time > entry.until.getTime()))
    .sort((a, b) => Number(isSensitiveEntry(b, vocabulary)) - Number(isSensitiveEntry(a, vocabulary)));
}

/** The tag's words a story may be known by; whether one is rare enough is asked only when a post shares it. */
function storyNames(tag: string, vocabulary: Vocabulary): string[] {
  const [hashtag] = analyze(`#${tag.replace(/^#/, "")}`).hashtags;
  if (!hashtag) return [];
  const words = new Set([...segmentHashtag(hashtag)[0].words.map((word) => word.norm), ...hashtag.parts.map((part) => foldDiacritics(part.norm))]);
  return [...words].filter((word) => word.length >= MIN_NAME && /^\p{L}+$/u.test(word) && !vocabulary.joinedTags.has(word));
}

/** A place, or a word too rare to be a coincidence (the frequency list loads only when a post shares a candidate). */
function isStoryName(word: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.places.has(word)) return true;
  const rank = wordRank(word);
  return rank === undefined || rank > RARE_RANK;
}

/**
 * A sensitive entry, active at `at`, whose story name is one of `words` (#ByeByeHarlow while
 * #CycloneHarlow trends): a tag sharing that name is about the same story.
 */
export function entrySharingName(index: TrendingIndex, words: Iterable<string>, at: Date, vocabulary: Vocabulary): { entry: TrendingEntry; name: string } | undefined {
  if (!index.byName) {
    index.byName = new Map();
    for (const entries of index.byTag.values()) {
      for (const entry of entries) {
        if (!isSensitiveEntry(entry, vocabulary)) continue;
        for (const name of storyNames(entry.tag ?? "", vocabulary)) {
          const list = index.byName.get(name);
          if (list) list.push(entry);
          else index.byName.set(name, [entry]);
        }
      }
    }
  }
  const time = at.getTime();
  for (const word of words) {
    const entry = index.byName.get(word)?.find((candidate) => !(candidate.since && time < candidate.since.getTime()) && !(candidate.until && time > candidate.until.getTime()));
    if (entry && isStoryName(word, vocabulary)) return { entry, name: word };
  }
  return undefined;
}

export function isSensitiveEntry(entry: TrendingEntry, vocabulary: Vocabulary): boolean {
  if (entry.sensitive === true) return true;
  if (entry.sensitive === false || !entry.context) return false;
  let sensitive = sensitiveContext.get(entry);
  if (sensitive === undefined) {
    const context = analyze(entry.context);
    sensitive =
      findTragedy(context).length > 0 ||
      vocabulary.tagPhrases.matchAll(context).some((match) => match.value.kind === "tag");
    sensitiveContext.set(entry, sensitive);
  }
  return sensitive;
}
