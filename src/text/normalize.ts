// Reads a post's words the way a person reads them, through the disguises writers use to slip
// a word past a filter: leetspeak (sh1t, a$$, @ss), masking characters (f*ck, f#@king, s***),
// spelled-out letters (f u c k, f.u.c.k), look-alike letters of other scripts, full-width and
// styled letters, invisible characters. Every letter keeps the range of the original text it
// came from, so a finding points at what the writer typed.
//
// It reads post.analysis (tokens with offsets): URLs, e-mails, cashtags, numbers and emoji are
// never read as letters, and an @handle only when it is a whole word in disguise ("@ss").
// One pass over the characters; no regular expression runs per post.
import { loadData } from "../data.js";
import type { Analysis } from "./analysis.js";
import type { Token } from "./tokenize.js";

/** In ReadWord.letters: a masking character, which may stand for any letter. */
export const MASK = "*";
/** In ReadWord.letters: a letter of another script, which never matches a Latin word. */
export const OTHER_LETTER = "·";

/** Bits of ReadWord.disguises: how the word was disguised. */
export const Disguise = {
  leet: 1,
  mask: 2,
  lookalike: 4,
  styled: 8,
  invisible: 16,
  spaced: 32,
} as const;

export type WordShape = "lower" | "title" | "upper" | "mixed";

/** A word as read, mapped back to the text. */
export interface ReadWord {
  /** Lower-case letters a–z as read, MASK for a masking character, OTHER_LETTER for other scripts. */
  letters: string;
  /** A second reading per letter ("1" reads i or l, "$" reads s or a mask); absent when none. */
  alternates?: string;
  start: number;
  end: number;
  /** Where each letter starts and ends in the text; absent when letter i is text[start + i]. */
  starts?: number[];
  ends?: number[];
  /** Disguise bits. */
  disguises: number;
  /** How many letters were written as plain letters (not leet, not masked). */
  literal: number;
  shape: WordShape;
  inHashtag: boolean;
}

/** A word and its parts: a hyphenated, camelCase or hashtag compound, or a single word. */
export interface ReadGroup {
  /** All parts run together: "abso-fucking-lutely" → absofuckinglutely. */
  whole: ReadWord;
  /** The words inside, in order; [whole] when there is only one. */
  parts: ReadWord[];
  /** Letters spelled out one by one (f u c k, f.u.c.k). */
  spaced: boolean;
  /** An @handle read as a word ("@ss"). */
  mention: boolean;
  /** Index into analysis.sentences, -1 when outside any. */
  sentence: number;
  /** The first word of its sentence. */
  sentenceStart: boolean;
}

interface DisguiseData {
  lookalikes: Record<string, string>;
  leet: Record<string, string>;
  masks: string;
  maskingLeet: string;
  separators: string;
}

// Character classes of a cell.
const LETTER = 0;
const OTHER = 1;
const DIGIT = 2;
const LEET = 3;
const MASKING = 4;
const SEPARATOR = 5;
const BREAK = 6;
const INVISIBLE = 7;

interface Folded {
  kind: number;
  /** The letter(s) read (a ligature folds to two), or the character itself for symbols. */
  read: string;
  alternate: string;
  upper: boolean;
  disguise: number;
}

interface Tables {
  ascii: Folded[];
  lookalike: Map<string, string>;
  leet: Map<string, string>;
  maskingLeet: Set<string>;
  masks: Set<string>;
  separators: Set<string>;
  nonAscii: Map<number, Folded>;
}

let tables: Tables | undefined;

function loadTables(): Tables {
  if (tables) return tables;
  const data = loadData<DisguiseData>(new URL("./normalize.yaml", import.meta.url));
  const lookalike = new Map<string, string>();
  for (const [letter, chars] of Object.entries(data.lookalikes)) for (const ch of chars) lookalike.set(ch, letter);
  const built: Tables = {
    ascii: [],
    lookalike,
    leet: new Map(Object.entries(data.leet)),
    maskingLeet: new Set(data.maskingLeet),
    masks: new Set(data.masks),
    separators: new Set(data.separators),
    nonAscii: new Map(),
  };
  for (let code = 0; code < 128; code++) built.ascii.push(classifySymbol(String.fromCharCode(code), built));
  tables = built;
  return built;
}

