// Notes to a colleague pasted with the copy, by their cues: text addressed to the writer, the
// approver or the scheduler rather than the audience. What gives them away is a name of the post's
// own workflow (caption, copy, carousel, the client) together with someone being addressed (a
// request, a direction about the post), or a shape only such notes take: the post
// speaking of itself as a thing being made ("swap the photo before this goes live"), someone who
// approves it as a bare subject ("Compliance flagged the APY line"), a request to judge the
// wording ("lmk if the wording is too salesy"), copy handed over with a request ("PFA the caption
// for Teachers' Day, please approve"), copy still to come ("Photo to be inserted"), a role's label
// ("Agency note:"), an approval trail ("per legal's comments"), a line that schedules the post
// ("publish tmrw 8am pls") and an editor's comment ("// swap photo"). Notes read by the weight of
// their evidence (a name addressed, chat shorthand, asides in brackets, a pasted e-mail) are in
// signals.ts.
import type { Analysis } from "../../src/text/analysis.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import type { Token } from "../../src/text/tokenize.js";
import { endOfLine, firstFrom } from "../../src/text/offsets.js";
import { alternatives } from "./options.js";
import { DASHES, type Span } from "./placeholders.js";
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
// How many words may stand between a hand-over and what it hands over: "here are a couple of
// caption options".
const HANDOVER_REACH = 5;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm|a|p)$/i;
const HOUR = /^\d{1,2}(?:[:.]\d{2})?$/;
const CLOCK_RANGE_END = /^\s?[-–—]\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)(?![\p{L}])/iu;
// "our new carousel", "your caption": the brand's or the reader's, said in public.
const OWNERS = new Set(["our", "your", "my", "their"]);
const READER_PLACES = new Set(["on", "in", "of"]);
const QUOTES = new Set(['"', "'", "“", "‘", "«"]);
const READERS = new Set(["your", "you", "ur", "u"]);
const BRAND_VOICE = new Set([...READERS, "our", "we", "us", "we're", "we'll", "we've"]);
// Cues that ask the reader of a note for something.
const ASKING: ReadonlySet<CueKind> = new Set(["request", "chatRequest", "feedbackAsk", "choice"]);

export function findNotes(analysis: Analysis, vocabulary: NotesVocabulary): Notes {
  const cues = vocabulary.cues.matchAll(analysis, { inHashtags: false }).filter((cue) => !ownedInPublic(analysis, cue) && !theReaders(analysis, cue));
  const parts = cues.some((cue) => cue.value === "later" || cue.value === "lack") ? vocabulary.productionObjects.matchAll(analysis, { inHashtags: false }) : [];
  // (Matched on their own: a question opens a sentence, and a phrase may run across its start.)
  const questions = analysis.text.includes("?") ? new Set(vocabulary.questions.matchAll(analysis, { inHashtags: false }).map((match) => match.start)) : new Set<number>();
  const notes = [
    ...sentenceNotes(analysis, vocabulary, cues, parts, questions),
    ...lineNotes(analysis, vocabulary, cues, questions),
    ...cues.filter((cue) => cue.value === "approvalTrail").map(({ start, end }) => ({ start, end })),
  ];
  return { notes, options: alternatives(analysis, vocabulary, cues) };
}

