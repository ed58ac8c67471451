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

// Several rules ask the same post the same question: answer once per analysis.
const promotionFound = new WeakMap<Analysis, PhraseMatch<true>[]>();
const tragedyFound = new WeakMap<Analysis, PhraseMatch<true>[]>();

/** Sales words ("sale", "shop now", "promo code"). The list is shared: do not change it. */
export function findPromotion(analysis: Analysis): PhraseMatch<true>[] {
  let found = promotionFound.get(analysis);
  if (!found) promotionFound.set(analysis, (found = cueMatchers().promotion.matchAll(analysis)));
  return found;
}

/** Words for a tragedy, disaster, death or crisis. The list is shared: do not change it. */
export function findTragedy(analysis: Analysis): PhraseMatch<true>[] {
  let found = tragedyFound.get(analysis);
  if (!found) tragedyFound.set(analysis, (found = cueMatchers().tragedy.matchAll(analysis)));
  return found;
}
