// Notes to a colleague pasted with the copy: text addressed to the writer, the approver or the
// scheduler rather than the audience. What gives them away is a name of the post's own workflow
// (caption, copy, carousel, the client) together with someone being addressed (a request, a
// direction about the post, a greeting by name), or a shape only such notes take: "Client asked
// for …", "publish tmrw 8am pls", "(confirm price with Jo)", "// swap photo", and alternative
// versions of the copy ("Version 1: … Version 2: …") that do not ask the audience to vote.
import type { Analysis } from "../../src/text/analysis.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import type { Token } from "../../src/text/tokenize.js";
import { firstFrom } from "./offsets.js";
import type { Span } from "./placeholders.js";
import type { CueKind, NotesVocabulary } from "./vocabulary.js";

export interface Notes {
  notes: Span[];
  /** The labels of alternative versions of the copy. */
  options: Span[];
}

type Cue = PhraseMatch<CueKind>;

// Punctuation after which a new clause starts.
const CLAUSE_MARK = /[.!?\n:;,(—–•]/;
// How far a label's note may run on its line.
const NOTE_REACH = 300;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm|a|p)$/i;
const HOUR = /^\d{1,2}(?:[:.]\d{2})?$/;
const READER_WORDS = new Set(["you", "your", "yours", "you're", "you'll", "you've", "u"]);
const OPTION_MARKS = new Set([":", "—", "–", "-"]);
// "our new carousel", "your caption": the brand's or the reader's, said in public.
const OWNERS = new Set(["our", "your", "my", "their"]);

export function findNotes(analysis: Analysis, vocabulary: NotesVocabulary): Notes {
  const cues = vocabulary.cues.matchAll(analysis, { inHashtags: false }).filter((cue) => !ownedInPublic(analysis, cue));
  const notes = [
    ...sentenceNotes(analysis, vocabulary, cues),
    ...lineNotes(analysis, vocabulary, cues),
    ...(analysis.text.includes("(") ? editorNotes(analysis, vocabulary) : []),
  ];
  return { notes, options: alternatives(analysis, vocabulary) };
}

function sentenceNotes(analysis: Analysis, vocabulary: NotesVocabulary, cues: Cue[]): Span[] {
  const { text, tokens } = analysis;
  const spans: Span[] = [];
  for (const sentence of analysis.sentences) {
    const inside = cuesIn(cues, sentence.start, sentence.end);
    const opens = (at: number) => opensClause(text, sentence.start, at);
    const has = (kind: CueKind) => inside.some((cue) => cue.value === kind);
    const directs = inside.some((cue) => cue.value === "imperative" && opens(cue.start) && aboutThePost(analysis, cue, vocabulary));
    const asks = has("request") || has("chatRequest") || directs;
    const clientNote = inside.some((cue) => cue.value === "clientNote" && opens(cue.start));
    const note = (has("workflow") && asks) || (has("posting") && has("chatRequest")) || clientNote;
    if (note || schedulesThePost(analysis, sentence, vocabulary)) {
      spans.push(upToColon(text, sentence, inside));
      continue;
    }
    // "Audio: use the slowed version. Overlay: …" (a label, then a direction to the end of the
    // line).
    for (const cue of inside) {
      if ((cue.value !== "noteLabel" && cue.value !== "productionLabel") || !opens(cue.start)) continue;
      const colon = tokens[firstFrom(tokens, cue.end)];
      if (colon?.text !== ":") continue;
      const lineEnd = Math.min(endOfLine(text, cue.end), colon.end + NOTE_REACH);
      const after = cuesIn(cues, colon.end, lineEnd);
      const directed = after.some(
        (other) => other.value === "request" || other.value === "chatRequest" || (other.value === "imperative" && opensClause(text, colon.start, other.start) && aboutThePost(analysis, other, vocabulary)),
      );
      if (directed && (cue.value === "productionLabel" || after.some((other) => other.value === "workflow"))) spans.push({ start: cue.start, end: lineEnd });
      break;
    }
  }
  return spans;
}