function classifySymbol(ch: string, t: Tables): Folded {
  if (/[A-Za-z]/.test(ch)) return { kind: LETTER, read: ch.toLowerCase(), alternate: "", upper: ch !== ch.toLowerCase(), disguise: 0 };
  if (/[0-9]/.test(ch)) return { kind: DIGIT, read: t.leet.get(ch)?.[0] ?? "", alternate: t.leet.get(ch)?.[1] ?? "", upper: false, disguise: Disguise.leet };
  const leet = t.leet.get(ch);
  if (leet) {
    const alternate = leet[1] ?? (t.maskingLeet.has(ch) ? MASK : "");
    return { kind: LEET, read: leet[0], alternate, upper: false, disguise: Disguise.leet };
  }
  if (t.masks.has(ch)) return { kind: MASKING, read: ch, alternate: "", upper: false, disguise: Disguise.mask };
  if (t.separators.has(ch)) return { kind: SEPARATOR, read: ch, alternate: "", upper: false, disguise: 0 };
  return { kind: BREAK, read: ch, alternate: "", upper: false, disguise: 0 };
}

const MARK_RE = /\p{M}/gu;
const INVISIBLE_RE = /^[\p{Cf}\p{M}]$/u;
const ASCII_LETTERS_RE = /^[A-Za-z]{1,3}$/;

/** How a non-ASCII character reads: a look-alike, a styled or accented letter, invisible, … */
function foldNonAscii(code: number, t: Tables): Folded {
  const cached = t.nonAscii.get(code);
  if (cached) return cached;
  const ch = String.fromCodePoint(code);
  let folded: Folded;
  const look = t.lookalike.get(ch);
  if (look) {
    folded = { kind: LETTER, read: look, alternate: "", upper: ch !== ch.toLowerCase(), disguise: Disguise.lookalike };
  } else if (INVISIBLE_RE.test(ch)) {
    folded = { kind: INVISIBLE, read: "", alternate: "", upper: false, disguise: /\p{Cf}/u.test(ch) ? Disguise.invisible : 0 };
  } else {
    const compatible = ch.normalize("NFKD").replace(MARK_RE, "");
    const canonical = ch.normalize("NFD").replace(MARK_RE, "");
    // NFKD differs from NFD only for compatibility forms: full-width, styled, circled letters.
    const disguise = compatible === canonical ? 0 : Disguise.styled;
    if (ASCII_LETTERS_RE.test(compatible)) {
      folded = { kind: LETTER, read: compatible.toLowerCase(), alternate: "", upper: compatible[0] !== compatible[0].toLowerCase(), disguise };
    } else if (compatible.length === 1 && compatible.charCodeAt(0) < 128) {
      folded = { ...t.ascii[compatible.charCodeAt(0)], disguise: disguise | t.ascii[compatible.charCodeAt(0)].disguise };
    } else if (/\p{L}/u.test(ch)) {
      folded = { kind: OTHER, read: OTHER_LETTER, alternate: "", upper: false, disguise: 0 };
    } else if (/\p{P}/u.test(ch)) {
      folded = { kind: SEPARATOR, read: ch, alternate: "", upper: false, disguise: 0 };
    } else {
      folded = { kind: BREAK, read: ch, alternate: "", upper: false, disguise: 0 };
    }
  }
  t.nonAscii.set(code, folded);
  return folded;
}

/**
 * Folds text for comparison: lower case, accents, full-width and styled letters and look-alike
 * letters of other scripts read as a–z, invisible characters dropped. `offsets[i]` is where
 * character i of the folded text came from.
 */
export function foldText(text: string): { text: string; offsets: number[] } {
  const t = loadTables();
  let out = "";
  const offsets: number[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const folded = code < 128 ? t.ascii[code] : foldNonAscii(code, t);
    const read = folded.kind === LETTER ? folded.read : folded.kind === INVISIBLE ? "" : code < 128 ? text[at].toLowerCase() : text.slice(at, at + width).toLowerCase();
    for (let k = 0; k < read.length; k++) offsets.push(at);
    out += read;
    at += width;
  }
  return { text: out, offsets };
}

