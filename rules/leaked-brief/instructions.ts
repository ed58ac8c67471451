// Brief text: instructions to the writer ("write the below", "feel free to tweak") anywhere in
// the post, hand-overs followed by a colon ("Here's the draft for Friday: …"), the labels a
// brief puts before the copy ("Caption:", "Draft:") where a line or sentence starts, and filler
// text ("lorem ipsum"), all found in one walk over the post's words.
import type { Analysis } from "../../src/text/analysis.js";
import type { Span } from "./placeholders.js";
import type { BriefVocabulary } from "./vocabulary.js";

export interface BriefText {
  instructions: Span[];
  labels: Span[];
  filler: Span[];
}

// What may sit between a line or sentence start and a label: spaces, quotes, list markers.
const LEAD_IN = /[\s"'“‘*\-•>([_~]/;
const CLAUSE_END = /[.!?;:\n)…]/;

export function findBriefText(analysis: Analysis, vocabulary: BriefVocabulary): BriefText {
  const { text } = analysis;
  const found: BriefText = { instructions: [], labels: [], filler: [] };
  for (const match of vocabulary.phrases.matchAll(analysis, { inHashtags: false })) {
    const span = { start: match.start, end: match.end };
    switch (match.value) {
      case "instruction":
        found.instructions.push(span);
        break;
      case "leadIn":
        if (colonFollows(text, match.end)) found.instructions.push(span);
        break;
      case "label": {
        const colon = /^[ \t]*:/.exec(text.slice(match.end, match.end + 8));
        if (colon && startsClause(text, match.start)) found.labels.push({ start: match.start, end: match.end + colon[0].length });
        break;
      }
      case "filler":
        found.filler.push(span);
        break;
    }
  }
  return found;
}

// A colon before the sentence or line ends: "Here's the draft for Friday: …".
function colonFollows(text: string, from: number): boolean {
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === ":") return true;
    if (char === "." || char === "!" || char === "?" || char === "\n") return false;
  }
  return false;
}

function startsClause(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && LEAD_IN.test(text[before]) && text[before] !== "\n") before--;
  return before < 0 || CLAUSE_END.test(text[before]);
}
