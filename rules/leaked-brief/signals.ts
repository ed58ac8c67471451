// Text addressed to a colleague or a client, read by its evidence rather than by its wording.
// Each family of evidence is weak on its own, since brand copy says each of these things to its
// readers now and then: the post spoken of as a thing being made ("the tweet", "v2", "for
// Sunita's sign-off"), its publishing ("nothing goes up before 9am", "FB only"), chat shorthand
// ("pls", "thx"), someone addressed by name ("Priya - …", "hey Aoife"), a request to do something
// to the post ("can u add … here"), the writing judged ("too salesy"), work waiting on someone
// ("once approved"). A sentence that holds two families is a note, and so is one strong piece
// ("ok to post?"); so is an aside in brackets that holds two, counting there the things a post is
// made of and a direction or a question opening a clause ("[photo of … - use the sunset one]",
// "(is this too pushy? maybe soften it)"). The parts of a pasted e-mail are read in mail.ts.
import type { Analysis } from "../../src/text/analysis.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import type { Token } from "../../src/text/tokenize.js";
import { NAME_WORD, pastedMail } from "./mail.js";
import { endOfLine, firstFrom } from "../../src/text/offsets.js";
import type { Span } from "./placeholders.js";
import type { Signal, SignalsVocabulary } from "./vocabulary.js";

export interface Evidence {
  /** Sentences and asides addressed to a colleague. */
  notes: Span[];
  /** Parts of an e-mail the copy was pasted from. */
  pasted: Span[];
}

/** A piece of evidence: its family and whether it counts outside brackets. */
interface Clue extends Span {
  family: string;
  inAsidesOnly: boolean;
  /** Strong evidence: a note on its own. */
  strong?: boolean;
  /** Where the note starts, when not at its sentence's start: an arrow at the copy ("<-- too cheesy?"). */
  opensNote?: boolean;
  /** Where the note ends, when the copy follows it in quotes. */
  closesNote?: boolean;
}

const CLOSERS: Record<string, string> = { "(": ")", "[": "]" };
const MAX_ASIDE_TOKENS = 40;
const READER_WORDS = new Set(["you", "your", "yours", "you're", "you'll", "you've"]);
// Marks after which a new clause opens inside an aside: "[photo of … - use the sunset one]".
const CLAUSE_MARKS = new Set([",", ";", ":", "-", "–", "—", "?", "!", ".", "/"]);
const VOCATIVE_MARKS = new Set([",", "-", "–", "—", ":"]);
const LABEL_MARKS = new Set([":", "-", "–", "—"]);
// How far a request's clause is read for whose errand it is.
const CLAUSE_REACH = 10;
const PARTICLES = new Set(["-", "up", "over", "in", "out", "check"]);
const OWNED_PLACES = new Set(["of", "on", "in", "from", "at", "for"]);
const OWNERS = new Set(["your", "you", "ur", "our", "my", "their", "his", "her"]);
const LINE_LEADS = new Set(["-", "*", "•", ">", "…", ".", "(", "[", '"', "'", "“", "‘", "^"]);
// "^^ is this ok?", "<-- too cheesy?": a note pointing at the copy.
const POINTERS = ["^^", "<--", "<-", "←", "↑"];
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?$/i;
const CLOCK_WITH_SUFFIX = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$/i;
// How far after a publishing verb its link ("after", "before") and then its time may come.
const LINK_REACH = 2;
const TIME_REACH = 6;
// A sentence of no more words than this that only greets someone carries to the next one.
const GREETING_WORDS = 4;

/** How many tokens from `at` spell one of the phrases (longest first), or 0. */
export function wordsAt(tokens: Token[], at: number, phrases: Map<string, string[][]>): number {
  const candidates = phrases.get(tokens[at]?.norm ?? "");
  if (!candidates) return 0;
  for (const words of candidates) if (words.every((word, k) => tokens[at + k]?.norm === word)) return words.length;
  return 0;
}