// The cells of one chunk (tokens written without a space between them), as parallel arrays
// reused from post to post, so a long post does not churn the garbage collector.
class Cells {
  kind = new Uint8Array(256);
  upper = new Uint8Array(256);
  disguise = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  read: string[] = [];
  /** The character as written (its first code unit for astral characters). */
  char: string[] = [];
  alternate: string[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(kind: number, read: string, alternate: string, upper: boolean, start: number, end: number, disguise: number, char = ""): void {
    const i = this.length++;
    if (i === this.kind.length) this.grow();
    this.kind[i] = kind;
    this.upper[i] = upper ? 1 : 0;
    this.disguise[i] = disguise;
    this.start[i] = start;
    this.end[i] = end;
    this.read[i] = read;
    this.char[i] = char;
    this.alternate[i] = alternate;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const widen = <A extends Uint8Array | Int32Array>(old: A, make: (n: number) => A): A => {
      const wider = make(size);
      wider.set(old);
      return wider;
    };
    this.kind = widen(this.kind, (n) => new Uint8Array(n));
    this.upper = widen(this.upper, (n) => new Uint8Array(n));
    this.disguise = widen(this.disguise, (n) => new Uint8Array(n));
    this.start = widen(this.start, (n) => new Int32Array(n));
    this.end = widen(this.end, (n) => new Int32Array(n));
  }
}

const cells = new Cells();
/** No word is longer; a longer run of letters (a blob, an attack) is not read as a word. */
export const LONGEST_WORD = 256;
/** A run of tokens with no space between them longer than this is read token by token. */
const LONGEST_CHUNK = 2048;
const NOT_READ: ReadonlySet<string> = new Set(["url", "email", "cashtag", "emoji", "number"]);
const TRAILING_PUNCTUATION = new Set(["!", "?"]);
const JOINERS = new Set(["-"]);
const APOSTROPHES = new Set(["'", "’", "‘", "`"]);
// What follows an apostrophe in a contraction or possessive: not a word of its own, and never
// joined to the word before ("he'll" is not "hell", "who're" is not "whore").
const CLITICS = new Set(["s", "ll", "re", "ve", "d", "m", "t"]);
const MULTIPLE = "\u0000";

/** The words of a post as a reader sees them, grouped by compound, in text order. */
export function readWords(analysis: Analysis): ReadGroup[] {
  const t = loadTables();
  const { tokens, text } = analysis;
  const groups: ReadGroup[] = [];
  const sentences = { list: analysis.sentences, index: 0, seen: -1 };
  // Single-cell chunks separated by spaces may spell a word out: "f u c k".
  let spelled: ReadWord[] = [];
  let spelledEnd = -1;
  const flushSpelled = () => {
    if (spelled.length > LONGEST_WORD) {
      spelled = [];
      return;
    }
    const run = spelled.length >= 3 ? spelledRun(spelled) : undefined;
    if (run) pushGroup(groups, run.parts, true, false, sentences, run.whole);
    else for (const word of spelled) pushGroup(groups, [word], false, false, sentences);
    spelled = [];
  };
  // Tokens of an overlong chunk are read one by one, up to `oneByOneUntil`.
  let oneByOneUntil = -1;
  for (let first = 0; first < tokens.length; ) {
    let last = first;
    if (first > oneByOneUntil) {
      while (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end) last++;
      if (tokens[last].end - tokens[first].start > LONGEST_CHUNK) {
        oneByOneUntil = last;
        last = first;
      }
    }
    if ((first <= oneByOneUntil && !mayHoldWord(tokens[first])) || (first === last && cannotHoldWord(tokens[first], t))) {
      // Inside an overlong chunk only tokens that can hold a word on their own are read.
      first = last + 1;
      continue;
    }
    const chunkGroups: ReadGroup[] = [];
    let single: ReadWord | undefined;
    if (isPlainWord(tokens, first, last)) {
      const word = plainWord(tokens[first]);
      if (word.letters.length === 1) single = word;
      else chunkGroups.push(group([word], false, false));
    } else {
      readChunk(text, tokens, first, last, t, chunkGroups);
      single = singleLetter(chunkGroups) ?? loneMask(tokens, first, last);
    }
    const adjacent = spelled.length > 0 && single !== undefined && isSingleSpace(text, spelledEnd, tokens[first].start);
    if (!adjacent) flushSpelled();
    if (single) {
      // Past the longest word, a spelled-out run is noise; it is dropped when flushed.
      if (spelled.length <= LONGEST_WORD) spelled.push(single);
      spelledEnd = tokens[last].end;
    } else {
      for (const g of chunkGroups) pushGroup(groups, g.parts, g.spaced, g.mention, sentences, g.whole);
    }
    first = last + 1;
  }
  flushSpelled();
  return groups;
}

function singleLetter(chunkGroups: ReadGroup[]): ReadWord | undefined {
  const only = chunkGroups.length === 1 && chunkGroups[0].parts.length === 1 ? chunkGroups[0].whole : undefined;
  return only && only.letters.length === 1 ? only : undefined;
}

/** A masking character standing alone, as in "f * c k": one hidden letter of a spelled word. */
function loneMask(tokens: Token[], first: number, last: number): ReadWord | undefined {
  const token = tokens[first];
  if (first !== last || token.kind !== "punct" || token.text.length !== 1 || !loadTables().masks.has(token.text)) return undefined;
  return { letters: MASK, start: token.start, end: token.end, disguises: Disguise.mask, literal: 0, shape: "lower", inHashtag: false };
}

/** A lone separator ("-", "|"), or a token too long to be a word (a pasted blob). */
function cannotHoldWord(token: Token, t: Tables): boolean {
  if (token.end - token.start > 2 * LONGEST_WORD) return true;
  if (token.kind !== "punct" || token.text.length !== 1) return false;
  const code = token.text.charCodeAt(0);
  return code < 128 && (t.ascii[code].kind === SEPARATOR || t.ascii[code].kind === BREAK);
}

function mayHoldWord(token: Token): boolean {
  return (token.kind === "word" || token.kind === "hashtag") && token.text.length > 2;
}

function isSingleSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && (text[from] === " " || text[from] === "\u00a0");
}

