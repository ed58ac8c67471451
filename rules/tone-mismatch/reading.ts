// One reading of a text shared by all the rule's checks: the vocabulary matches (one walk of the
// trie), the sentiment and the clause each term belongs to. Built for the post, and for the message
// it replies to.
import type { Analysis } from "../../src/text/analysis.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { getLexicon, type CueCategory } from "./lexicon.js";
import { scoreSentiment, type Sentiment } from "./sentiment.js";

export interface Reading {
  analysis: Analysis;
  /** Trie matches by category (a phrase in two lists appears under both). */
  cues: Map<CueCategory, PhraseMatch<ReadonlySet<CueCategory>>[]>;
  sentiment: Sentiment;
  /** For each term, the index of its clause (split at . ! ? ; : and line breaks, and at hashtags). */
  clauses: number[];
}

const CLAUSE_ENDS = ".!?;:…\n";

export function read(analysis: Analysis): Reading {
  const cues = new Map<CueCategory, PhraseMatch<ReadonlySet<CueCategory>>[]>();
  for (const match of getLexicon().cues.matchAll(analysis)) {
    for (const category of match.value) {
      const list = cues.get(category);
      if (list) list.push(match);
      else cues.set(category, [match]);
    }
  }
  const neutral = [...(cues.get("idiom") ?? []), ...(cues.get("insultIdiom") ?? []), ...(cues.get("contemptIdiom") ?? [])];
  return { analysis, cues, sentiment: scoreSentiment(analysis, neutral), clauses: clausesOf(analysis) };
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
          if (CLAUSE_ENDS.includes(text[at])) {
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

/** Sum of the negative sentiment in the clause of term `index`, leaving out terms in [skipFrom, skipTo). */
export function clauseNegativity(reading: Reading, index: number, skipFrom = -1, skipTo = -1): number {
  const clause = reading.clauses[index];
  let sum = 0;
  for (const hit of reading.sentiment.hits) {
    if (hit.term < 0 || hit.score >= 0 || reading.clauses[hit.term] !== clause) continue;
    if (hit.term >= skipFrom && hit.term < skipTo) continue;
    sum += hit.score;
  }
  return sum;
}

/** True when the span [start, end) lies inside one of the matches. */
export function inside(matches: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const match of matches) if (match.start <= start && end <= match.end) return true;
  return false;
}