// A direction about the post, not to the reader: "Use the carousel", not "Use code SAVE10",
// "Tag a friend", "Tag @acme".
function aboutThePost(analysis: Analysis, cue: Cue, vocabulary: NotesVocabulary): boolean {
  const next = analysis.tokens[firstFrom(analysis.tokens, cue.end)];
  return next !== undefined && (next.kind === "word" || next.kind === "number") && !vocabulary.readerObjects.has(next.norm);
}

// "publish tmrw 8am pls", "Queue for Monday 7am ET": a publishing verb opening a clause, then a
// day or a time. "Schedule for Tuesday: 9am yoga" is a timetable's heading, "Send at 9am?" a hook.
function schedulesThePost(analysis: Analysis, sentence: Span, vocabulary: NotesVocabulary): boolean {
  const { tokens, text } = analysis;
  if (text[sentence.end - 1] === "?") return false;
  for (let i = firstFrom(tokens, sentence.start); i < tokens.length && tokens[i].start < sentence.end; i++) {
    const verb = tokens[i];
    if (verb.kind !== "word" || !vocabulary.scheduleVerbs.has(verb.norm) || !opensClause(text, sentence.start, verb.start)) continue;
    if (verb.norm === "schedule" && text.slice(verb.end, Math.min(sentence.end, verb.end + 80)).includes(":")) continue;
    for (let k = i + 1; k < i + 6 && k < tokens.length && tokens[k].start < sentence.end; k++) {
      if (isTime(tokens, k, vocabulary)) return true;
      if (!vocabulary.scheduleFillers.has(tokens[k].norm)) break;
    }
  }
  return false;
}

function isTime(tokens: Token[], at: number, vocabulary: NotesVocabulary): boolean {
  const token = tokens[at];
  if (vocabulary.scheduleTimes.has(token.norm) || CLOCK.test(token.text)) return true;
  if (!HOUR.test(token.text)) return false;
  const next = tokens[at + 1]?.norm;
  return tokens[at - 1]?.norm === "at" || next === "am" || next === "pm";
}

function lineNotes(analysis: Analysis, vocabulary: NotesVocabulary, cues: Cue[]): Span[] {
  const { text, tokens } = analysis;
  const spans: Span[] = [];
  for (let start = 0; start < text.length; ) {
    const end = endOfLine(text, start);
    const first = firstFrom(tokens, start);
    const [opener, name] = [tokens[first], tokens[first + 1]];
    if (opener && opener.start < end) {
      const line = trimmed(text, start, end);
      // "// swap photo once the shoot is done": an editor's comment.
      // "// tour dates // Leeds //" uses the slashes as a divider.
      if (text.startsWith("//", opener.start) && !text.slice(opener.start + 2, end).includes("//")) spans.push(line);
      else if (greetsColleague(opener, name, end, vocabulary)) {
        const inside = cuesIn(cues, start, end);
        const has = (kind: CueKind) => inside.some((cue) => cue.value === kind);
        if ((has("workflow") && (has("request") || has("chatRequest") || has("handover"))) || (has("posting") && has("chatRequest"))) spans.push(line);
      }
    }
    start = end + 1;
  }
  return spans;
}

// "Hey Tom,", "FYI Priya —": a greeting to someone by name (not "Hi everyone", not "Hi {{name}}").
function greetsColleague(opener: Token, name: Token | undefined, lineEnd: number, vocabulary: NotesVocabulary): boolean {
  if (opener.kind !== "word" || !vocabulary.greetings.has(opener.norm) || !name || name.start >= lineEnd) return false;
  return name.kind === "word" && /^\p{Lu}/u.test(name.text) && !vocabulary.crowds.has(name.norm) && !vocabulary.greetings.has(name.norm);
}

// "(confirm price with Jo)": a parenthesis that opens with an editor's note and does
// not speak to the reader ("(check with your doctor)" is copy).
function editorNotes(analysis: Analysis, vocabulary: NotesVocabulary): Span[] {
  const { tokens, text } = analysis;
  const openers = new Set(vocabulary.editorNotes.matchAll(analysis, { inHashtags: false }).map((match) => match.start));
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== "(" || !tokens[i + 1] || !openers.has(tokens[i + 1].start)) continue;
    let close = i + 1;
    while (close < tokens.length && close < i + 30 && tokens[close].text !== ")" && tokens[close].text !== "(") close++;
    const inner = tokens.slice(i + 1, close);
    if (tokens[close]?.text !== ")" || text.slice(tokens[i].end, tokens[close].start).includes("\n")) continue;
    if (inner.some((token) => READER_WORDS.has(token.norm))) continue;
    spans.push({ start: tokens[i].start, end: tokens[close].end });
    i = close;
  }
  return spans;
}