// The common case, read without building cells: one ASCII word, perhaps with sentence punctuation.
function isPlainWord(tokens: Token[], first: number, last: number): boolean {
  const token = tokens[first];
  if (token.kind !== "word") return false;
  for (let k = first + 1; k <= last; k++) {
    const next = tokens[k];
    if (next.kind !== "punct" || !".,;:!?)]\"”".includes(next.text)) return false;
  }
  const word = token.text;
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) lower++;
    else if (code >= 65 && code <= 90) upper++;
    else return false;
  }
  // Mixed case inside the word may be camelCase: read it cell by cell.
  return !(lower > 0 && upper > 0 && !(upper === 1 && word.charCodeAt(0) <= 90));
}

function plainWord(token: Token): ReadWord {
  const shape = shapeOf(token.text);
  return { letters: token.norm, start: token.start, end: token.end, disguises: 0, literal: token.text.length, shape, inHashtag: false };
}

function shapeOf(word: string): WordShape {
  const first = word.charCodeAt(0);
  const firstUpper = first >= 65 && first <= 90;
  let restUpper = 0;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) restUpper++;
  }
  if (!firstUpper) return restUpper === 0 ? "lower" : "mixed";
  if (restUpper === 0) return "title";
  return restUpper === word.length - 1 ? "upper" : "mixed";
}

function readChunk(text: string, tokens: Token[], first: number, last: number, t: Tables, out: ReadGroup[]): void {
  cells.clear();
  let mention = false;
  for (let k = first; k <= last; k++) {
    const token = tokens[k];
    if (NOT_READ.has(token.kind) || token.end - token.start > 2 * LONGEST_WORD) {
      cells.push(BREAK, "", "", false, token.start, token.end, 0);
      continue;
    }
    let from = token.start;
    if (token.kind === "mention" && k === first) {
      // An @handle is a name, not words; it is read only as a whole disguised word ("@ss").
      if (!/^@[A-Za-z]+$/.test(token.text)) {
        cells.push(BREAK, "", "", false, token.start, token.end, 0);
        continue;
      }
      mention = true;
    }
    if (token.kind === "hashtag" && !hasLettersBefore(cells)) {
      cells.push(SEPARATOR, "#", "", false, token.start, token.start + 1, 0, "#");
      from++;
    }
    pushChars(text, from, token.end, t);
  }
  splitChunk(out, mention);
}

function hasLettersBefore(c: Cells): boolean {
  for (let i = c.length - 1; i >= 0; i--) {
    if (c.kind[i] === SEPARATOR || c.kind[i] === BREAK) return false;
    if (c.kind[i] !== INVISIBLE) return true;
  }
  return false;
}

