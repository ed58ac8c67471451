// Run-on hashtags that read two ways, one of them offensive or about a death:
// #susanalbumparty ("sus anal bum party"), #nowthatchersdead ("now that cher's dead").
import type { Analysis, Term } from "../../src/text/analysis.js";
import type { Hashtag } from "../../src/text/hashtags.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { needsSegmentation, readingWith, segmentWord, type Reading, type Segment } from "../../src/text/segment.js";
import type { TagPhrase, Vocabulary } from "./vocabulary.js";

export interface Ambiguity {
  intended: string;
  other: string;
  /** The hashtag in CamelCase, read the intended way. */
  suggestion: string;
  /**
   * Set when the likeliest reading is the offensive one (#powergenitalia → "power genitalia"):
   * words of the clean reading that show, when the post's own words hold one ("Ciao Italia!"),
   * that the author meant it. Without one the tag may mean what it says (#molestationawareness).
   */
  tells?: string[];
}

// How much less probable (in nats of the word-frequency model) another reading may be and still
// be one a reader might see. A reading with an offensive word gets a wider margin: readers'
// eyes find those words (that is the joke every time), so a rarer split still counts.
const SENSE_MARGIN = 5.5;
const OFFENSIVE_MARGIN = 18;
const READINGS = 6;
// A word of the clean reading must be this long to show it is meant: "sup" or "gen" in a post proves nothing.
const MIN_TELL_LENGTH = 4;

export function findAmbiguity(hashtag: Hashtag, vocabulary: Vocabulary): Ambiguity | undefined {
  for (const part of hashtag.parts) {
    if (!needsSegmentation(hashtag, part)) continue;
    const readings = segmentWord(part.text, part.start, READINGS);
    const best = readings[0];
    // A single word or a split with an unknown word has no second reading worth warning about.
    if (best.words.length < 2 || best.words.some((word) => !word.known)) continue;
    const suggest = (words: Segment[]) => hashtag.text.slice(0, part.start - hashtag.start) + camelCase(words) + hashtag.text.slice(part.end - hashtag.start);
    const other = otherReading(part.text, part.start, readings, vocabulary);
    if (other) return { intended: spoken(best.words), other: spoken(other.words), suggestion: suggest(best.words) };
    const clean = cleanReading(readings, vocabulary);
    if (clean) {
      const bestWords = new Set(best.words.map((word) => word.norm));
      const tells = clean.words.map((word) => word.norm).filter((word) => !bestWords.has(word) && word.length >= MIN_TELL_LENGTH);
      if (tells.length > 0) return { intended: spoken(clean.words), other: spoken(best.words), suggestion: suggest(clean.words), tells };
    }
  }
  return undefined;
}

function otherReading(text: string, offset: number, readings: Reading[], vocabulary: Vocabulary): Reading | undefined {
  const best = readings[0];
  const bestWords = new Set(best.words.map((word) => word.norm));
  const bestSensitive = sensitiveMatches(best.words, vocabulary);
  for (const alternative of readings.slice(1)) {
    if (alternative.cost > best.cost + SENSE_MARGIN) break;
    if (!isReadable(alternative, bestWords)) continue;
    if (alternative.words.some((word) => !bestWords.has(word.norm) && vocabulary.offensive.includes(word.norm))) return alternative;
    const sensitive = sensitiveMatches(alternative.words, vocabulary);
    if (sensitive.some((match) => !bestSensitive.some((same) => same.phrase === match.phrase))) return alternative;
    // Both readings are about a death, but of someone else: the words outside it differ.
    for (const shared of bestSensitive) {
      if (!sensitive.some((match) => match.phrase === shared.phrase)) continue;
      if (boundariesDiffer(best.words, alternative.words, shared.start, shared.end)) return alternative;
    }
  }
  // Offensive words the k-best list is too short to reach.
  const letters = text.toLowerCase();
  for (const word of vocabulary.offensive) {
    for (let at = letters.indexOf(word); at >= 0; at = letters.indexOf(word, at + 1)) {
      const from = offset + at;
      const to = from + word.length;
      if (best.words.some((segment) => segment.start === from && segment.end === to)) continue;
      // Cutting one word into pieces (cocktail → cock tail, sussex → sus sex) is how every
      // compound looks; only a close second reading counts then. Re-cutting across the words
      // (susan|album → sus|anal|bum) is what readers actually trip on.
      const inOneWord = best.words.some((segment) => segment.start <= from && segment.end >= to);
      const reading = readingWith(text, offset, at, at + word.length);
      if (reading && isReadable(reading, bestWords) && reading.cost <= best.cost + (inOneWord ? SENSE_MARGIN : OFFENSIVE_MARGIN)) return reading;
    }
  }
  return undefined;
}

