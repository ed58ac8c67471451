// One reading of a text shared by all the rule's checks: the vocabulary matches (one walk of the
// trie), the sentiment and the clause each term belongs to. Built for the post, and for the message
// it replies to.
import type { Analysis, Term } from "../../src/text/analysis.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { getLexicon, type CueCategory, type GeneralizationPart, type Sequences } from "./lexicon.js";
import { scoreSentiment, type Sentiment } from "./sentiment.js";

export interface Reading {
  analysis: Analysis;
  /** Trie matches by category (a phrase in two lists appears under both). */
  cues: Map<CueCategory, PhraseMatch<ReadonlySet<CueCategory>>[]>;
  sentiment: Sentiment;
  /** For each term, the index of its clause (split at . ! ? ; : and line breaks, and at hashtags). */
  clauses: number[];
  /** For each term, its sentiment score (0 when none). */
  termScores: number[];
}

const NO_SPANS: readonly PhraseMatch<unknown>[] = [];

/** Idioms whose words score nothing ("to die for", "killed it"), by start; most posts have none. */
function neutralSpans(cues: Reading["cues"]): readonly PhraseMatch<unknown>[] {
  const idioms = cues.get("idiom");
  const insults = cues.get("insultIdiom");
  const contempt = cues.get("contemptIdiom");
  if (!insults && !contempt) return idioms ?? NO_SPANS;
  return [...(idioms ?? []), ...(insults ?? []), ...(contempt ?? [])].sort((a, b) => a.start - b.start);
}

/** . ! ? ; : … and a line break end a clause. */
function endsClause(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 0x2026 || code === 10;
}

export function read(analysis: Analysis): Reading {
  const cues = new Map<CueCategory, PhraseMatch<ReadonlySet<CueCategory>>[]>();
  for (const match of getLexicon().cues.matchAll(analysis)) {
    for (const category of match.value) {
      const list = cues.get(category);
      if (list) list.push(match);
      else cues.set(category, [match]);
    }
  }
  const sentiment = scoreSentiment(analysis, neutralSpans(cues));
  const termScores: number[] = new Array<number>(analysis.terms.length).fill(0);
  for (const hit of sentiment.hits) if (hit.term >= 0) termScores[hit.term] = hit.score;
  return { analysis, cues, sentiment, clauses: clausesOf(analysis), termScores };
}

export function cuesOf(reading: Reading, category: CueCategory, options: { inHashtags?: boolean } = {}) {
  const matches = reading.cues.get(category) ?? [];
  if (options.inHashtags !== false) return matches;
  return matches.filter((match) => reading.analysis.terms[match.firstTerm].hashtag === undefined);
}

export function has(reading: Reading, category: CueCategory): boolean {
  return reading.cues.has(category);
}

function clausesOf(analysis: Analysis): number[] {
  const { terms, text } = analysis;
  const clauses: number[] = new Array(terms.length);
  let clause = 0;
  for (let i = 0; i < terms.length; i++) {
    if (i > 0) {
      const previous = terms[i - 1];
      if (previous.hashtag !== terms[i].hashtag) clause++;
      else {
        for (let at = previous.end; at < terms[i].start; at++) {
          if (endsClause(text.charCodeAt(at))) {
            clause++;
            break;
          }
        }
      }
    }
    clauses[i] = clause;
  }
  return clauses;
}

export function sameClause(reading: Reading, a: number, b: number): boolean {
  return a >= 0 && b >= 0 && a < reading.clauses.length && b < reading.clauses.length && reading.clauses[a] === reading.clauses[b];
}

/** How many terms one of the sequences covers from `at`, outside hashtags (0 when none matches). */
export function sequenceAt(terms: Term[], at: number, sequences: Sequences): number {
  const first = terms[at];
  const candidates = first === undefined || first.hashtag !== undefined ? undefined : sequences.byFirst.get(first.norm);
  if (!candidates) return 0;
  for (const words of candidates) {
    if (words.every((word, k) => terms[at + k]?.norm === word && terms[at + k].hashtag === undefined)) return words.length;
  }
  return 0;
}

/** How many terms one of the sequences covers ending right before `at`, outside hashtags (0 when none matches). */
export function sequenceBefore(terms: Term[], at: number, sequences: Sequences): number {
  const last = terms[at - 1];
  const candidates = last === undefined || last.hashtag !== undefined ? undefined : sequences.byLast.get(last.norm);
  if (!candidates) return 0;
  for (const words of candidates) {
    const first = at - words.length;
    if (first >= 0 && words.every((word, k) => terms[first + k].norm === word && terms[first + k].hashtag === undefined)) return words.length;
  }
  return 0;
}

/** Index of the last term that ends at or before `offset` (-1 when none), by binary search. */
export function lastTermBefore(reading: Reading, offset: number): number {
  const terms = reading.analysis.terms;
  let low = 0;
  let high = terms.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (terms[middle].end <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Sum of the negative word sentiment in each clause. */
export function clauseNegativity(reading: Reading): number[] {
  return clauseSums(reading, (score) => score < 0);
}

/** Per clause, the sum of its positive word scores. */
export function clausePositivity(reading: Reading): number[] {
  return clauseSums(reading, (score) => score > 0);
}

function clauseSums(reading: Reading, counts: (score: number) => boolean): number[] {
  const sums: number[] = new Array<number>((reading.clauses.at(-1) ?? 0) + 1).fill(0);
  reading.termScores.forEach((score, term) => {
    if (counts(score)) sums[reading.clauses[term]] += score;
  });
  return sums;
}

/** Spans sorted by start, not overlapping (as one matchAll returns them): "is this inside one?" in log time. */
export class SpanIndex {
  private readonly spans: readonly { start: number; end: number }[];

  constructor(spans: readonly { start: number; end: number }[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
  }

  contains(start: number, end: number): boolean {
    let low = 0;
    let high = this.spans.length - 1;
    let candidate = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.spans[middle].start <= start) {
        candidate = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return candidate >= 0 && end <= this.spans[candidate].end;
  }
}

const partsCache = new WeakMap<Reading, PhraseMatch<ReadonlySet<GeneralizationPart>>[]>();

/** The generalization vocabulary's matches (groups, scopes, brags…), outside hashtags, once per reading. */
export function generalizationParts(reading: Reading): PhraseMatch<ReadonlySet<GeneralizationPart>>[] {
  let parts = partsCache.get(reading);
  if (!parts) {
    const terms = reading.analysis.terms;
    parts = getLexicon()
      .generalization.matchAll(reading.analysis)
      .filter((match) => terms[match.firstTerm].hashtag === undefined);
    partsCache.set(reading, parts);
  }
  return parts;
}