// "Option A: … / Option B: …", "A: … / B: …", "V1 — … / V2 — …": two or more versions of the copy
// at the starts of lines, in a post that does not ask the audience to choose (no poll words, no
// question outside the options).
function alternatives(analysis: Analysis, vocabulary: NotesVocabulary): Span[] {
  const { text, tokens } = analysis;
  const labels: Array<Span & { marker: string }> = [];
  let asks = false;
  for (let start = 0; start < text.length; ) {
    const end = endOfLine(text, start);
    const label = optionLabel(tokens, firstFrom(tokens, start), end, vocabulary);
    if (label && !labels.some((seen) => seen.marker === label.marker)) labels.push(label);
    if (!label && text.slice(start, end).includes("?")) asks = true;
    start = end + 1;
  }
  if (labels.length < 2 || asks || vocabulary.polls.test(analysis, { inHashtags: false })) return [];
  return labels.map(({ start, end }) => ({ start, end }));
}

function optionLabel(tokens: Token[], at: number, lineEnd: number, vocabulary: NotesVocabulary): (Span & { marker: string }) | undefined {
  while (tokens[at] && tokens[at].start < lineEnd && ["-", "*", "•", ">"].includes(tokens[at].text)) at++;
  const first = tokens[at];
  if (!first || first.start >= lineEnd) return undefined;
  const named = vocabulary.optionWords.has(first.norm);
  const marker = named ? tokens[at + 1] : first;
  const mark = named ? tokens[at + 2] : tokens[at + 1];
  if (!marker || !mark || mark.start >= lineEnd || mark.kind !== "punct" || !OPTION_MARKS.has(mark.text)) return undefined;
  // A bare "A —" may list a choice for the reader; a bare "A:" before a line of copy is a version.
  const letter = vocabulary.optionLetters.has(marker.norm) && (named || (marker.text === marker.text.toUpperCase() && mark.text === ":"));
  // "Option 1: delivery, Option 2: pickup" offers the reader a choice; "Caption 1:" is a version.
  const numbered = named && !["option", "opt"].includes(first.norm) && vocabulary.optionNumbers.has(marker.norm);
  if (!letter && !numbered && !vocabulary.optionVersions.has(marker.norm)) return undefined;
  return { start: first.start, end: mark.end, marker: marker.norm };
}

function ownedInPublic(analysis: Analysis, cue: Cue): boolean {
  if (cue.value !== "workflow" && cue.value !== "posting") return false;
  const { tokens } = analysis;
  const at = firstFrom(tokens, cue.start);
  return [tokens[at - 1], tokens[at - 2]].some((token) => token !== undefined && OWNERS.has(token.norm));
}

/** True when `at` starts a clause: nothing but punctuation that opens one since the sentence began. */
function opensClause(text: string, sentenceStart: number, at: number): boolean {
  let before = at - 1;
  let marked = false;
  while (before >= sentenceStart && !LETTER_OR_DIGIT.test(text[before])) {
    if (CLAUSE_MARK.test(text[before]) || text.charCodeAt(before) > 0x2000) marked = true;
    before--;
  }
  return before < sentenceStart || marked;
}

// A note that hands over the copy ends at its colon: "Use the approved statement from the comms
// doc: …".
function upToColon(text: string, sentence: Span, cues: Cue[]): Span {
  const lastCue = cues.reduce((end, cue) => Math.max(end, cue.end), sentence.start);
  const colon = text.slice(lastCue, sentence.end).indexOf(":");
  return { start: sentence.start, end: colon >= 0 ? lastCue + colon + 1 : sentence.end };
}

/** The cues between two offsets (cues are in text order). */
function cuesIn(cues: Cue[], start: number, end: number): Cue[] {
  const low = firstFrom(cues, start);
  let last = low;
  while (last < cues.length && cues[last].end <= end) last++;
  return cues.slice(low, last);
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