function pushChars(text: string, from: number, to: number, t: Tables): void {
  for (let at = from; at < to; ) {
    const code = text.codePointAt(at) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const folded = code < 128 ? t.ascii[code] : foldNonAscii(code, t);
    if (folded.kind === INVISIBLE) {
      // Zero-width and combining characters belong to the letter before them.
      if (cells.length > 0) {
        cells.end[cells.length - 1] = at + width;
        cells.disguise[cells.length - 1] |= folded.disguise;
      }
    } else if (folded.kind === LETTER && folded.read.length > 1) {
      for (const letter of folded.read) cells.push(LETTER, letter, "", folded.upper, at, at + width, folded.disguise, text[at]);
    } else {
      cells.push(folded.kind, folded.read, folded.alternate, folded.upper, at, at + width, folded.disguise, text[at]);
    }
    at += width;
  }
}

const isWordCell = (kind: number) => kind === LETTER || kind === OTHER || kind === DIGIT || kind === LEET || kind === MASKING;

/** Splits the chunk's cells into words: trims punctuation, finds spelled-out and compound words. */
function splitChunk(out: ReadGroup[], mention: boolean): void {
  let segmentStart = 0;
  for (let i = 0; i <= cells.length; i++) {
    if (i === cells.length || cells.kind[i] === BREAK) {
      if (i > segmentStart) splitSegment(segmentStart, i, out, mention);
      segmentStart = i + 1;
    }
  }
}

function splitSegment(from: number, to: number, out: ReadGroup[], mention: boolean): void {
  // Leading punctuation (a hashtag's "#" among it), and emphasis: *word*, **word**.
  let hashtag = false;
  while (from < to && (cells.kind[from] === SEPARATOR || cells.kind[from] === INVISIBLE)) {
    if (cells.char[from] === "#") hashtag = true;
    from++;
  }
  let emphasis = 0;
  while (from + emphasis < to && cells.kind[from + emphasis] === MASKING) emphasis++;
  const emphasisChar = emphasis > 0 ? cells.char[from] : "";
  from += emphasis;
  // Trailing sentence punctuation, and the closing emphasis; a trailing "*" is a mask (s***).
  while (to > from) {
    const kind = cells.kind[to - 1];
    const char = cells.char[to - 1];
    if (kind === SEPARATOR || kind === INVISIBLE || TRAILING_PUNCTUATION.has(char)) to--;
    else if (emphasis > 0 && char === emphasisChar) {
      emphasis--;
      to--;
    } else break;
  }
  if (to <= from) return;

  // Pieces between separators; separators[p] is what stands between piece p and p + 1.
  const pieces: Array<[number, number]> = [];
  const separators: string[] = [];
  let pieceStart = from;
  let between = "";
  for (let i = from; i <= to; i++) {
    if (i < to && cells.kind[i] !== SEPARATOR) continue;
    if (i > pieceStart) {
      if (pieces.length > 0) separators.push(between);
      pieces.push([pieceStart, i]);
      between = "";
    }
    if (i < to) between = between === "" ? cells.char[i] : MULTIPLE;
    pieceStart = i + 1;
  }
  if (pieces.length === 0) return;

  const maskSpelled = pieces.length === 1 ? maskSeparatedRun(pieces[0][0], pieces[0][1]) : undefined;
  if (maskSpelled) {
    out.push(maskSpelled);
    return;
  }
  if (isSpelledOut(pieces, separators)) {
    const letters = pieces.map(([a]) => cellWord(a, a + 1, false)).filter((w): w is ReadWord => w !== undefined);
    const spelled = letters.length === pieces.length ? spelledRun(letters) : undefined;
    if (spelled) {
      out.push(spelled);
      return;
    }
  }

  // Pieces joined by hyphens make one compound; other separators split words.
  let parts: ReadWord[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const [a, b] = pieces[p];
    const clitic = p > 0 && APOSTROPHES.has(separators[p - 1]) && b - a <= 2 && CLITICS.has(cells.read.slice(a, b).join(""));
    if (!clitic) for (const word of piecesOfWord(a, b, hashtag)) parts.push(word);
    // An apostrophe after a single letter elides the rest of the word: "f'ing", "f'kin".
    const elided = APOSTROPHES.has(separators[p]) && b - a === 1 && cells.kind[a] === LETTER;
    if (p === pieces.length - 1 || !(JOINERS.has(separators[p]) || elided)) {
      if (parts.length > 0) out.push(group(parts, false, mention));
      parts = [];
    }
  }
}