export function findEvidence(analysis: Analysis, vocabulary: SignalsVocabulary, brandWords: () => ReadonlySet<string>): Evidence {
  const { text } = analysis;
  const matches = vocabulary.phrases.matchAll(analysis, { inHashtags: false });
  const clues: Clue[] = [];
  let email = false;
  for (const match of matches) {
    const clue = toClue(analysis, match, vocabulary);
    if (clue) clues.push(clue);
    if (match.value.kind === "pasted" || match.value.kind === "attachment") email = true;
  }
  lineOpenings(analysis, vocabulary, brandWords, clues);
  if (text.includes("^^") || text.includes("<-") || text.includes("←") || text.includes("↑")) pointers(text, clues);
  clues.sort((a, b) => a.start - b.start);
  const asides = /[([]/.test(text) ? briefAsides(analysis, vocabulary, clues) : [];
  return {
    notes: [...sentences(analysis, clues, vocabulary), ...asides],
    pasted: email || (text.includes(":") && vocabulary.headerHint.test(text)) ? pastedMail(analysis, vocabulary, matches) : [],
  };
}

function toClue(analysis: Analysis, match: PhraseMatch<Signal>, vocabulary: SignalsVocabulary): Clue | undefined {
  const { start, end, value } = match;
  switch (value.kind) {
    case "weak":
    case "aside":
      if ((value.family === "artefact" || value.family === "version") && belongsToSomeone(analysis, end)) return undefined;
      if (value.family === "version" && draftOfSomethingElse(analysis, match, vocabulary)) return undefined;
      return { start, end, family: value.family, inAsidesOnly: value.kind === "aside" };
    case "strong":
      return { start, end, family: "strong", inAsidesOnly: false, strong: true };
    case "ask":
      return asksForWork(analysis, match, vocabulary) ? { start, end, family: "ask", inAsidesOnly: false } : undefined;
    case "timed":
      return timeFollows(analysis, match.end, 3, vocabulary) ? { start, end, family: "schedule", inAsidesOnly: false } : undefined;
    case "toSomeone": {
      // "ask Hamza for …", "w/ Rich": a colleague named after the hand-over.
      const { tokens } = analysis;
      let at = firstFrom(tokens, end);
      if (tokens[at]?.text === "/") at++;
      const name = tokens[at];
      const named = name !== undefined && name.kind === "word" && NAME_WORD.test(name.text) && vocabulary.names.has(name.norm);
      return named ? { start, end: name.end, family: "pending", inAsidesOnly: false } : undefined;
    }
    default:
      return undefined;
  }
}

// "the copy of your invoice", "the carousel in our last post": a thing of the reader's or one
// already published.
function belongsToSomeone({ tokens }: Analysis, end: number): boolean {
  const at = firstFrom(tokens, end);
  // "the post you're after".
  if (READER_WORDS.has(tokens[at]?.norm ?? "")) return true;
  return OWNED_PLACES.has(tokens[at]?.norm ?? "") && OWNERS.has(tokens[at + 1]?.norm ?? "");
}

// "the draft agreement", "our draft plan": a draft of something else, not of the post.
function draftOfSomethingElse({ tokens }: Analysis, match: PhraseMatch<Signal>, vocabulary: SignalsVocabulary): boolean {
  if (!match.phrase.endsWith("draft")) return false;
  const next = tokens[firstFrom(tokens, match.end)];
  return next !== undefined && next.kind === "word" && !vocabulary.draftFollowers.has(next.norm);
}

// "can you put up …", "could u add the dates here": a request to do something to the post, not the
// customer's ("can you post a photo of the damage?", "could you check your spam folder?").
function asksForWork({ tokens }: Analysis, ask: Span, vocabulary: SignalsVocabulary): boolean {
  const at = firstFrom(tokens, ask.end);
  const verb = tokens[at];
  if (!verb || verb.kind !== "word") return false;
  // The object, past the rest of the verb: "put up …", "double-check …".
  let after = at + 1;
  while (tokens[after] && PARTICLES.has(tokens[after].norm)) after++;
  if (vocabulary.readerObjects.has(tokens[after]?.norm ?? "")) return false;
  // "can you post the item back to us": the customer's errand.
  for (let i = after; i < tokens.length && i < after + CLAUSE_REACH && !(tokens[i].kind === "punct" && CLAUSE_MARKS.has(tokens[i].text)); i++) {
    if (vocabulary.readerObjects.has(tokens[i].norm) && tokens[i].norm !== "a" && tokens[i].norm !== "an") return false;
  }
  if (vocabulary.workVerbs.has(verb.norm)) return true;
  if (!vocabulary.placeVerbs.has(verb.norm)) return false;
  // "add the access dates here", "change the caption": a place in the post, within the clause.
  for (let i = at + 1; i < tokens.length && i < at + 8; i++) {
    const token = tokens[i];
    if (token.kind === "punct" && token.text !== "'" && token.text !== "-") return false;
    if (vocabulary.postNames.has(token.norm)) return true;
    if (READER_WORDS.has(token.norm)) return false;
  }
  return false;
}

/** Whether a day or a time comes within `reach` tokens after `from`, in the same clause. */
function timeFollows({ tokens }: Analysis, from: number, reach: number, vocabulary: SignalsVocabulary): boolean {
  for (let i = firstFrom(tokens, from), n = 0; i < tokens.length && n < reach; i++, n++) {
    const token = tokens[i];
    if (isTime(token, tokens[i + 1], vocabulary)) return true;
    if (token.kind === "punct" && token.text !== ":" && token.text !== "-" && token.text !== "–") return false;
  }
  return false;
}

function isTime(token: Token, next: Token | undefined, vocabulary: SignalsVocabulary): boolean {
  if (token.kind === "word") return vocabulary.times.has(token.norm) || CLOCK_WITH_SUFFIX.test(token.text);
  return token.kind === "number" && CLOCK.test(token.text) && (next?.norm === "am" || next?.norm === "pm" || token.text.includes(":"));
}

// "^^ Jess, is this ok", "🧹 <-- does this sound too cheesy?": an arrow pointing at the copy is
// the copy spoken of as a thing being made.
function pointers(text: string, clues: Clue[]): void {
  for (const pointer of POINTERS) {
    for (let at = text.indexOf(pointer); at >= 0; at = text.indexOf(pointer, at + pointer.length)) {
      clues.push({ start: at, end: at + pointer.length, family: "artefact", inAsidesOnly: false, opensNote: true });
    }
  }
}

// What opens a line: a name addressed ("Priya - finance says …", "hey Aoife could you …", "Hi
// Chris,"), the post's status ("DRAFT, not signed off"), a publishing verb that schedules it
// ("publish after the match tomorrow"), a mail's subject; and what ends one: copy in quotes.
function lineOpenings(analysis: Analysis, vocabulary: SignalsVocabulary, brandWords: () => ReadonlySet<string>, clues: Clue[]): void {
  const { text, tokens } = analysis;
  let next = 0;
  for (let start = 0; start < text.length; ) {
    const end = endOfLine(text, start);
    while (next < tokens.length && tokens[next].start < start) next++;
    let at = next;
    while (tokens[at] && tokens[at].start < end && (tokens[at].kind === "emoji" || LINE_LEADS.has(tokens[at].text))) at++;
    const first = tokens[at];
    // (One look-up turns away the many lines that open with none of these words.)
    if (first && first.start < end && first.kind === "word" && vocabulary.lineOpeners.has(first.norm)) {
      const clue = vocative(analysis, at, end, vocabulary, brandWords) ?? status(analysis, at, end, vocabulary) ?? scheduling(analysis, at, vocabulary) ?? replyLine(tokens, at, vocabulary);
      if (clue) clues.push(clue);
    }
    const quote = quotedCopy(analysis, at, end);
    if (quote) clues.push(quote);
    start = end + 1;
  }
}

function vocative({ tokens }: Analysis, at: number, lineEnd: number, vocabulary: SignalsVocabulary, brandWords: () => ReadonlySet<string>): Clue | undefined {
  const greeted = vocabulary.greetings.has(tokens[at].norm);
  const name = tokens[greeted ? at + 1 : at];
  if (!name || name.kind !== "word" || name.start >= lineEnd) return undefined;
  const named = NAME_WORD.test(name.text) && vocabulary.names.has(name.norm);
  // "Team - this one goes on …": the team, addressed like a person (not greeted: "Hey team!" is a
  // family of its own).
  if (!named && !(vocabulary.teamWords.has(name.norm) && !greeted)) return undefined;
  const mark = tokens[greeted ? at + 2 : at + 1];
  const after = tokens[greeted ? at + 3 : at + 2];
  const marked = mark !== undefined && mark.start < lineEnd && mark.kind === "punct" && VOCATIVE_MARKS.has(mark.text);
  // "Rosa, our head chef, …", "Priya - Head of Product": a name introduced, not addressed; "Sam:
  // 'best day ever'" quotes someone.
  const introduced = marked && after !== undefined && ((vocabulary.appositives.has(after.norm) && closesApposition(tokens, greeted ? at + 3 : at + 2, mark.text, lineEnd)) || (mark.text === ":" && /^["'“‘]/.test(after.text)));
  const asked = !marked && mark !== undefined && mark.kind === "word" && (mark.norm === "can" || mark.norm === "could" || mark.norm === "pls" || mark.norm === "please");
  if (!(greeted || (marked && !introduced) || asked) || brandWords().has(name.norm)) return undefined;
  if (greeted && marked && introduced) return undefined;
  return { start: tokens[at].start, end: (marked ? mark : name).end, family: "address", inAsidesOnly: false };
}

// "v3 of the caption, a bit tighter: 'Mondays, sorted ☕'": a line that ends on copy in quotes
// after words about it. (Brand copy quotes people too: "Our CEO on the bill: '…'".)
const QUOTE_MARKS = new Set(["'", '"', "’", "”"]);
const OPENING_QUOTES = new Set(["'", '"', "‘", "“"]);

function quotedCopy({ tokens }: Analysis, first: number, lineEnd: number): Clue | undefined {
  let last = firstFrom(tokens, lineEnd) - 1;
  while (last > first && (tokens[last].kind === "hashtag" || tokens[last].kind === "emoji" || tokens[last].kind === "mention")) last--;
  if (last <= first || !QUOTE_MARKS.has(tokens[last].text)) return undefined;
  let open = last - 1;
  while (open > first && !OPENING_QUOTES.has(tokens[open].text)) open--;
  // Words before the quote, and a few words quoted.
  const before = tokens.slice(first, open).filter((token) => token.kind === "word").length;
  if (open <= first || before < 2 || last - open < 3) return undefined;
  return { start: tokens[first].start, end: tokens[open - 1].end, family: "quote", inAsidesOnly: false, closesNote: true };
}

// "Re: tomorrow's post", "Fwd: …": a mail's subject opening a line.
function replyLine(tokens: Token[], at: number, vocabulary: SignalsVocabulary): Clue | undefined {
  const [mark, colon] = [tokens[at], tokens[at + 1]];
  return vocabulary.replyMarks.has(mark.norm) && colon?.text === ":" && colon.start === mark.end ? { start: mark.start, end: colon.end, family: "email", inAsidesOnly: false } : undefined;
}

// "Rosa, the head chef, …", "Ola - a brewer from Berlin - …": an apposition after "the" or "a"
// closes with the mark that opened it; "Hamish, the client hated the pun" addresses Hamish.
const APPOSITION_REACH = 6;
const DETERMINERS = new Set(["the", "a", "an"]);

function closesApposition(tokens: Token[], from: number, mark: string, lineEnd: number): boolean {
  if (!DETERMINERS.has(tokens[from].norm)) return true;
  for (let i = from + 1; i < tokens.length && i <= from + APPOSITION_REACH && tokens[i].start < lineEnd; i++) {
    if (tokens[i].text === mark || (mark !== "," && VOCATIVE_MARKS.has(tokens[i].text) && tokens[i].text !== ",")) return true;
    if (tokens[i].kind === "punct" && tokens[i].text !== "'" && tokens[i].text !== "&") return false;
  }
  // "Sam, the founder" ends the line: introduced.
  return tokens[from + APPOSITION_REACH + 1] === undefined || tokens[from + 1]?.start >= lineEnd;
}

// "DRAFT, not signed off", "WIP -": the post's status opening a line, before a mark or the end
// of the line ("Draft beer on the terrace" is copy).
function status({ tokens }: Analysis, at: number, lineEnd: number, vocabulary: SignalsVocabulary): Clue | undefined {
  const words = wordsAt(tokens, at, vocabulary.statusWords);
  if (!words) return undefined;
  const next = tokens[at + words];
  const closes = !next || next.start >= lineEnd || (next.kind === "punct" && VOCATIVE_MARKS.has(next.text));
  return closes ? { start: tokens[at].start, end: tokens[at + words - 1].end, family: "version", inAsidesOnly: false } : undefined;
}

// "publish after the match tomorrow, not before", "hold until 10am Thurs": a publishing verb opening
// the line, its link to a moment and a time. Strong, unless the sentence calls readers in ("Post
// before midnight to enter").
function scheduling(analysis: Analysis, at: number, vocabulary: SignalsVocabulary): Clue | undefined {
  const { tokens } = analysis;
  const verb = tokens[at];
  if (!vocabulary.scheduleVerbs.has(verb.norm)) return undefined;
  for (let i = at + 1; i <= at + LINK_REACH && i < tokens.length; i++) {
    const words = wordsAt(tokens, i, vocabulary.scheduleLinks);
    if (!words) continue;
    const linkEnd = tokens[i + words - 1].end;
    if (!timeFollows(analysis, linkEnd, TIME_REACH, vocabulary)) return undefined;
    const sentenceEnd = endOfSentence(analysis, verb.start);
    for (let k = at; k < tokens.length && tokens[k].start < sentenceEnd; k++) if (wordsAt(tokens, k, vocabulary.readerCalls)) return undefined;
    return { start: verb.start, end: linkEnd, family: "schedule", inAsidesOnly: false, strong: true };
  }
  return undefined;
}

function endOfSentence({ sentences, text }: Analysis, at: number): number {
  return sentences[Math.max(0, firstFrom(sentences, at + 1) - 1)]?.end ?? text.length;
}

// Each sentence with its clues: a note when two families meet in it, or a strong clue. A
// sentence that only greets someone lends its greeting to the next after a comma or a colon ("Hi
// Tom,\n…"), or to a hand-over of the post ("hey Jen! heres the caption …"; "Hi Mia! We've sent
// …" and "Hey Rob! Here's the link …" answer customers).
function sentences(analysis: Analysis, clues: Clue[], vocabulary: SignalsVocabulary): Span[] {
  const { sentences: list, text, words } = analysis;
  const spans: Span[] = [];
  let carried: Clue | undefined;
  let index = -1;
  for (let c = 0; c < clues.length; ) {
    index = Math.max(index, firstFrom(list, clues[c].start + 1) - 1);
    const sentence = list[index];
    if (!sentence) break;
    const inside: Clue[] = [];
    while (c < clues.length && clues[c].start < sentence.end) {
      if (!clues[c].inAsidesOnly) inside.push(clues[c]);
      c++;
    }
    if (directsAtPart(analysis, sentence, clues, c, vocabulary)) inside.push({ start: sentence.start, end: sentence.start, family: "direction", inAsidesOnly: false });
    if (carried && firstFrom(list, carried.start + 1) - 1 === index - 1 && (VOCATIVE_MARKS.has(text[carried.end - 1]) || handsOverThePost(analysis, sentence, inside, vocabulary))) {
      inside.unshift(carried);
    }
    carried = undefined;
    const families = new Set(inside.map((clue) => clue.family));
    // "Is it ok to post photos of my kids in your uniform?" is a reader's question.
    const strong = inside.some((clue) => clue.strong && (clue.family !== "strong" || !speaksToReaders(analysis, sentence)));
    if (families.size >= 2 || strong) {
      const pointer = inside.find((clue) => clue.opensNote);
      const start = pointer?.start ?? Math.min(sentence.start, inside[0].start);
      const quote = inside.find((clue) => clue.closesNote);
      spans.push({ start, end: quote && quote.end > start ? quote.end : upToColon(text, sentence.end, inside) });
    } else if (inside.length === 1 && inside[0].family === "address") {
      const count = firstFrom(words, sentence.end) - firstFrom(words, sentence.start);
      if (count <= GREETING_WORDS) carried = inside[0];
    }
    index++;
  }
  return spans;
}

// "Pls use the second photo not the first": a direction opening the sentence, about a thing the
// post is made of within a few words ("Use code SAVE10" and "Tag a friend" are the reader's).
const PART_REACH = 4;

function directsAtPart(analysis: Analysis, sentence: Span, clues: Clue[], after: number, vocabulary: SignalsVocabulary): boolean {
  const { tokens } = analysis;
  const at = firstFrom(tokens, sentence.start);
  const opener = tokens[at];
  if (!opener || (!vocabulary.asideVerbs.has(opener.norm) && !wordsAt(tokens, at, vocabulary.negations))) return false;
  if (!directs(tokens, at, firstFrom(tokens, sentence.end), vocabulary)) return false;
  const reach = tokens[Math.min(at + PART_REACH + 1, tokens.length - 1)].end;
  // The sentence's clues are those before `after`; a part is one counted in brackets.
  for (let k = firstFrom(clues, sentence.start); k < after; k++) {
    if (clues[k].family === "part" && clues[k].start < reach) return true;
  }
  return false;
}

function speaksToReaders({ tokens }: Analysis, sentence: Span): boolean {
  for (let i = firstFrom(tokens, sentence.start); i < tokens.length && tokens[i].start < sentence.end; i++) if (READER_WORDS.has(tokens[i].norm)) return true;
  return false;
}

// "heres the caption for the giveaway" (not "Here's the link you asked for").
function handsOverThePost({ tokens }: Analysis, sentence: Span, clues: Clue[], vocabulary: SignalsVocabulary): boolean {
  const post = clues.some((clue) => clue.family === "artefact" || clue.family === "version");
  return post && wordsAt(tokens, firstFrom(tokens, sentence.start), vocabulary.handovers) > 0;
}

// A note that hands over the copy ends at its colon: "… lmk if ok before I post it: Loving my new
// …".
function upToColon(text: string, end: number, clues: Clue[]): number {
  const last = clues.reduce((at, clue) => Math.max(at, clue.end), 0);
  // (Looked for within the sentence only, so many notes in a long post stay linear.)
  for (let at = last; at < end; at++) if (text[at] === ":") return at + 1;
  return end;
}

// Asides in brackets with two families of evidence, counting there the things a post is made of,
// the writing judged, work waiting on someone, a direction to the editor and a question to a
// colleague. An aside to the reader ("(check with your GP)") or one that describes an image
// ("[Image: …]", "(photo by …)") is copy.
function briefAsides(analysis: Analysis, vocabulary: SignalsVocabulary, clues: Clue[]): Span[] {
  const { tokens, text } = analysis;
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const closer = CLOSERS[tokens[i].text];
    if (!closer || tokens[i].kind !== "punct") continue;
    let close = i + 1;
    while (close < tokens.length && close < i + MAX_ASIDE_TOKENS && tokens[close].text !== closer && tokens[close].text !== tokens[i].text) close++;
    if (tokens[close]?.text !== closer || close === i + 1 || text.slice(tokens[i].end, tokens[close].start).includes("\n")) continue;
    const [open, end] = [tokens[i], tokens[close]];
    // "(Arjun - can you get …)": someone named is asked, not the reader.
    const [first, mark] = [tokens[i + 1], tokens[i + 2]];
    // "[Zara to send bottle shots Monday]": a task given to someone by name.
    const addressed = first.kind === "word" && NAME_WORD.test(first.text) && vocabulary.names.has(first.norm) && mark !== undefined && (VOCATIVE_MARKS.has(mark.text) || mark.norm === "to");
    if (describes(tokens, i + 1, close, vocabulary) || (!addressed && tokens.slice(i + 1, close).some((token) => READER_WORDS.has(token.norm)))) continue;
    // "(confirm price with Jo)", "(waiting on the photographer)": an editor's note by its opening.
    const asks = tokens.slice(i + 1, close).some((token) => token.text === "?");
    if (!asks && wordsAt(tokens, i + 1, vocabulary.asideOpeners)) {
      spans.push({ start: open.start, end: end.end });
      i = close;
      continue;
    }
    // "[ED: verify the turnout]": the editor addressed by a label.
    const labelled = vocabulary.editorLabels.has(first.norm) && mark !== undefined && LABEL_MARKS.has(mark.text);
    const families = new Set<string>(addressed || labelled ? ["address"] : []);
    const clueStarts = new Set<number>();
    for (let k = firstFrom(clues, open.end); k < clues.length && clues[k].end <= end.start; k++) {
      families.add(clues[k].family);
      clueStarts.add(clues[k].start);
    }
    for (let k = i + 1; k < close; k++) {
      const opens = k === i + 1 || CLAUSE_MARKS.has(tokens[k - 1].text);
      if (!opens) continue;
      // (A verb that is already a clue, "ask Dev", counts once.)
      if (!clueStarts.has(tokens[k].start) && directs(tokens, k, close, vocabulary)) families.add("direction");
      if (asks && wordsAt(tokens, k, vocabulary.asideQuestions)) families.add("question");
    }
    if (families.size >= 2) {
      spans.push({ start: open.start, end: end.end });
      i = close;
    }
  }
  return spans;
}

// "[Image: …]", "(pic: the team at the finish)", "(photo by @maya)": an aside for readers.
function describes(tokens: Token[], first: number, close: number, vocabulary: SignalsVocabulary): boolean {
  const words = wordsAt(tokens, first, vocabulary.describes);
  const next = tokens[first + words];
  return words > 0 && first + words < close && (next.text === ":" || next.norm === "by" || next.norm === "credit" || next.text === "-");
}

// A verb opening a clause of the aside, maybe after "DON'T" or "pls", whose object is not the
// reader's: "swap in the storefront pic", "use the sunset one" (not "add a shot of vanilla").
function directs(tokens: Token[], at: number, close: number, vocabulary: SignalsVocabulary): boolean {
  let k = at;
  // Past "DON'T", "pls", two at most: "pls don't add …".
  for (let n = 0; n < 2 && k < close; n++) {
    const words = wordsAt(tokens, k, vocabulary.negations);
    if (words === 0) break;
    k += words;
  }
  const verb = tokens[k];
  if (!verb || k >= close || verb.kind !== "word" || !vocabulary.asideVerbs.has(verb.norm)) return false;
  const object = tokens[k + 1];
  return object !== undefined && k + 1 < close && !vocabulary.readerObjects.has(object.norm);
}
