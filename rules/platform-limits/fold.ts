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

let vocabulary: { phrases: PhraseMatcher<MustSeeKind>; disclosureTags: Set<string> } | undefined;

function mustSeeVocabulary() {
  if (!vocabulary) {
    const data = loadData<MustSeeData>(new URL("./must-see.yaml", import.meta.url));
    vocabulary = {
      phrases: new PhraseMatcher<MustSeeKind>([
        ...data.disclosures.phrases.map((phrase): [string, MustSeeKind] => [phrase, "disclosure"]),
        ...data.callsToAction.map((phrase): [string, MustSeeKind] => [phrase, "call to action"]),
      ]),
      disclosureTags: new Set(data.disclosures.hashtags.map((tag) => tag.toLowerCase())),
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
  const found: Record<MustSeeKind, MustSee[]> = { disclosure: [], "call to action": [], link: [] };
  const phrases = words.phrases.matchAll(analysis, { inHashtags: false });
  if (options.callsToAction.length > 0) phrases.push(...PhraseMatcher.of(options.callsToAction).matchAll(analysis).map((m) => ({ ...m, value: "call to action" as const })));
  for (const { value, start, end } of phrases) found[value].push({ kind: value, start, end });
  for (const { tag, start, end } of analysis.hashtags) if (words.disclosureTags.has(tag)) found.disclosure.push({ kind: "disclosure", start, end });
  for (const { start, end } of analysis.urls) found.link.push({ kind: "link", start, end });
  if (!options.disclosures) found.disclosure = [];
  return Object.values(found)
    // One of a kind above the fold is enough: the reader has seen the disclosure or the link.
    .map((items) => (items.some((item) => item.start < fold) ? undefined : items.sort((a, b) => a.start - b.start)[0]))
    .filter((item): item is MustSee => item !== undefined)
    .sort((a, b) => a.start - b.start);
}
