// Who seems to be speaking, and whether the post praises the brand: a person's "I" rather than
// the brand's "we", and testimonial or sales cues near a mention of the brand.
import type { Analysis, Term } from "../../src/text/analysis.js";
import { findPromotion } from "../../src/text/cues.js";
import type { Token } from "../../src/text/tokenize.js";
import { isBrandTerm } from "./brand-terms.js";
import { findBrandVerdicts, findClauseEndPraise, findComparisons, findPraiseShapes } from "./praise.js";
import { findThanksToBrand } from "./thanks.js";
import type { Vocabulary } from "./vocabulary.js";

const OPENING_QUOTES = "“«„";
const CLOSING_QUOTES = "”»";
const SPACE_RE = /\s/;

/** The first "I", "me" or "my" the writer says in their own voice (quoted speech does not count). */
export function firstPersonWord(analysis: Analysis, vocab: Vocabulary): Token | undefined {
  const { tokens, words } = analysis;
  let quotes: SpanCursor | undefined;
  let excluded: SpanCursor | undefined;
  // Most posts have no such word: walk the words, and find a candidate's place among the tokens
  // (for its neighbours) only when there is one.
  let index = 0;
  for (const token of words) {
    if (!vocab.firstPerson.has(token.norm)) continue;
    while (index < tokens.length && tokens[index] !== token) index++;
    if (index === tokens.length) return undefined;
    if (token.norm === "i" && isAbbreviation(tokens, index)) continue;
    if (isProperName(token, tokens[index - 1])) continue;
    quotes ??= new SpanCursor(quotedSpans(analysis));
    excluded ??= new SpanCursor(vocab.notPersonal.matchAll(analysis, { inHashtags: false }));
    if (quotes.covers(token) || excluded.covers(token)) continue;
    return token;
  }
  return undefined;
}

interface Span {
  start: number;
  end: number;
}

/** Sorted, non-overlapping spans asked about tokens in text order: one pass in all. */
class SpanCursor {
  private next = 0;

  constructor(private readonly spans: Span[]) {}

  covers(token: Token): boolean {
    while (this.next < this.spans.length && this.spans[this.next].end <= token.start) this.next++;
    const span = this.spans[this.next];
    return span !== undefined && span.start <= token.start && token.end <= span.end;
  }
}

// Quoted speech: "…", “…”, «…» and '…'. A quote never closed (an apostrophe in "'til Friday")
// quotes nothing.
function quotedSpans(analysis: Analysis): Span[] {
  const { tokens, text } = analysis;
  const spans: Span[] = [];
  let open: { start: number; closer: string } | undefined;
  for (const token of tokens) {
    if (token.kind !== "punct") continue;
    const mark = token.text;
    if (open) {
      const closes = open.closer === "'" ? isSingleQuote(mark) && !LETTER_RE.test(text[token.end] ?? "") : open.closer.includes(mark);
      if (closes) {
        spans.push({ start: open.start, end: token.end });
        open = undefined;
      }
    } else if (mark === '"') open = { start: token.start, closer: '"' };
    else if (OPENING_QUOTES.includes(mark)) open = { start: token.start, closer: CLOSING_QUOTES };
    else if (isSingleQuote(mark) && SPACE_RE.test(text[token.start - 1] ?? " ") && !SPACE_RE.test(text[token.end] ?? " ")) {
      open = { start: token.start, closer: "'" };
    }
  }
  return spans;
}

function isSingleQuote(mark: string): boolean {
  return mark === "'" || mark === "’" || mark === "‘";
}

// "i.e." and highway names such as "I-70".
function isAbbreviation(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  if (!next || !after || next.start !== tokens[index].end) return false;
  return (next.text === "." && after.norm === "e") || (next.text === "-" && after.kind === "number");
}

// A capitalised "My" or "Me" in mid-sentence names something: "the My Acme app", "Find Me Gear".
function isProperName(token: Token, previous: Token | undefined): boolean {
  if (token.norm === "i" || token.norm.startsWith("i'") || token.text[0] === token.norm[0]) return false;
  return previous !== undefined && (previous.kind === "word" || previous.kind === "number");
}

const LETTER_RE = /\p{L}/u;

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/**
 * Praise, recommendation, thanks or a sales pitch in the same sentence as a mention of the
 * brand (or the sentence next to it, where a closing line of hashtags names the brand), or
 * anywhere in a reply to a message that names the brand ("is Emberwake worth £20?" → "best £20
 * I've spent all year"). `analysis.terms` are brand terms (see brand-terms.ts).
 */
