// Dictionary segmentation of run-on hashtags (#prayforboston → pray for boston), keeping offsets.
// Case and digits already split a hashtag (hashtags.ts); a tag written in one case needs a
// dictionary: the most probable split by word frequency (a Zipf cost, as in Norvig's classic
// segmenter), plus the next-best readings, so a rule can see that #nowthatchersdead also reads
// "now that cher's dead". The word list is data (wordfreq.txt), loaded on first use.
import { readFileSync } from "node:fs";
import type { Analysis, Term } from "./analysis.js";
import type { Hashtag, HashtagPart } from "./hashtags.js";

/** One word of a reading, with offsets into the post's text. */
export interface Segment {
  text: string;
  norm: string;
  start: number;
  end: number;
  /** The word is in the frequency list (or is a possessive/plural "s" after such a word). */
  known: boolean;
}

export interface Reading {
  words: Segment[];
  /** Lower is more probable; comparable between readings of the same text. */
  cost: number;
}

interface Dictionary {
  rank: Map<string, number>;
  /** ln(size): the Zipf normaliser. */
  logSize: number;
  longest: number;
}

// A word outside the list costs more than the rarest listed word, and more the longer it is,
// so the segmenter prefers real words but can still carry a brand name or a typo through.
const UNKNOWN_BASE = 6;
const UNKNOWN_PER_CHAR = 2.6;
// "thatchers" = "thatcher" + possessive or plural s, when the whole form is not listed.
const SUFFIX_S_COST = 1.2;
const MAX_READINGS = 6;
// Longer "words" in the list are compounds and oddities; a hashtag never needs them as one piece.
const MAX_WORD_LENGTH = 18;
const CACHE_LIMIT = 20_000;
// No hashtag people read is longer; past this a part is kept whole (and the cost stays bounded).
const MAX_SEGMENTABLE_LENGTH = 64;

let dictionary: Dictionary | undefined;
const cache = new Map<string, RawReading[]>();

function loadDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const text = readFileSync(new URL("./wordfreq.txt", import.meta.url), "utf8");
  const rank = new Map<string, number>();
  let longest = 1;
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    rank.set(line, rank.size + 1);
    if (line.length > longest) longest = line.length;
  }
  dictionary = { rank, logSize: Math.log(rank.size), longest };
  return dictionary;
}

/** Frequency rank of a lower-case word (1 = most frequent), or undefined when unlisted. */
export function wordRank(word: string): number | undefined {
  return loadDictionary().rank.get(word);
}

const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower-cases and strips diacritics one character at a time, so offsets stay aligned. */
export function foldDiacritics(text: string): string {
  if (ASCII_RE.test(text)) return text.toLowerCase();
  let out = "";
  for (const char of text.toLowerCase()) {
    const base = char.normalize("NFD").replace(/\p{M}/gu, "");
    out += base.length === char.length ? base : char;
  }
  return out;
}

interface RawWord {
  from: number;
  to: number;
  known: boolean;
}

interface RawReading {
  words: RawWord[];
  cost: number;
}

interface Step {
  cost: number;
  /** Prefix length this step continues from, and which of its readings. */
  from: number;
  rank: number;
  words: RawWord[];
}

/**
 * The best readings of a lower-case a–z string, most probable first (k-best Viterbi over
 * split points). Cached: the same tags recur across a batch of posts.
 */