/** `parts`: where the post names a thing it is made of ("photo", "stat"); `questions`: where a question about the writing may open. */
function sentenceNotes(analysis: Analysis, vocabulary: NotesVocabulary, cues: Cue[], parts: Span[], questions: Set<number>): Span[] {
  const { text, tokens } = analysis;
  const spans: Span[] = [];
  for (const sentence of analysis.sentences) {
    const inside = cuesIn(cues, sentence.start, sentence.end);
    // A sentence without a cue can only schedule the post.
    if (inside.length === 0) {
      if (schedulesThePost(analysis, sentence, vocabulary)) spans.push(upToColon(text, sentence, inside));
      continue;
    }
    const partsInside = cuesIn(parts, sentence.start, sentence.end);
    const opens = (at: number) => opensClause(text, sentence.start, at);
    const has = (kind: CueKind) => inside.some((cue) => cue.value === kind);
    const directs = inside.some((cue) => cue.value === "imperative" && opens(cue.start) && aboutThePost(analysis, cue, vocabulary));
    const asks = has("request") || has("chatRequest") || has("feedbackAsk") || directs;
    const aboutTheWriting = has("copyQuality") || has("workflow");
    const note =
      // "Use the carousel, pls", "lmk if ok for the 6pm slot".
      (has("workflow") && asks) ||
      (has("posting") && has("chatRequest")) ||
      // "swap the banner before this goes up".
      (has("selfRef") && (asks || has("pending"))) ||
      // "lmk if the wording is too salesy", "is the cta clear enough?" (a question to the
      // audience speaks of them: "Is the emoji keyboard on your phone broken too?").
      ((has("feedbackAsk") || has("chatRequest")) && aboutTheWriting) ||
      (asksAboutTheWriting(analysis, sentence, questions) && aboutTheWriting) ||
      // "Photo of the winners to be inserted", "Pic of the new minibus to be added", "needs a stat
      // here before it goes out".
      has("pending") ||
      (has("later") && partsInside.some((part) => opensSentence(analysis, sentence, part))) ||
      (has("lack") && (has("selfRef") || has("posting")) && partsInside.length > 0) ||
      // "Compliance flagged the APY line" ("Legal wants to hear from you" speaks to readers).
      inside.some((cue) => cue.value === "clientNote" && opens(cue.start) && takesObject(analysis, cue, vocabulary) && !speaksToReaders(analysis, cue.start, clauseEnd(text, cue.end, sentence.end)));
    if (note || schedulesThePost(analysis, sentence, vocabulary)) {
      spans.push(upToColon(text, sentence, inside));
      continue;
    }
    // "Comms note: hold until the statement is out" (a role's label: the note runs to the end of
    // the line); "Audio: use the slowed version. Overlay: …" (a label, then a direction).
    for (const cue of inside) {
      if ((cue.value !== "noteLabel" && cue.value !== "productionLabel" && cue.value !== "roleNote") || !opens(cue.start)) continue;
      const colon = tokens[firstFrom(tokens, cue.end)];
      if (colon?.text !== ":" && !(cue.value === "roleNote" && DASHES.has(colon?.text ?? ""))) continue;
      const lineEnd = Math.min(endOfLine(text, cue.end), colon.end + NOTE_REACH);
      const after = cuesIn(cues, colon.end, lineEnd);
      const directed = after.some(
        (other) => other.value === "request" || other.value === "chatRequest" || (other.value === "imperative" && opensClause(text, colon.start, other.start) && aboutThePost(analysis, other, vocabulary)),
      );
      // A role's note is to the team: "PR note: our press office is closed" speaks for the brand.
      const labelled =
        (cue.value === "roleNote" && !speaksToReaders(analysis, colon.end, lineEnd, BRAND_VOICE)) ||
        (directed && (cue.value === "productionLabel" || after.some((other) => other.value === "workflow")));
      if (labelled) spans.push({ start: cue.start, end: lineEnd });
      break;
    }
  }
  return spans;
}

// A question that opens with "is the", "does it" … and does not speak to the audience.
function asksAboutTheWriting(analysis: Analysis, sentence: Span, questions: Set<number>): boolean {
  const asked = analysis.text[sentence.end - 1] === "?" && questions.has(sentence.start);
  return asked && !speaksToReaders(analysis, sentence.start, sentence.end);
}

/** Where the clause that goes on at `from` ends: a comma, a colon, a dash or the sentence's end. */
function clauseEnd(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) if (",;:—–".includes(text[at])) return at;
  return end;
}

/** Whether the text between two offsets speaks to the audience ("you") or, given `voice`, as the brand ("our"). */
function speaksToReaders({ tokens }: Analysis, start: number, end: number, voice: ReadonlySet<string> = READERS): boolean {
  for (let i = firstFrom(tokens, start); i < tokens.length && tokens[i].start < end; i++) if (voice.has(tokens[i].norm)) return true;
  return false;
}

// Whether only an article stands before `part` in its sentence: "Pic of …", "The quote from …".
function opensSentence({ tokens }: Analysis, sentence: Span, part: Span): boolean {
  const first = firstFrom(tokens, sentence.start);
  const at = firstFrom(tokens, part.start);
  return at === first || (at === first + 1 && ["the", "a", "an"].includes(tokens[first].norm));
}

// A direction about the post, not to the reader: "Use the carousel", not "Use code SAVE10",
// "Tag a friend", "Tag @acme".
function aboutThePost(analysis: Analysis, cue: Cue, vocabulary: NotesVocabulary): boolean {
  const next = analysis.tokens[firstFrom(analysis.tokens, cue.end)];
  return next !== undefined && (next.kind === "word" || next.kind === "number") && !vocabulary.readerObjects.has(next.norm);
}

// "Compliance needs the APR line added", not "Legal needs of small firms" (a verb that is also a
// plural noun is a verb only before a word), "The client wants what the client wants" (a joke) or
// "Our comms team needs you!" (a call to the reader).
function takesObject(analysis: Analysis, cue: Cue, vocabulary: NotesVocabulary): boolean {
  const verb = cue.phrase.slice(cue.phrase.lastIndexOf(" ") + 1).toLowerCase();
  const { tokens } = analysis;
  let at = firstFrom(tokens, cue.end);
  // (Past an opening quote: Client wants "luxury" in the first line.)
  while (tokens[at] && QUOTES.has(tokens[at].text)) at++;
  const next = tokens[at];
  if (next?.kind === "word" && vocabulary.notObjects.has(next.norm)) return false;
  return !vocabulary.nounVerbs.has(verb) || next?.kind === "word";
}

