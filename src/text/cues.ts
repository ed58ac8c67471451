// Shared cue vocabularies: is a post promotional, does it refer to a tragedy?
// The words are data (cues.yaml); this module compiles them once, on first use.
import { loadData } from "../data.js";
import type { Analysis } from "./analysis.js";
import { PhraseMatcher, type PhraseMatch } from "./phrases.js";

interface CueData {
  promotion: string[];
  tragedy: string[];
}

let matchers: { promotion: PhraseMatcher; tragedy: PhraseMatcher } | undefined;

function cueMatchers() {
  if (!matchers) {
    const data = loadData<CueData>(new URL("./cues.yaml", import.meta.url));
    matchers = { promotion: PhraseMatcher.of(data.promotion), tragedy: PhraseMatcher.of(data.tragedy) };
  }
  return matchers;
}

/** Sales words ("sale", "shop now", "promo code") and a discount figure such as "20% off". */
export function findPromotion(analysis: Analysis): PhraseMatch<true>[] {
  return cueMatchers().promotion.matchAll(analysis);
}

export function findTragedy(analysis: Analysis): PhraseMatch<true>[] {
  return cueMatchers().tragedy.matchAll(analysis);
}
