// Praise that a word list cannot hold, because it is a shape rather than a phrase: a superlative
// with a scope ("the cheapest flat white in town"), a measured before-and-after ("took our payroll
// run from 6 hours to 1"), an effect of ease ("made payroll painless"), praise that holds only at
// the end of a clause ("Emberwake rules 🔥", "the specials are ELITE") and a comparison sign
// ("Acme > the rest"). Each walks the terms once, looking a bounded number of terms ahead, so the
// cost stays linear.
import type { Analysis, Term } from "../../src/text/analysis.js";
import { BRAND_WORD, isBrandTerm } from "./brand-terms.js";
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

// A clause ends at the end of the post, a line break, sentence or list punctuation, a closing
// bracket, or an emoji: "Acme rules 🔥", "are ELITE!", but not "Acme rules on returns" or
// "Rules: no bags".
const CLAUSE_END_RE = /^\s*(?:[\n.!?,;)…]|\p{Extended_Pictographic})/u;
const END_LOOK = 64;

export function endsClause(text: string, from: number, next: Term | undefined): boolean {
  const to = next ? next.start : Math.min(text.length, from + END_LOOK);
  const rest = text.slice(from, to);
  return CLAUSE_END_RE.test(rest) || (to === text.length && rest.trim() === "");
}

/**
 * Praise that holds only in a tight frame: a verb right after the brand at the end of a clause
 * ("Emberwake rules 🔥"), a slang adjective after a linking word ("the specials are ELITE"), or
 * being hooked on it ("can't stop playing it").
 */
export function findClauseEndPraise(analysis: Analysis, vocab: Vocabulary): PraiseShape[] {
  const { terms, text } = analysis;
  const shapes: PraiseShape[] = [];
  const predicates = vocab.predicatePraise.matchAll(analysis, { inHashtags: false });
  for (const match of predicates) {
    const before = terms[match.firstTerm - 1];
    const last = terms[match.firstTerm + match.termCount - 1];
    if (!before || before.hashtag !== undefined || !vocab.predicateLinks.has(before.norm)) continue;
    if (endsClause(text, last.end, terms[match.firstTerm + match.termCount])) shapes.push({ firstTerm: match.firstTerm, start: match.start, end: match.end });
  }
  // "can't stop playing it": the frame, a verb in -ing, and the thing (or the brand) as its object.
  for (const frame of vocab.hookedFrames.matchAll(analysis, { inHashtags: false })) {
    const verb = terms[frame.firstTerm + frame.termCount];
    const object = terms[frame.firstTerm + frame.termCount + 1];
    if (!verb || !object || verb.hashtag !== undefined || object.hashtag !== undefined || !verb.norm.endsWith("ing")) continue;
    if (vocab.hookedObjects.has(object.norm) || object.norm === BRAND_WORD) shapes.push({ firstTerm: frame.firstTerm, start: frame.start, end: object.end });
  }
  for (let at = 1; at < terms.length; at++) {
    const term = terms[at];
    if (term.hashtag !== undefined || !vocab.brandVerbs.has(term.norm)) continue;
    let subject = at - 1;
    if (vocab.verbAdverbs.has(terms[subject].norm) && subject > 0) subject--;
    // The brand as the subject, not its possessive: "Acme's rules." are regulations.
    if (terms[subject].norm !== BRAND_WORD || terms[subject].hashtag !== undefined) continue;
    if (endsClause(text, term.end, terms[at + 1])) shapes.push({ firstTerm: at, start: terms[subject].start, end: term.end });
  }
  return shapes.sort((a, b) => a.start - b.start);
}

/**
 * "Acme bikes > every other brand": the brand on the greater side of ">" with everyone else on
 * the other, or "Globex < Acme", in one sentence. A figure after the sign is a threshold ("orders
 * > $50"), "->" or "=>" an arrow, and "Leeds > Otley > Ilkley" a route.
 */
