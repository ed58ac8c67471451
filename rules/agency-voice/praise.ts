// Praise that a word list cannot hold, because it is a shape rather than a phrase: a superlative
// with a scope ("the cheapest flat white in town"), a measured before-and-after ("took our payroll
// run from 6 hours to 1") and an effect of ease ("made payroll painless"). Each walks the terms once,
// looking a bounded number of terms ahead, so the cost stays linear.
import type { Analysis, Term } from "../../src/text/analysis.js";
import { isBrandTerm } from "./brand-terms.js";
import type { Vocabulary } from "./vocabulary.js";

export interface PraiseShape {
  /** Index of the term the shape starts at (the superlative or the verb). */
  firstTerm: number;
  start: number;
  end: number;
}

/** Every praise shape in the post, in text order. `sentenceOf` maps an offset to its sentence. */
export function findPraiseShapes(analysis: Analysis, vocab: Vocabulary, sentenceOf: (offset: number) => number): PraiseShape[] {
  const { terms } = analysis;
  const scopes = endsByStart(vocab.superlativeScopes.matchAll(analysis));
  const ease = endsByStart(vocab.easeWords.matchAll(analysis));
  const shapes: PraiseShape[] = [];
  for (let at = 0; at < terms.length; at++) {
    const term = terms[at];
    if (term.hashtag !== undefined) continue;
    let end: number | undefined;
    if (vocab.scopedSuperlatives.has(term.norm)) end = ahead(terms, at, vocab.superlativeReach, sentenceOf, (next) => scopes.get(terms[next].start) ?? place(terms, next, vocab));
    else if (vocab.makeVerbs.has(term.norm)) end = ahead(terms, at, vocab.makeReach, sentenceOf, (next) => ease.get(terms[next].start));
    else if (vocab.changeVerbs.has(term.norm)) {
      let own = false;
      end = ahead(terms, at, vocab.changeReach, sentenceOf, (next) => {
        own ||= vocab.changeObjects.has(terms[next].norm);
        return own ? measuredChange(terms, next, vocab) : undefined;
      });
    }
    if (end !== undefined) shapes.push({ firstTerm: at, start: term.start, end });
  }
  return shapes;
}

// Looks at the next `reach` terms (same sentence, outside hashtags) for the first at which `found`
// gives the end offset of the shape.
function ahead(terms: Term[], from: number, reach: number, sentenceOf: (offset: number) => number, found: (at: number) => number | undefined): number | undefined {
  const sentence = sentenceOf(terms[from].start);
  const end = Math.min(terms.length, from + 1 + reach);
  for (let at = from + 1; at < end; at++) {
    if (terms[at].hashtag !== undefined || sentenceOf(terms[at].start) !== sentence) return undefined;
    const last = found(at);
    if (last !== undefined) return last;
  }
  return undefined;
}

// "in Leeds", "in NYC": a capitalised name after "in" is a place scope (not the brand, a month or a
// day). The end offset of the place, or undefined.
function place(terms: Term[], at: number, vocab: Vocabulary): number | undefined {
  const name = terms[at + 1];
  if (terms[at].norm !== "in" || !name || name.hashtag !== undefined || isBrandTerm(name) || vocab.notPlaces.has(name.norm)) return undefined;
  const initial = name.text[0] ?? "";
  return initial !== initial.toLowerCase() ? name.end : undefined;
}

// "from 6 days to 2", "by 40%", "in half", "down to 2 days", starting at `at`: the end offset of
// the change, or undefined.
function measuredChange(terms: Term[], at: number, vocab: Vocabulary): number | undefined {
  const last = measuredChangeEnd(terms, at, vocab);
  if (last === undefined) return undefined;
  // Take the unit along: "to 2 days", not "to 2".
  return isMeasure(terms[last + 1], vocab) ? terms[last + 1].end : terms[last].end;
}

function measuredChangeEnd(terms: Term[], at: number, vocab: Vocabulary): number | undefined {
  const norm = terms[at].norm;
  if (norm === "by") return isMeasure(terms[at + 1], vocab) ? at + 1 : undefined;
  if (norm === "in") return terms[at + 1]?.norm === "half" ? at + 1 : undefined;
  if (norm === "down") return terms[at + 1]?.norm === "to" && isMeasure(terms[at + 2], vocab) ? at + 2 : undefined;
  if (norm !== "from") return undefined;
  const before = measureWithin(terms, at + 1, 2, vocab);
  if (before === undefined) return undefined;
  for (let to = before + 1; to < Math.min(terms.length, before + 4); to++) {
    if (terms[to].norm === "to") return measureWithin(terms, to + 1, 2, vocab);
  }
  return undefined;
}

function measureWithin(terms: Term[], from: number, count: number, vocab: Vocabulary): number | undefined {
  for (let at = from; at < Math.min(terms.length, from + count); at++) if (isMeasure(terms[at], vocab)) return at;
  return undefined;
}

const DIGIT_RE = /^\d/;

function isMeasure(term: Term | undefined, vocab: Vocabulary): boolean {
  return term !== undefined && term.hashtag === undefined && (DIGIT_RE.test(term.norm) || vocab.measureWords.has(term.norm));
}

// Each match's end offset, keyed by its start offset.
function endsByStart(matches: Array<{ start: number; end: number }>): Map<number, number> {
  return new Map(matches.map((match) => [match.start, match.end]));
}