/** "f*u*c*k", "s#h#i#t": letters with one masking character between each, read as separators. */
function maskSeparatedRun(from: number, to: number): ReadGroup | undefined {
  const count = to - from;
  if (count < 5 || count % 2 === 0 || count > 2 * LONGEST_WORD) return undefined;
  for (let i = from; i < to; i++) {
    const expected = (i - from) % 2 === 0 ? LETTER : MASKING;
    if (cells.kind[i] !== expected || (expected === MASKING && cells.char[i] !== cells.char[from + 1])) return undefined;
  }
  const letters: ReadWord[] = [];
  for (let i = from; i < to; i += 2) {
    const letter = cellWord(i, i + 1, false);
    if (!letter) return undefined;
    letters.push(letter);
  }
  return spelledRun(letters);
}

function isSpelledOut(pieces: Array<[number, number]>, separators: string[]): boolean {
  if (pieces.length < 3 || pieces.length > LONGEST_WORD) return false;
  const separator = separators[0];
  if (separator === MULTIPLE || separator === "'" || separator === "’") return false;
  let letters = 0;
  for (let p = 0; p < pieces.length; p++) {
    const [a, b] = pieces[p];
    if (b - a !== 1 || !isWordCell(cells.kind[a]) || cells.kind[a] === OTHER) return false;
    if (p < pieces.length - 1 && separators[p] !== separator) return false;
    if (cells.kind[a] === LETTER) letters++;
  }
  return letters >= 2;
}

/**
 * The words of one piece: digits read as letters only where leet is plausible (sh1t, b00bs,
 * 5hit), otherwise they split the piece (Boston2013, a55); then camelCase parts.
 */
function piecesOfWord(from: number, to: number, inHashtag: boolean): ReadWord[] {
  let literal = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    if (cells.kind[i] === LETTER) literal++;
    else if (cells.kind[i] === DIGIT) digits++;
  }
  const words: ReadWord[] = [];
  let wordStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && cells.kind[i] !== DIGIT) continue;
    if (i === to) {
      if (i > wordStart) words.push(...camelParts(wordStart, i, inHashtag));
      break;
    }
    let runEnd = i;
    while (runEnd < to && cells.kind[runEnd] === DIGIT) runEnd++;
    const leet =
      runEnd - i <= 2 &&
      literal >= 2 &&
      digits <= literal &&
      runEnd < to &&
      isWordCell(cells.kind[runEnd]) &&
      allHaveReading(i, runEnd);
    if (leet) {
      i = runEnd - 1;
      continue;
    }
    if (i > wordStart) words.push(...camelParts(wordStart, i, inHashtag));
    wordStart = runEnd;
    i = runEnd - 1;
  }
  return words;
}

function allHaveReading(from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (cells.read[i] === "") return false;
  return true;
}

/** camelCase and hashtag parts: #FckThis → Fck, This; WTFMonday → WTF, Monday. */
function camelParts(from: number, to: number, inHashtag: boolean): ReadWord[] {
  let hasLower = false;
  for (let i = from; i < to; i++) if (cells.kind[i] === LETTER && !cells.upper[i]) hasLower = true;
  const cuts: number[] = [from];
  if (hasLower) {
    for (let i = from + 1; i < to; i++) {
      if (cells.kind[i] !== LETTER || !cells.upper[i]) continue;
      const before = i - 1;
      const lowerBefore = cells.kind[before] !== LETTER || !cells.upper[before];
      const acronymEnd = !lowerBefore && i + 1 < to && cells.kind[i + 1] === LETTER && !cells.upper[i + 1];
      if (lowerBefore || acronymEnd) cuts.push(i);
    }
  }
  cuts.push(to);
  // Only a real camelCase split: every part after the first starts upper case and has two
  // letters or more; "fUcK" or "sHiT" is one word in random case.
  const split = cuts.length > 2 && cuts.slice(1, -1).every((cut, k) => cuts[k + 2] - cut >= 2);
  if (!split) {
    const word = cellWord(from, to, inHashtag);
    return word ? [word] : [];
  }
  const words: ReadWord[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const word = cellWord(cuts[k], cuts[k + 1], inHashtag);
    if (word) words.push(word);
  }
  return words;
}