// "publish tmrw 8am pls", "Queue for Monday 7am ET", "Queue it between 7–9pm on Thursday": a
// publishing verb opening a clause, then a day or a time. "Schedule for Tuesday: 9am yoga" is a timetable's
// heading, "Send at 9am?" a hook.
function schedulesThePost(analysis: Analysis, sentence: Span, vocabulary: NotesVocabulary): boolean {
  const { tokens, text } = analysis;
  if (text[sentence.end - 1] === "?") return false;
  for (let i = firstFrom(tokens, sentence.start); i < tokens.length && tokens[i].start < sentence.end; i++) {
    const verb = tokens[i];
    if (verb.kind !== "word" || !vocabulary.scheduleVerbs.has(verb.norm) || !opensClause(text, sentence.start, verb.start)) continue;
    if (verb.norm === "schedule" && text.slice(verb.end, Math.min(sentence.end, verb.end + 80)).includes(":")) continue;
    for (let k = i + 1; k < i + 6 && k < tokens.length && tokens[k].start < sentence.end; k++) {
      if (isTime(analysis, k, vocabulary)) return true;
      if (!vocabulary.scheduleFillers.has(tokens[k].norm)) break;
    }
  }
  return false;
}

function isTime({ tokens, text }: Analysis, at: number, vocabulary: NotesVocabulary): boolean {
  const token = tokens[at];
  if (vocabulary.scheduleTimes.has(token.norm) || CLOCK.test(token.text)) return true;
  if (!HOUR.test(token.text)) return false;
  const [before, next] = [tokens[at - 1]?.norm, tokens[at + 1]?.norm];
  // "between 7–9pm" (read from the text: "11am" after a dash may not be one token).
  return before === "at" || next === "am" || next === "pm" || (before === "between" && CLOCK_RANGE_END.test(text.slice(token.end, token.end + 12)));
}

function lineNotes(analysis: Analysis, vocabulary: NotesVocabulary, cues: Cue[], questions: Set<number>): Span[] {
  const { text, tokens } = analysis;
  const spans: Span[] = [];
  for (let start = 0; start < text.length; ) {
    const end = endOfLine(text, start);
    const first = firstFrom(tokens, start);
    const opener = tokens[first];
    const inside = cuesIn(cues, start, end);
    // (Every note of a line but an editor's comment holds a cue.)
    if (opener && opener.start < end && (inside.length > 0 || text.startsWith("//", opener.start))) {
      const line = trimmed(text, start, end);
      const asks = inside.some((cue) => ASKING.has(cue.value)) || asksInLine(analysis, start, end, questions);
      // "// swap photo once the shoot is done": an editor's comment.
      // "// tour dates // Leeds //" uses the slashes as a divider.
      if (text.startsWith("//", opener.start) && !text.slice(opener.start + 2, end).includes("//")) spans.push(line);
      else if (asks && handsOverCopy(analysis, inside, vocabulary)) spans.push(line);
    }
    start = end + 1;
  }
  return spans;
}

// "…, does it need more emoji?": a question opening a clause of the line.
function asksInLine({ text, tokens }: Analysis, start: number, end: number, questions: Set<number>): boolean {
  if (!text.slice(start, end).includes("?")) return false;
  for (let i = firstFrom(tokens, start); i < tokens.length && tokens[i].start < end; i++) {
    if (questions.has(tokens[i].start) && opensClause(text, start, tokens[i].start) && text.slice(tokens[i].end, end).includes("?")) return true;
  }
  return false;
}

// "here's the script for Friday's reel", "PFA the caption for Teachers' Day", "here are a
// couple of caption options": a hand-over, and within a few words the copy it hands over (not
// "the thread for anyone who asked": that one is for readers).
function handsOverCopy(analysis: Analysis, cues: Cue[], vocabulary: NotesVocabulary): boolean {
  const { tokens } = analysis;
  return cues.some((handover, i) => {
    if (handover.value !== "handover") return false;
    const next = cues[i + 1];
    const copy = next?.value === "deliverable" || next?.value === "workflow";
    const forReaders = (word: string | undefined) => word !== undefined && (vocabulary.crowds.has(word) || READERS.has(word) || vocabulary.readerGroups.has(word));
    return copy && next.firstTerm - (handover.firstTerm + handover.termCount) < HANDOVER_REACH && !forReaders(tokens[firstFrom(tokens, next.end)]?.norm);
  });
}

// "the wording on your form", "the hashtags on my last post": the quality of a text already out
// there, the reader's or one published.
function theReaders(analysis: Analysis, cue: Cue): boolean {
  if (cue.value !== "copyQuality") return false;
  const { tokens } = analysis;
  const at = firstFrom(tokens, cue.end);
  return READER_PLACES.has(tokens[at]?.norm ?? "") && (READERS.has(tokens[at + 1]?.norm ?? "") || OWNERS.has(tokens[at + 1]?.norm ?? ""));
}

function ownedInPublic(analysis: Analysis, cue: Cue): boolean {
  // ("… one of our own before we post": a clause has no owner.)
  if ((cue.value !== "workflow" && cue.value !== "posting") || cue.phrase.startsWith("before ")) return false;
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

/** The cues (or other spans in text order) between two offsets. */
function cuesIn<T extends Span>(cues: T[], start: number, end: number): T[] {
  const low = firstFrom(cues, start);
  let last = low;
  while (last < cues.length && cues[last].end <= end) last++;
  return cues.slice(low, last);
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
