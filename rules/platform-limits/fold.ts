// What sits past a platform's "… more" cut and must not: a disclosure, a call to action, a
// discount code, a link (vocabulary: must-see.yaml, compiled on first use).
import { loadData } from "../../src/data.js";
import type { Analysis } from "../../src/text/analysis.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

export type MustSeeKind = "disclosure" | "call to action" | "discount code" | "link";

export interface MustSee {
  kind: MustSeeKind;
  start: number;
  end: number;
}

interface MustSeeData {
  disclosures: { phrases: string[]; hashtags: string[] };
  callsToAction: string[];
  codeWords: string[];
}

let vocabulary: { phrases: PhraseMatcher<MustSeeKind>; disclosureTags: Set<string>; codeWords: Set<string> } | undefined;

function mustSeeVocabulary() {
  if (!vocabulary) {
    const data = loadData<MustSeeData>(new URL("./must-see.yaml", import.meta.url));
    vocabulary = {
      phrases: new PhraseMatcher<MustSeeKind>([
        ...data.disclosures.phrases.map((phrase): [string, MustSeeKind] => [phrase, "disclosure"]),
        ...data.callsToAction.map((phrase): [string, MustSeeKind] => [phrase, "call to action"]),
      ]),
      disclosureTags: new Set(data.disclosures.hashtags.map((tag) => tag.toLowerCase())),
      codeWords: new Set(data.codeWords),
    };
  }
  return vocabulary;
}

/** The first disclosure, call to action and link, of each kind none of which starts before the fold. */
export function hiddenMustSee(analysis: Analysis, fold: number, options: { callsToAction: string[] }): MustSee[] {
  const words = mustSeeVocabulary();
  const found: Record<MustSeeKind, MustSee[]> = { disclosure: [], "call to action": [], "discount code": [], link: [] };
  const phrases = words.phrases.matchAll(analysis, { inHashtags: false });
  if (options.callsToAction.length > 0) phrases.push(...PhraseMatcher.of(options.callsToAction).matchAll(analysis).map((m) => ({ ...m, value: "call to action" as const })));
  for (const { value, start, end } of phrases) found[value].push({ kind: value, start, end });
  for (const { tag, start, end } of analysis.hashtags) if (words.disclosureTags.has(tag)) found.disclosure.push({ kind: "disclosure", start, end });
  for (const { start, end } of analysis.urls) found.link.push({ kind: "link", start, end });
  found["discount code"] = discountCodes(analysis.text, analysis.words, words.codeWords);
  return Object.values(found)
    // One of a kind above the fold is enough: the reader has seen the disclosure or the link.
    .map((items) => (items.some((item) => item.start < fold) ? undefined : items.sort((a, b) => a.start - b.start)[0]))
    .filter((item): item is MustSee => item !== undefined)
    .sort((a, b) => a.start - b.start);
}

const CODE_RE = /^[ \t]*:?[ \t]*([A-Z0-9]{3,20})(?![\p{L}\p{N}])/u;

/** "code MAYA15", "promo code: SPRING": a code word, then a code in capitals (with a digit, or 4+ letters). */
function discountCodes(text: string, words: Analysis["words"], codeWords: Set<string>): MustSee[] {
  const codes: MustSee[] = [];
  for (const word of words) {
    if (!codeWords.has(word.norm)) continue;
    const code = CODE_RE.exec(text.slice(word.end, word.end + 24));
    if (!code || !/[A-Z]/.test(code[1]) || (!/\d/.test(code[1]) && code[1].length < 4)) continue;
    const end = word.end + code[0].length;
    codes.push({ kind: "discount code", start: word.start, end });
  }
  return codes;
}
