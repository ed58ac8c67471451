// Brief text: instructions to the writer ("write the below", "feel free to tweak") anywhere in
// the post, and the labels a brief puts before the copy ("Caption:", "Draft:") where a line or
// sentence starts.
import type { Analysis } from "../../src/text/analysis.js";
import type { Span } from "./placeholders.js";
import type { BriefVocabulary } from "./vocabulary.js";

// What may sit between a line or sentence start and a label: spaces, quotes, list markers.
const LEAD_IN = /[\s"'“‘*\-•>([_~]/;
const CLAUSE_END = /[.!?;:\n)…]/;

export function findInstructions(analysis: Analysis, vocabulary: BriefVocabulary): Span[] {
  const leadIns = vocabulary.leadIns.matchAll(analysis, { inHashtags: false }).filter((m) => colonFollows(analysis.text, m.end));
  return [...vocabulary.instructions.matchAll(analysis, { inHashtags: false }), ...leadIns].sort((a, b) => a.start - b.start);
}

// A colon before the sentence or line ends: "Here's the draft for Friday: …".
function colonFollows(text: string, from: number): boolean {
  const rest = /^[^.!?\n]*/.exec(text.slice(from))?.[0] ?? "";
  return rest.includes(":");
}

/** A label and its colon: "Caption:" at the start of a line or sentence. */
export function findLabels(analysis: Analysis, vocabulary: BriefVocabulary): Span[] {
  const { text } = analysis;
  const spans: Span[] = [];
  for (const match of vocabulary.labels.matchAll(analysis, { inHashtags: false })) {
    const colon = /^[ \t]*:/.exec(text.slice(match.end));
    if (colon && startsClause(text, match.start)) spans.push({ start: match.start, end: match.end + colon[0].length });
  }
  return spans;
}

function startsClause(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && LEAD_IN.test(text[before]) && text[before] !== "\n") before--;
  return before < 0 || CLAUSE_END.test(text[before]);
}
