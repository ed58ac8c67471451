// Trending feeds (SPEC §4): entries indexed by folded tag, once per feed list, and judged
// sensitive when marked so or when their context names a tragedy.
import { analyze } from "../../src/text/analysis.js";
import { findTragedy } from "../../src/text/cues.js";
import { foldDiacritics } from "../../src/text/segment.js";
import type { TrendingEntry } from "../../src/types.js";
import type { Vocabulary } from "./vocabulary.js";

export interface TrendingIndex {
  byTag: Map<string, TrendingEntry[]>;
}

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
