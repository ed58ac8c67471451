// Deliverables of a creator brief pasted into the post: "1 reel + 3 stories", "min 3 frames",
// "one TikTok and two IG stories". A brief counts a platform's formats with a floor or a ceiling,
// or several of them together; copy counts things for its readers ("5 stories that made us smile").
import type { Analysis } from "../../src/text/analysis.js";
import { firstFrom } from "../../src/text/offsets.js";
import type { Span } from "./placeholders.js";
import type { BriefVocabulary, FormatKind } from "./vocabulary.js";

// A count: "3", "2x" (a number token or a word).
const COUNT = /^(?:\d{1,2})x?$/i;
// What joins two counted formats in a brief's list: "1 reel + 3 stories", "1 reel, 3 stories".
const LIST_JOINER = /^[\s,+&/]*(?:plus[\s,]*)?$/i;
// "and" joins them in copy too ("3 reels and 2 stories from the festival"): only formats that
// cannot be anything else ("one TikTok and two IG stories").
const AND_JOINER = /^[\s,]*and\s*$/i;

export function deliverables(analysis: Analysis, vocabulary: BriefVocabulary): Span[] {
  const { text, sentences } = analysis;
  const formats = vocabulary.formats.matchAll(analysis, { inHashtags: false });
  if (formats.length === 0) return [];
  // The terms the matcher walked, so a match's term index finds the word before it.
  const terms = analysis.hashtags.length === 0 ? analysis.terms : analysis.terms.filter((term) => term.hashtag === undefined);
  // Each format with its count: the term before it (or before an "x": "2 x reels").
  const counted: Array<{ format: { start: number; end: number; kind: FormatKind }; count: number }> = [];
  for (const format of formats) {
    let count = format.firstTerm - 1;
    if (terms[count]?.norm === "x") count--;
    const term = terms[count];
    if (!term || !(COUNT.test(term.norm) || vocabulary.numberWords.has(term.norm))) continue;
    counted.push({ format: { start: format.start, end: format.end, kind: format.value }, count });
  }
  // Where each floor or ceiling ends ("min", "at least"), found once for all the counts.
  const qualifierEnds = counted.length > 0 ? new Set(vocabulary.countQualifiers.matchAll(analysis, { inHashtags: false }).map((match) => match.end)) : new Set<number>();
  const found = new Set<number>();
  for (const [i, { format, count }] of counted.entries()) {
    const qualified = format.kind === "format" && qualifierEnds.has(spaceBefore(text, terms[count].start));
    const next = counted[i + 1];
    const between = next && text.slice(format.end, terms[next.count].start);
    const paired =
      next !== undefined &&
      ((LIST_JOINER.test(between) && (format.kind === "format" || next.format.kind === "format")) ||
        (AND_JOINER.test(between) && format.kind === "format" && next.format.kind === "format"));
    // "3 reels + 10 stories posted": work reported done.
    const last = paired ? next.format : format;
    const reported = vocabulary.doneWords.has(analysis.tokens[firstFrom(analysis.tokens, last.end)]?.norm ?? "");
    if ((qualified || paired) && !reported) found.add(Math.max(0, firstFrom(sentences, format.start + 1) - 1));
  }
  return [...found].map((index) => sentences[index]).filter((sentence) => sentence !== undefined);
}

// Where the spaces (and a colon) before an offset begin: "min: 3 frames" → the end of "min".
function spaceBefore(text: string, at: number): number {
  let before = at;
  while (before > 0 && at - before < 4 && /[\s.:]/.test(text[before - 1])) before--;
  return before;
}