/** A word from cells [from, to); undefined when nothing in it is written as a letter. */
function cellWord(from: number, to: number, inHashtag: boolean): ReadWord | undefined {
  if (to - from > LONGEST_WORD) return undefined;
  let letters = "";
  let alternates = "";
  let hasAlternate = false;
  let disguises = 0;
  let literal = 0;
  let uppers = 0;
  let contiguous = true;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    const kind = cells.kind[i];
    const read = kind === MASKING ? MASK : cells.read[i];
    letters += read;
    const alternate = cells.alternate[i];
    alternates += alternate || read;
    if (alternate) hasAlternate = true;
    disguises |= cells.disguise[i];
    if (kind === LETTER) {
      literal++;
      if (cells.upper[i]) uppers++;
    }
    starts.push(cells.start[i]);
    ends.push(cells.end[i]);
    if (cells.end[i] - cells.start[i] !== 1 || (i > from && cells.start[i] !== cells.end[i - 1])) contiguous = false;
  }
  if (literal === 0 && !(to - from === 1 && cells.kind[from] === LEET)) return undefined;
  const word: ReadWord = {
    letters,
    start: cells.start[from],
    end: cells.end[to - 1],
    disguises,
    literal,
    shape: uppers === 0 ? "lower" : cells.upper[from] && uppers === 1 ? "title" : uppers === literal && literal > 1 ? "upper" : cells.upper[from] && literal === 1 ? "title" : "mixed",
    inHashtag,
  };
  if (hasAlternate) word.alternates = alternates;
  if (!contiguous || letters.length !== word.end - word.start) {
    word.starts = starts;
    word.ends = ends;
  }
  return word;
}

/** Letters spelled out one per piece become one word, flagged spaced. */
function spelledRun(letters: ReadWord[]): ReadGroup | undefined {
  const word = joinParts(letters);
  if (word.literal < 2) return undefined;
  word.disguises |= Disguise.spaced;
  // Each piece is one letter: the word's case is the letters' case, capitals counted as upper.
  const uppers = letters.filter((letter) => letter.shape === "title" || letter.shape === "upper").length;
  word.shape = uppers === 0 ? "lower" : uppers === letters.length ? "upper" : "mixed";
  word.inHashtag = false;
  return group([word], true, false);
}

function group(parts: ReadWord[], spaced: boolean, mention: boolean): ReadGroup {
  const whole = parts.length === 1 ? parts[0] : joinParts(parts);
  return { whole, parts, spaced, mention, sentence: -1, sentenceStart: false };
}

function joinParts(parts: ReadWord[]): ReadWord {
  let letters = "";
  let alternates = "";
  let disguises = 0;
  let literal = 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const part of parts) {
    letters += part.letters;
    alternates += part.alternates ?? part.letters;
    disguises |= part.disguises;
    literal += part.literal;
    for (let i = 0; i < part.letters.length; i++) {
      starts.push(part.starts?.[i] ?? part.start + i);
      ends.push(part.ends?.[i] ?? part.start + i + 1);
    }
  }
  const first = parts[0];
  const whole: ReadWord = {
    letters,
    start: first.start,
    end: parts[parts.length - 1].end,
    starts,
    ends,
    disguises,
    literal,
    shape: parts.every((p) => p.shape === "upper") ? "upper" : parts.every((p) => p.shape === "lower") ? "lower" : first.shape === "title" ? "title" : "mixed",
    inHashtag: first.inHashtag,
  };
  if (alternates !== letters) whole.alternates = alternates;
  return whole;
}

function pushGroup(
  groups: ReadGroup[],
  parts: ReadWord[],
  spaced: boolean,
  mention: boolean,
  sentences: { list: Analysis["sentences"]; index: number; seen: number },
  whole: ReadWord = parts.length === 1 ? parts[0] : joinParts(parts),
): void {
  const { list } = sentences;
  while (sentences.index < list.length && list[sentences.index].end <= whole.start) sentences.index++;
  const inside = sentences.index < list.length && list[sentences.index].start <= whole.start;
  const sentence = inside ? sentences.index : -1;
  const sentenceStart = inside && sentences.seen !== sentence;
  if (inside) sentences.seen = sentence;
  groups.push({ whole, parts, spaced, mention, sentence, sentenceStart });
}