function readingsOf(letters: string): RawReading[] {
  const cached = cache.get(letters);
  if (cached) return cached;
  const dict = loadDictionary();
  const n = letters.length;
  const best: Step[][] = [[{ cost: 0, from: -1, rank: 0, words: [] }]];
  const longest = Math.min(dict.longest, MAX_WORD_LENGTH);
  for (let end = 1; end <= n; end++) {
    const top: Step[] = [];
    for (let start = Math.max(0, end - longest); start < end; start++) {
      for (const choice of wordChoices(letters.slice(start, end), start, dict)) {
        const previous = best[start];
        for (let rank = 0; rank < previous.length; rank++) {
          insertBounded(top, { cost: previous[rank].cost + choice.cost, from: start, rank, words: choice.words });
        }
      }
    }
    best.push(top);
  }
  const readings: RawReading[] = [];
  const seen = new Set<string>();
  for (const last of best[n]) {
    const words: RawWord[] = [];
    let step: Step | undefined = last;
    while (step && step.from >= 0) {
      words.unshift(...step.words);
      step = best[step.from][step.rank];
    }
    const key = words.map((word) => `${word.from}:${word.to}`).join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    readings.push({ words, cost: last.cost });
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(letters, readings);
  return readings;
}

/** Keeps `top` sorted by cost and at most MAX_READINGS long. */
function insertBounded(top: Step[], step: Step): void {
  if (top.length === MAX_READINGS && step.cost >= top[MAX_READINGS - 1].cost) return;
  let at = top.length;
  while (at > 0 && top[at - 1].cost > step.cost) at--;
  top.splice(at, 0, step);
  if (top.length > MAX_READINGS) top.pop();
}

function wordChoices(word: string, start: number, dict: Dictionary): Array<{ cost: number; words: RawWord[] }> {
  const end = start + word.length;
  const rank = dict.rank.get(word);
  if (rank !== undefined) return [{ cost: zipfCost(rank, dict), words: [{ from: start, to: end, known: true }] }];
  const choices = [{ cost: unknownCost(word.length, dict), words: [{ from: start, to: end, known: false }] }];
  if (word.length > 3 && word.endsWith("s")) {
    const stemRank = dict.rank.get(word.slice(0, -1));
    if (stemRank !== undefined) {
      choices.push({
        cost: zipfCost(stemRank, dict) + SUFFIX_S_COST,
        words: [
          { from: start, to: end - 1, known: true },
          { from: end - 1, to: end, known: true },
        ],
      });
    }
  }
  return choices;
}

function zipfCost(rank: number, dict: Dictionary): number {
  return Math.log(rank * dict.logSize);
}

function unknownCost(length: number, dict: Dictionary): number {
  return Math.log(dict.rank.size * dict.logSize) + UNKNOWN_BASE + UNKNOWN_PER_CHAR * length;
}

/**
 * Readings of a word written in one case ("prayforboston", "PRAYFORBOSTON", "Prayforboston"),
 * starting at `offset` in the post's text. A word with anything but letters a–z (after folding
 * diacritics) is returned whole.
 */
export function segmentWord(text: string, offset = 0, limit = 1): Reading[] {
  const letters = foldDiacritics(text);
  if (letters.length !== text.length || letters.length > MAX_SEGMENTABLE_LENGTH || !/^[a-z]+$/.test(letters)) {
    return [{ words: [{ text, norm: letters, start: offset, end: offset + text.length, known: false }], cost: 0 }];
  }
  return readingsOf(letters)
    .slice(0, limit)
    .map((reading) => ({
      cost: reading.cost,
      words: reading.words.map((word) => ({
        text: text.slice(word.from, word.to),
        norm: letters.slice(word.from, word.to),
        start: offset + word.from,
        end: offset + word.to,
        known: word.known,
      })),
    }));
}

/**
 * The most probable reading of `text` that has a word exactly at [from, to) (indexes into
 * `text`), made of the best readings of what comes before and after it; undefined when the
 * word or the rest holds an unlisted word. It answers "could #susanalbumparty be read with
 * 'anal' in it, and how much less likely is that?".
 */
export function readingWith(text: string, offset: number, from: number, to: number): Reading | undefined {
  const letters = foldDiacritics(text);
  if (letters.length !== text.length || letters.length > MAX_SEGMENTABLE_LENGTH || !/^[a-z]+$/.test(letters) || from < 0 || to > letters.length || from >= to) {
    return undefined;
  }
  const dict = loadDictionary();
  const rank = dict.rank.get(letters.slice(from, to));
  if (rank === undefined) return undefined;
  const before = from > 0 ? segmentWord(text.slice(0, from), offset)[0] : { words: [], cost: 0 };
  const after = to < text.length ? segmentWord(text.slice(to), offset + to)[0] : { words: [], cost: 0 };
  const middle: Segment = { text: text.slice(from, to), norm: letters.slice(from, to), start: offset + from, end: offset + to, known: true };
  const words = [...before.words, middle, ...after.words];
  if (words.some((word) => !word.known)) return undefined;
  return { words, cost: before.cost + zipfCost(rank, dict) + after.cost };
}

/** Letters in one case throughout: lower, upper, or a capital and then lower case. */
const ONE_CASE_RE = /^(?:\p{Ll}+|\p{Lu}+|\p{Lu}\p{Ll}+)$/u;
const LETTER_START_RE = /^\p{L}/u;

/**
 * Whether a hashtag part was written without word boundaries the author chose: the tag has no
 * case changes between letters (#prayforboston, #PRAYFORBOSTON, #Prayforboston2013). Parts of
 * a CamelCase tag are taken as written, which also spares loading the dictionary for them.
 */
export function needsSegmentation(hashtag: Hashtag, part: HashtagPart): boolean {
  if (part.text.length < 4 || !ONE_CASE_RE.test(part.text)) return false;
  let letterParts = 0;
  for (const other of hashtag.parts) if (LETTER_START_RE.test(other.text)) letterParts++;
  return letterParts === 1;
}

/**
 * Readings of a whole hashtag: parts split by case and digits are kept; run-on parts are split
 * by the dictionary. The first reading is the most probable; the others vary one run-on part.
 */
export function segmentHashtag(hashtag: Hashtag, limit = 1): Reading[] {
  const perPart = hashtag.parts.map((part) =>
    needsSegmentation(hashtag, part)
      ? segmentWord(part.text, part.start, limit)
      : [{ words: [{ ...part, norm: foldDiacritics(part.text), known: true }], cost: 0 }],
  );
  const bestWords = perPart.flatMap((readings) => readings[0].words);
  const bestCost = perPart.reduce((sum, readings) => sum + readings[0].cost, 0);
  const readings: Reading[] = [{ words: bestWords, cost: bestCost }];
  perPart.forEach((partReadings, index) => {
    for (const alternative of partReadings.slice(1)) {
      const words = perPart.flatMap((other, at) => (at === index ? alternative.words : other[0].words));
      readings.push({ words, cost: bestCost - partReadings[0].cost + alternative.cost });
    }
  });
  return readings.sort((a, b) => a.cost - b.cost).slice(0, limit);
}

/**
 * The analysis's terms with every run-on hashtag part replaced by the words of its best
 * reading, so phrase matchers see "pray for boston" in #prayforboston.
 */
export function segmentedTerms(analysis: Analysis): Term[] {
  const runOn = new Set<number>();
  for (const hashtag of analysis.hashtags) {
    for (const part of hashtag.parts) if (needsSegmentation(hashtag, part)) runOn.add(part.start);
  }
  if (runOn.size === 0) return analysis.terms;
  const terms: Term[] = [];
  for (const term of analysis.terms) {
    if (term.hashtag === undefined || !runOn.has(term.start)) {
      terms.push(term);
      continue;
    }
    for (const word of segmentWord(term.text, term.start)[0].words) {
      terms.push({ text: word.text, norm: word.norm, start: word.start, end: word.end, hashtag: term.hashtag });
    }
  }
  return terms;
}