export function findComparisons(analysis: Analysis, vocab: Vocabulary, sentenceOf: (offset: number) => number): PraiseShape[] {
  const { tokens, terms } = analysis;
  const shapes: PraiseShape[] = [];
  const rivals = new Set(vocab.comparisonRivals.matchAll(analysis, { inHashtags: false }).map((match) => match.start));
  let termAt = 0;
  for (let index = 1; index + 1 < tokens.length; index++) {
    const sign = tokens[index];
    if (sign.kind !== "punct" || (sign.text !== ">" && sign.text !== "<")) continue;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (next.kind !== "word" || (previous.kind === "punct" && "-=<>".includes(previous.text))) continue;
    while (termAt < terms.length && terms[termAt].end <= sign.start) termAt++;
    const sentence = sentenceOf(sign.start);
    const brandBefore = brandInSentence(terms, termAt - 1, -1, sentence, sentenceOf);
    const brandAfter = brandInSentence(terms, termAt, 1, sentence, sentenceOf);
    const favoured = sign.text === ">" ? brandBefore && !brandAfter : brandAfter && !brandBefore;
    // The other side is everyone else ("> every other supermarket"), or the brand is on it ("Coles < Acme").
    const against = sign.text === ">" ? rivals.has(next.start) : brandAfter;
    if (favoured && against && termAt < terms.length) shapes.push({ firstTerm: termAt, start: sign.start, end: next.end });
  }
  return shapes;
}

// A brand term from `from`, stepping by `step`, within the sentence (a bounded look: a comparison
// is short).
const COMPARISON_REACH = 8;

function brandInSentence(terms: Term[], from: number, step: number, sentence: number, sentenceOf: (offset: number) => number): boolean {
  for (let at = from, seen = 0; at >= 0 && at < terms.length && seen < COMPARISON_REACH; at += step, seen++) {
    if (sentenceOf(terms[at].start) !== sentence) return false;
    if (isBrandTerm(terms[at])) return true;
  }
  return false;
}

// Punctuation between two words of a noun phrase that ends it.
const PHRASE_BREAK_RE = /[,;:.!?()[\]\n—–]/;

/**
 * The brand judged by name: the brand as the subject of a quality word at the end of a clause
 * ("the Acme app is slick", "Acme's prices are fair", "Acme is so good"), a verdict right after
 * the brand ("Acme 100%", "Acme, hands down."), or the people behind it hailed ("absolute
 * legends", "you heroes"). The quality words are praise only when said of the brand: "the roads
 * are slick", "the weather is good" are not.
 */
export function findBrandVerdicts(analysis: Analysis, vocab: Vocabulary): PraiseShape[] {
  const { terms, text } = analysis;
  const shapes: PraiseShape[] = [];
  for (let at = 0; at < terms.length; at++) {
    const term = terms[at];
    if (term.hashtag !== undefined) continue;
    if (vocab.praiseNouns.has(term.norm)) {
      const hailed = hailedBy(terms, at, vocab);
      if (hailed !== undefined) shapes.push({ firstTerm: at, start: terms[hailed].start, end: term.end });
      continue;
    }
    if (!isBrandTerm(term)) continue;
    const shape = subjectPraise(analysis, at, vocab) ?? (term.norm === BRAND_WORD ? verdictAfter(text, terms, at, vocab) : undefined);
    if (shape) shapes.push(shape);
  }
  return shapes;
}

// "absolute legends", "what a lifesaver", "you stars": the index of the word that hails.
function hailedBy(terms: Term[], at: number, vocab: Vocabulary): number | undefined {
  let before = at - 1;
  if (before > 0 && ARTICLES.has(terms[before].norm)) before--;
  const word = terms[before];
  return before >= 0 && word.hashtag === undefined && vocab.praiseHailers.has(word.norm) ? before : undefined;
}

