// What sits past a platform's "… more" cut and must not: a disclosure, a call to action, a link
// (vocabulary: must-see.yaml, compiled on first use).
import { loadData } from "../../src/data.js";
import type { Analysis } from "../../src/text/analysis.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

export type MustSeeKind = "disclosure" | "call to action" | "link";

export interface MustSee {
  kind: MustSeeKind;
  start: number;
  end: number;
}

interface MustSeeData {
  disclosures: { phrases: string[]; hashtags: string[] };
  callsToAction: string[];
}

let vocabulary: { disclosures: PhraseMatcher; disclosureTags: Set<string>; callsToAction: PhraseMatcher } | undefined;

function mustSeeVocabulary() {
  if (!vocabulary) {
    const data = loadData<MustSeeData>(new URL("./must-see.yaml", import.meta.url));
    vocabulary = {
      disclosures: PhraseMatcher.of(data.disclosures.phrases),
      disclosureTags: new Set(data.disclosures.hashtags.map((tag) => tag.toLowerCase())),
      callsToAction: PhraseMatcher.of(data.callsToAction),
    };
  }
  return vocabulary;
}

/** Offset of the first hidden character when the post is longer than `truncation` characters. */
export function foldAt(text: string, truncation: number | null): number | undefined {
  if (!truncation || text.length <= truncation) return undefined;
  let count = 0;
  for (let at = 0; at < text.length; at += (text.codePointAt(at) as number) > 0xffff ? 2 : 1) {
    if (count++ === truncation) return at;
  }
  return undefined;
}

/** The first disclosure, call to action and link, of each kind none of which starts before the fold. */
export function hiddenMustSee(analysis: Analysis, fold: number, options: { disclosures: boolean; callsToAction: string[] }): MustSee[] {
  const words = mustSeeVocabulary();
  const extra = options.callsToAction.length > 0 ? PhraseMatcher.of(options.callsToAction).matchAll(analysis) : [];
  const candidates: MustSee[][] = [
    options.disclosures
      ? [
          ...words.disclosures.matchAll(analysis, { inHashtags: false }),
          ...analysis.hashtags.filter((tag) => words.disclosureTags.has(tag.tag)),
        ].map(({ start, end }) => ({ kind: "disclosure" as const, start, end }))
      : [],
    [...words.callsToAction.matchAll(analysis, { inHashtags: false }), ...extra].map(({ start, end }) => ({ kind: "call to action" as const, start, end })),
    analysis.urls.map(({ start, end }) => ({ kind: "link" as const, start, end })),
  ];
  return candidates
    // One of a kind above the fold is enough: the reader has seen the disclosure or the link.
    .map((items) => (items.some((item) => item.start < fold) ? undefined : items.sort((a, b) => a.start - b.start)[0]))
    .filter((item): item is MustSee => item !== undefined)
    .sort((a, b) => a.start - b.start);
}
