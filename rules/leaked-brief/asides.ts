// Editor's asides: a note to the team in parentheses or brackets, inside the copy. "(confirm price
// with Jo)" opens with an editor's note; "[ED: check the spelling]" has an editor's label and a
// direction; "(pls add photo of the winners)" and "(insert drone shot of the campus)" direct the
// editor to a thing the post is made of. An aside that speaks to the reader ("(check with your
// doctor)", "(please use the side door)") is copy.
import type { Analysis } from "../../src/text/analysis.js";
import type { PhraseMatch, PhraseMatcher } from "../../src/text/phrases.js";
import type { Token } from "../../src/text/tokenize.js";
import type { Span } from "./placeholders.js";
import type { NotesVocabulary } from "./vocabulary.js";

const CLOSERS: Record<string, string> = { "(": ")", "[": "]" };
// How far an aside may run, in tokens.
const MAX_ASIDE_TOKENS = 30;
const READER_WORDS = new Set(["you", "your", "yours", "you're", "you'll", "you've", "u"]);
const LABEL_MARKS = new Set([":", "-", "–", "—"]);
// How many words may stand between a direction and the thing it is about.
const OBJECT_REACH = 5;
const CLAUSE_ENDS = new Set([",", ";", ".", ":", "!", "?"]);

export function asides(analysis: Analysis, vocabulary: NotesVocabulary): Span[] {
  const { tokens, text } = analysis;
  const starts = (matcher: PhraseMatcher<unknown>) => new Set(matcher.matchAll(analysis, { inHashtags: false }).map((match) => match.start));
  const found: Found = {
    openers: starts(vocabulary.editorNotes),
    objects: starts(vocabulary.productionObjects),
    verbs: new Map(vocabulary.asideVerbs.matchAll(analysis, { inHashtags: false }).map((match) => [match.start, match])),
  };
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const closer = CLOSERS[tokens[i].text];
    if (!closer || !tokens[i + 1]) continue;
    let close = i + 1;
    while (close < tokens.length && close < i + MAX_ASIDE_TOKENS && tokens[close].text !== closer && tokens[close].text !== tokens[i].text) close++;
    if (tokens[close]?.text !== closer || text.slice(tokens[i].end, tokens[close].start).includes("\n")) continue;
    const inner = tokens.slice(i + 1, close);
    if (inner.length === 0 || inner.some((token) => READER_WORDS.has(token.norm))) continue;
    if (isEditorsNote(inner, found, vocabulary)) {
      spans.push({ start: tokens[i].start, end: tokens[close].end });
      i = close;
    }
  }
  return spans;
}

/** What the post holds, found once: editors' openers, things it is made of, verbs by start. */
interface Found {
  openers: Set<number>;
  objects: Set<number>;
  verbs: Map<number, PhraseMatch<"editor" | "imperative">>;
}

function isEditorsNote(inner: Token[], found: Found, vocabulary: NotesVocabulary): boolean {
  const [first, second] = inner;
  // "(still need a gift? …)" asks the reader.
  const asks = inner.some((token) => token.text === "?");
  if (found.openers.has(first.start)) return !asks;
  // "[ED: confirm …]", "(NB — add the photo credit)": a label, then a direction to the editor.
  if (first.kind === "word" && second && LABEL_MARKS.has(second.text)) {
    const body = inner.slice(2);
    if (body.length === 0) return false;
    if (vocabulary.asideLabels.has(first.norm)) return directsEditor(body, found, vocabulary) || aboutAPart(body, found) || body.some((token) => vocabulary.requests.has(token.norm));
    if (vocabulary.asideNoteLabels.has(first.norm)) return aboutAPart(body, found);
    return false;
  }
  if (asks) return false;
  // "(pls add photo of …)", "(please swap the logo)": a request, then a direction about the post;
  // "(insert drone shot of the campus)": an editor's verb and a thing the post is made of.
  if (vocabulary.requests.has(first.norm)) return inner.length > 1 && aboutAPart(inner.slice(1), found);
  return found.verbs.get(first.start)?.value === "editor" && aboutAPart(inner, found);
}

// A verb only an editor is given: "confirm the spelling", "fact-check the figure", "swap".
function directsEditor(body: Token[], found: Found, vocabulary: NotesVocabulary): boolean {
  const verb = found.verbs.get(body[0].start);
  if (verb?.value !== "editor") return false;
  const next = body.find((token) => token.start >= verb.end);
  return !vocabulary.readerObjects.has(next?.norm ?? "");
}

// A direction about a thing the post is made of, within a few words of the verb and its clause:
// "add photo of the VC", "swap in the new burger pic" (not "use the side entrance, photo ID
// required").
function aboutAPart(body: Token[], found: Found): boolean {
  const verb = found.verbs.get(body[0].start);
  if (!verb) return false;
  const rest = body.filter((token) => token.start >= verb.end);
  for (const token of rest.slice(0, OBJECT_REACH)) {
    if (found.objects.has(token.start)) return true;
    if (CLAUSE_ENDS.has(token.text)) return false;
  }
  return false;
}