/**
 * When the likeliest reading holds an offensive word, a readable reading without it that cuts
 * that word apart, close enough to be what the author meant ("power gen italia" for
 * #powergenitalia). A tag whose every reading keeps the word (#mobydick) has no clean reading.
 */
function cleanReading(readings: Reading[], vocabulary: Vocabulary): Reading | undefined {
  const [best] = readings;
  const offensive = best.words.filter((word) => vocabulary.offensive.includes(word.norm));
  if (offensive.length === 0) return undefined;
  const bestWords = new Set(best.words.map((word) => word.norm));
  return readings.slice(1).find(
    (reading) =>
      reading.cost <= best.cost + OFFENSIVE_MARGIN &&
      isReadable(reading, bestWords) &&
      !reading.words.some((word) => vocabulary.offensive.includes(word.norm)) &&
      offensive.every((word) => !reading.words.some((other) => other.start === word.start && other.end === word.end)),
  );
}

/**
 * A second reading people would actually see: listed words only, and none of the new ones a
 * scrap of one or two letters ("ha it i earthquake" is not a reading of #haitiearthquake).
 */
function isReadable(reading: Reading, bestWords: Set<string>): boolean {
  return reading.words.every((word) => word.known && (bestWords.has(word.norm) || word.norm.length >= 3));
}

function sensitiveMatches(words: Segment[], vocabulary: Vocabulary): PhraseMatch<TagPhrase>[] {
  return vocabulary.tagPhrases.matchAll(wordsAsAnalysis(words)).filter((match) => match.value.kind === "tag");
}

/** A word boundary that one reading has and the other has not, outside [start, end). */
function boundariesDiffer(a: Segment[], b: Segment[], start: number, end: number): boolean {
  const outside = (words: Segment[]) =>
    new Set(words.map((word) => word.end).filter((at) => at <= start || at >= end));
  const left = outside(a);
  const right = outside(b);
  if (left.size !== right.size) return true;
  for (const at of left) if (!right.has(at)) return true;
  return false;
}

/** The phrase matcher walks `terms` only; the rest of an analysis stays empty. */
export function wordsAsAnalysis(words: Array<Pick<Term, "norm" | "text" | "start" | "end">>): Analysis {
  const terms: Term[] = words.map((word) => ({ norm: word.norm, text: word.text, start: word.start, end: word.end, hashtag: 0 }));
  return { text: "", tokens: [], words: [], hashtags: [], mentions: [], urls: [], emails: [], cashtags: [], emoji: [], sentences: [], terms };
}

function isSuffixS(word: Segment, index: number): boolean {
  return index > 0 && word.norm === "s";
}

function spoken(words: Segment[]): string {
  return words.map((word, index) => (isSuffixS(word, index) ? "'s" : (index > 0 ? " " : "") + word.norm)).join("");
}

function camelCase(words: Segment[]): string {
  return words
    .map((word, index) => (isSuffixS(word, index) ? "s" : word.norm.charAt(0).toUpperCase() + word.norm.slice(1)))
    .join("");
}