export function findEndorsement(analysis: Analysis, vocab: Vocabulary, replyAboutBrand = false): Cue | undefined {
  const { terms } = analysis;
  const brandSentences = sentencesWithBrand(analysis, terms);
  if (brandSentences.size === 0 && !replyAboutBrand) return undefined;
  const nearNamedBrand = (start: number) => {
    const sentence = sentenceIndex(analysis, start);
    return brandSentences.has(sentence) || brandSentences.has(sentence - 1) || brandSentences.has(sentence + 1);
  };
  const nearBrand = (start: number) => replyAboutBrand || nearNamedBrand(start);
  // A call to look in a notice (a job, a closure, an event) recommends nothing.
  let notice: boolean | undefined;
  const counts = (phrase: string) => !vocab.lookCalls.has(phrase) || !(notice ??= vocab.notices.test(analysis));
  for (const match of vocab.endorsement.matchAll(analysis)) {
    if (!isNegated(analysis, match.firstTerm, match.termCount, vocab) && nearBrand(match.start) && counts(match.phrase)) return cue(analysis.text, match.start, match.end);
  }
  // Thanks to the brand, however warmly worded ("shoutout @acme", "thank you so much to the whole Acme crew").
  const thanks = findThanksToBrand(analysis.text, terms, vocab);
  if (thanks && !isNegated(analysis, thanks.firstTerm, 1, vocab)) return cue(analysis.text, thanks.start, thanks.end);
  const sentenceOf = (offset: number) => sentenceIndex(analysis, offset);
  for (const shape of [...findPraiseShapes(analysis, vocab, sentenceOf), ...findClauseEndPraise(analysis, vocab), ...findBrandVerdicts(analysis, vocab)]) {
    if (!isNegated(analysis, shape.firstTerm, 1, vocab) && nearBrand(shape.start)) return cue(analysis.text, shape.start, shape.end);
  }
  // The sign needs the brand beside it in its sentence: near the brand by construction.
  const [comparison] = findComparisons(analysis, vocab, sentenceOf);
  if (comparison) return cue(analysis.text, comparison.start, comparison.end);
  // Sales words in a reply are as often advice ("wait for the sale") as a pitch: only near the brand's name.
  for (const match of findPromotion(analysis)) {
    if (nearNamedBrand(match.start) && counts(match.phrase) && !namesAPlace(terms, match.firstTerm, match.phrase, vocab)) return cue(analysis.text, match.start, match.end);
  }
  return undefined;
}

// "Saltmarsh's shop", "the new shop", "our Leeds shop", "a bike shop": the noun, not "Shop now".
// A determiner may stand a few modifiers back ("a little bike shop"); a word that starts a new
// phrase ("to", "and", "you") ends the look: "the best way to shop" is a call to buy.
function namesAPlace(terms: Term[], first: number, phrase: string, vocab: Vocabulary): boolean {
  const previous = terms[first - 1];
  if (!vocab.promotionNouns.has(phrase) || !previous || previous.hashtag !== terms[first].hashtag) return false;
  if (vocab.phraseOpeners.has(previous.norm)) return false;
  if (startsUpper(previous.text) && !startsUpper(terms[first].text)) return true;
  for (let at = first - 1; at >= Math.max(0, first - vocab.modifierReach); at--) {
    const term = terms[at];
    if (term.hashtag !== terms[first].hashtag || vocab.phraseOpeners.has(term.norm)) return false;
    if (isBrandTerm(term) || term.norm.endsWith("'s") || vocab.determiners.has(term.norm)) return true;
  }
  return false;
}

function startsUpper(text: string): boolean {
  const initial = text[0] ?? "";
  return initial !== initial.toLowerCase();
}

// "not the best", "not really a fan of" are not praise; "can't recommend it enough" is. A negator
// counts within a few words before the cue, in the same sentence.
const NEGATION_REACH = 3;
const REVERSAL_REACH = 6;

function isNegated(analysis: Analysis, first: number, count: number, vocab: Vocabulary): boolean {
  const { terms } = analysis;
  const sentence = sentenceIndex(analysis, terms[first].start);
  let negated = false;
  for (let at = first - 1; at >= Math.max(0, first - NEGATION_REACH) && !negated; at--) {
    if (terms[at].hashtag !== terms[first].hashtag || sentenceIndex(analysis, terms[at].start) !== sentence) break;
    negated = vocab.endorsementNegators.has(terms[at].norm);
  }
  if (!negated) return false;
  const end = Math.min(terms.length, first + count + REVERSAL_REACH);
  for (let at = first + count; at < end; at++) if (terms[at].norm === vocab.negationReversal) return false;
  return true;
}

function cue(text: string, start: number, end: number): Cue {
  return { start, end, text: text.slice(start, end) };
}

function sentencesWithBrand(analysis: Analysis, terms: Term[]): Set<number> {
  const sentences = new Set<number>();
  for (const term of terms) if (isBrandTerm(term)) sentences.add(sentenceIndex(analysis, term.start));
  return sentences;
}

// The first sentence ending after the offset (binary search: posts may be long).
function sentenceIndex(analysis: Analysis, offset: number): number {
  const { sentences } = analysis;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first mention of the brand, for pointing a report at it. */
export function firstBrandMention(terms: Term[]): Term | undefined {
  return terms.find(isBrandTerm);
}