// The brand, up to `subjectReach` words of its noun phrase, a linking word, intensifiers, and a
// quality word at the end of the clause.
function subjectPraise(analysis: Analysis, brand: number, vocab: Vocabulary): PraiseShape | undefined {
  const { terms, text } = analysis;
  const before = terms[brand - 1];
  if (before && before.hashtag === undefined && vocab.prepositions.has(before.norm)) return undefined;
  const last = Math.min(terms.length - 1, brand + 1 + vocab.subjectReach);
  for (let at = brand + 1; at <= last; at++) {
    const term = terms[at];
    if (term.hashtag !== undefined || PHRASE_BREAK_RE.test(text.slice(terms[at - 1].end, term.start))) return undefined;
    if (!vocab.subjectLinks.has(term.norm)) {
      if (vocab.subjectStops.has(term.norm) || vocab.prepositions.has(term.norm) || isBrandTerm(term)) return undefined;
      continue;
    }
    let quality = at + 1;
    while (quality < terms.length && quality <= at + 2 && vocab.qualityAdverbs.has(terms[quality].norm)) quality++;
    const word = terms[quality];
    if (!word || word.hashtag !== undefined || !vocab.qualityWords.has(word.norm)) return undefined;
    const next = terms[quality + 1];
    // "the Acme app is good?" asks.
    if (text.slice(word.end, next ? next.start : text.length).trimStart().startsWith("?")) return undefined;
    const closes = endsClause(text, word.end, next) || (next !== undefined && next.hashtag === undefined && vocab.qualityTails.has(next.norm) && !PHRASE_BREAK_RE.test(text.slice(word.end, next.start)));
    return closes ? { firstTerm: quality, start: terms[brand].start, end: word.end } : undefined;
  }
  return undefined;
}

// "Acme 100%", "Acme, every time.": a verdict of up to three words right after the brand (a comma
// may stand between), ending its clause. "Acme 100% recycled" describes a product.
function verdictAfter(text: string, terms: Term[], brand: number, vocab: Vocabulary): PraiseShape | undefined {
  if (!opensClause(text, terms, brand) && !(vocab.verdictLeads.has(terms[brand - 1].norm) && opensClause(text, terms, brand - 1))) return undefined;
  const gap = terms[brand + 1] ? text.slice(terms[brand].end, terms[brand + 1].start) : "";
  if (!VERDICT_GAP_RE.test(gap)) return undefined;
  let phrase = "";
  for (let at = brand + 1; at < Math.min(terms.length, brand + 4); at++) {
    if (terms[at].hashtag !== undefined || (at > brand + 1 && !SPACES_RE.test(text.slice(terms[at - 1].end, terms[at].start)))) return undefined;
    phrase = phrase ? `${phrase} ${terms[at].norm}` : terms[at].norm;
    if (vocab.brandVerdicts.has(phrase) && endsClause(text, terms[at].end, terms[at + 1])) return { firstTerm: brand + 1, start: terms[brand].start, end: terms[at].end };
  }
  return undefined;
}

// The term starts the post (maybe after handles or emoji) or follows punctuation that closes a
// clause, a line break or an emoji.
function opensClause(text: string, terms: Term[], at: number): boolean {
  if (at === 0) return true;
  if (terms[at - 1].hashtag !== undefined) return false;
  const gap = text.slice(terms[at - 1].end, terms[at].start);
  if (gap.includes("\n")) return true;
  const last = lastCharacter(gap.trimEnd());
  return last !== "" && (CLAUSE_PUNCT.includes(last) || EMOJI_RE.test(last));
}

// The last character of a string, a whole emoji included ("👋", "❤️").
function lastCharacter(text: string): string {
  let end = text.length;
  if (text[end - 1] === "\ufe0f") end--;
  const code = text.charCodeAt(end - 1);
  const start = code >= 0xdc00 && code <= 0xdfff ? end - 2 : end - 1;
  return text.slice(Math.max(0, start), end);
}

const CLAUSE_PUNCT = ".!?,;:(…";
const EMOJI_RE = /^\p{Extended_Pictographic}$/u;
const VERDICT_GAP_RE = /^,? *$/;
const SPACES_RE = /^ +$/;
const ARTICLES = new Set(["a", "an"]);
