// Alternative versions of the copy pasted together: "Option A: … / Option B: …", "A: … / B: …",
// "V1 — … / V2 — …", at the starts of lines, in a post that does not ask the audience to choose
// (no poll words, no question outside the options). A post that says its options are versions of
// the copy ("Headline options", "here are a few caption options") or gives the writer's own pick
// ("leaning towards 1, up to you") is sending them for a choice, whatever else it asks: then
// plainer labels count too ("A) …", "1) …", "Option 1: …").
import type { Analysis } from "../../src/text/analysis.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import type { Token } from "../../src/text/tokenize.js";
import { endOfLine, firstFrom } from "../../src/text/offsets.js";
import type { Span } from "./placeholders.js";
import type { CueKind, NotesVocabulary } from "./vocabulary.js";

interface Label extends Span {
  marker: string;
  /** Opened by a word for a version ("Option 1:"), not a bare letter or number. */
  named: boolean;
}

const STRICT_MARKS = new Set([":", "—", "–", "-"]);
// ("1." numbers a list for readers.)
const PLAIN_MARKS = new Set([":", "—", "–", "-", ")"]);
const BULLETS = new Set(["-", "*", "•", ">"]);
const READERS = new Set(["you", "your", "u", "ur"]);
// Cues that ask the reader of a note to choose or answer.
const ASKING: ReadonlySet<CueKind> = new Set(["request", "chatRequest", "feedbackAsk", "choice"]);
// What may stand between a pick and the label it names: "I'd go with option B", "my vote is #2".
const PICK_FILLERS = new Set(["option", "opt", "version", "number", "no", "#", "the", "with"]);

/** `cues`: the post's cues of a note, for what it asks ("up to you", "lmk", "let me know which"). */
export function alternatives(analysis: Analysis, vocabulary: NotesVocabulary, cues: Array<PhraseMatch<CueKind>>): Span[] {
  const { text, tokens } = analysis;
  // Versions take two lines at least.
  if (!text.includes("\n")) return [];
  const strict: Label[] = [];
  const plain: Label[] = [];
  let asks = false;
  // Whether every line of the post is a named version ("Option 1: …" and nothing else).
  let onlyVersions = true;
  for (let start = 0; start < text.length; ) {
    const end = endOfLine(text, start);
    const at = firstFrom(tokens, start);
    const label = optionLabel(tokens, at, end, vocabulary, true);
    const loose = optionLabel(tokens, at, end, vocabulary, false);
    if (label && !strict.some((seen) => seen.marker === label.marker)) strict.push(label);
    if (loose && !plain.some((seen) => seen.marker === loose.marker)) plain.push(loose);
    if (!label && text.slice(start, end).includes("?")) asks = true;
    if (!(loose?.named || label?.named) && text.slice(start, end).trim() !== "") onlyVersions = false;
    start = end + 1;
  }
  const asksForAChoice = cues.some((cue) => ASKING.has(cue.value));
  if (plain.length >= 2 && (declared(analysis, plain, vocabulary) || (asksForAChoice && picksOne(analysis, plain, vocabulary)))) return spans(plain);
  // "Option 1: … / Option 2: …" with nothing to introduce them to readers: versions sent over.
  if (plain.length >= 2 && onlyVersions && !asks && !polled(analysis, vocabulary, cues)) return spans(plain);
  if (strict.length < 2 || asks || polled(analysis, vocabulary, cues)) return [];
  return spans(strict);
}

// Whether the post asks its audience to choose: "Vote below!", "Comment your pick". A choice asked
// of one person ("Let me know which one 🙂", a feedback ask) is the client's, not a poll.
function polled(analysis: Analysis, vocabulary: NotesVocabulary, cues: Array<PhraseMatch<CueKind>>): boolean {
  const asked = cues.filter((cue) => cue.value === "feedbackAsk");
  return vocabulary.polls.matchAll(analysis, { inHashtags: false }).some((poll) => {
    // The last feedback ask that starts at or before the poll word: does the word follow it?
    const ask = asked[firstFrom(asked, poll.start + 1) - 1];
    return !(ask && poll.start <= ask.end + 1);
  });
}

function spans(labels: Label[]): Span[] {
  return labels.map(({ start, end }) => ({ start, end }));
}

// "Headline options", "Caption options:" before the first version; not "caption options for your
// holiday pics" (captions offered to readers).
function declared(analysis: Analysis, labels: Label[], vocabulary: NotesVocabulary): boolean {
  const { tokens } = analysis;
  return vocabulary.optionHeaders.matchAll(analysis, { inHashtags: false }).some((header) => {
    const at = firstFrom(tokens, header.end);
    const forReaders = tokens[at]?.norm === "for" && READERS.has(tokens[at + 1]?.norm ?? "");
    return header.end <= labels[0].start && !forReaders;
  });
}

// "(leaning towards 1, up to you)": the writer's pick, naming one of the labels.
function picksOne(analysis: Analysis, labels: Label[], vocabulary: NotesVocabulary): boolean {
  const { tokens } = analysis;
  const markers = new Set(labels.map((label) => label.marker));
  return vocabulary.preferences.matchAll(analysis, { inHashtags: false }).some((pick) => {
    let at = firstFrom(tokens, pick.end);
    while (tokens[at] && PICK_FILLERS.has(tokens[at].norm)) at++;
    return tokens[at] !== undefined && markers.has(tokens[at].norm) && !labels.some((label) => label.start <= pick.start && pick.start < label.end);
  });
}

function optionLabel(tokens: Token[], at: number, lineEnd: number, vocabulary: NotesVocabulary, strict: boolean): Label | undefined {
  while (tokens[at] && tokens[at].start < lineEnd && BULLETS.has(tokens[at].text)) at++;
  const first = tokens[at];
  if (!first || first.start >= lineEnd) return undefined;
  const named = vocabulary.optionWords.has(first.norm);
  const marker = named ? tokens[at + 1] : first;
  const mark = named ? tokens[at + 2] : tokens[at + 1];
  if (!marker || !mark || mark.start >= lineEnd || mark.kind !== "punct" || !(strict ? STRICT_MARKS : PLAIN_MARKS).has(mark.text)) return undefined;
  if (!strict) {
    const known = vocabulary.optionLetters.has(marker.norm) || vocabulary.optionNumbers.has(marker.norm) || vocabulary.optionVersions.has(marker.norm);
    return known && mark.start === marker.end ? { start: first.start, end: mark.end, marker: marker.norm, named } : undefined;
  }
  // A bare "A —" may list a choice for the reader; a bare "A:" before a line of copy is a version.
  const letter = vocabulary.optionLetters.has(marker.norm) && (named || (marker.text === marker.text.toUpperCase() && mark.text === ":"));
  // "Option 1: delivery, Option 2: pickup" offers the reader a choice; "Caption 1:" is a version.
  const numbered = named && !["option", "opt"].includes(first.norm) && vocabulary.optionNumbers.has(marker.norm);
  if (!letter && !numbered && !vocabulary.optionVersions.has(marker.norm)) return undefined;
  return { start: first.start, end: mark.end, marker: marker.norm, named };
}
