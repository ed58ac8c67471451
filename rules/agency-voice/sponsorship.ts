// Finding a paid-post disclosure ("#ad", "Ad:", "paid partnership with Acme", "#spon") and
// judging where it sits: before the platform's "more" cut, or lost in a block of hashtags.
import type { Analysis, Term } from "../../src/text/analysis.js";
import { type BrandProfile, isBrandTerm } from "./brand-terms.js";
import { findThanksToBrand } from "./thanks.js";
import type { Clarity, SponsorshipEntry, Vocabulary } from "./vocabulary.js";
import { firstFrom } from "../../src/text/offsets.js";

export type Jurisdiction = "us" | "uk";

export interface FoundDisclosure {
  entry: SponsorshipEntry;
  clarity: Clarity;
  start: number;
  end: number;
  text: string;
  /** Index into analysis.hashtags when the disclosure is a hashtag of its own. */
  hashtag?: number;
}

/**
 * Sponsorship disclosures in the post, in text order, with denials ("not sponsored") left out.
 * `analysis.terms` are brand terms (see brand-terms.ts).
 */
export function findSponsorshipDisclosures(analysis: Analysis, profile: BrandProfile, jurisdiction: Jurisdiction, vocab: Vocabulary): FoundDisclosure[] {
  const { terms } = analysis;
  const found: FoundDisclosure[] = [];
  for (const match of vocab.sponsorship.matchAll(analysis)) {
    const first = terms[match.firstTerm];
    if (isNegated(terms, match.firstTerm, vocab)) continue;
    if (first.hashtag !== undefined) {
      if (match.value.label && !hashtagIsOnly(terms, first.hashtag, match.firstTerm, match.termCount)) continue;
      const hashtag = analysis.hashtags[first.hashtag];
      found.push(disclosure(match.value, jurisdiction, hashtag.start, hashtag.end, hashtag.text, first.hashtag));
    } else {
      if (match.value.label && !isSetOffAsLabel(analysis.text, match.start, match.end)) continue;
      if (namesAnotherSponsor(analysis, match.firstTerm + match.termCount, profile)) continue;
      found.push(disclosure(match.value, jurisdiction, match.start, match.end, analysis.text.slice(match.start, match.end)));
    }
  }
  const thanks = findThanksToBrand(analysis.text, terms, vocab);
  if (thanks) found.push({ entry: THANKS, clarity: "ambiguous", start: thanks.start, end: thanks.end, text: analysis.text.slice(thanks.start, thanks.end) });
  // All-lower-case tags the part splitter cannot open: #paidpartnership, #acmeambassador.
  const matched = new Set(found.map((d) => d.hashtag));
  analysis.hashtags.forEach((hashtag, index) => {
    if (matched.has(index)) return;
    const entry = vocab.sponsorshipTags.get(hashtag.tag) ?? vocab.sponsorshipTags.get(withoutBrand(hashtag.tag, profile));
    if (entry) found.push(disclosure(entry, jurisdiction, hashtag.start, hashtag.end, hashtag.text, index));
  });
  return found.sort((a, b) => a.start - b.start);
}

const THANKS: SponsorshipEntry = { phrase: "thanks {brand}", us: "ambiguous", uk: "ambiguous", thanks: true };

const CLAUSE_BREAK_RE = /[,;:.!?()[\]\n—–]/;
const PARTY_LINKS = new Set(["by", "with"]);
// Words that may stand between "by" and the party's name: "sponsored by the PTA".
const PARTY_ARTICLES = new Set(["the", "a", "an", "our", "my", "your", "their", "this", "local"]);
const PARTY_REACH = 3;

/**
 * "sponsored by the PTA", "in partnership with Oxfam": a disclosure whose "by" or "with" names
 * someone other than the brand (a capitalised name or another handle) is about them, not this
 * post. `after` is the index of the term after the disclosure.
 */
function namesAnotherSponsor(analysis: Analysis, after: number, profile: BrandProfile): boolean {
  const { terms, tokens, text } = analysis;
  if (!profile.known) return false;
  let linkEnd = terms[after - 1].end;
  if (!PARTY_LINKS.has(terms[after - 1].norm)) {
    const link = terms[after];
    if (!link || link.hashtag !== undefined || !PARTY_LINKS.has(link.norm) || CLAUSE_BREAK_RE.test(text.slice(linkEnd, link.start))) return false;
    linkEnd = link.end;
  }
  let index = firstFrom(tokens, linkEnd);
  for (let seen = 0; index < tokens.length && seen < PARTY_REACH; index++, seen++) {
    const token = tokens[index];
    if (CLAUSE_BREAK_RE.test(text.slice(linkEnd, token.start))) return false;
    if (token.kind === "mention") return !profile.handles.has(token.norm);
    if (token.kind !== "word") return false;
    if (PARTY_ARTICLES.has(token.norm)) continue;
    let term = after;
    while (term < terms.length && terms[term].start < token.start) term++;
    if (terms[term]?.start === token.start && isBrandTerm(terms[term])) return false;
    // Part of the brand's name the config does not list as an alias ("Acme" for "Acme Outdoors").
    if (profile.firstWords.has(token.norm) || profile.compact.includes(token.norm)) return false;
    return token.text[0] !== token.norm[0];
  }
  return false;
}

function disclosure(entry: SponsorshipEntry, jurisdiction: Jurisdiction, start: number, end: number, text: string, hashtag?: number): FoundDisclosure {
  const result: FoundDisclosure = { entry, clarity: entry[jurisdiction], start, end, text };
  if (hashtag !== undefined) result.hashtag = hashtag;
  return result;
}

// "not sponsored", "#NotAnAd", "never paid by Acme": a negator just before, maybe with an article.
function isNegated(terms: Term[], first: number, vocab: Vocabulary): boolean {
  const previous = termBefore(terms, first, 1);
  if (!previous) return false;
  if (vocab.disclosureNegators.has(previous.norm)) return true;
  const second = termBefore(terms, first, 2);
  return vocab.articles.has(previous.norm) && second !== undefined && vocab.disclosureNegators.has(second.norm);
}

function termBefore(terms: Term[], first: number, distance: number): Term | undefined {
  const term = terms[first - distance];
  return term && term.hashtag === terms[first].hashtag ? term : undefined;
}

// A label word inside a hashtag counts only when the hashtag is that word, maybe with the brand:
// #ad and #AcmeAd are labels, #AdLife and #AdAgency are not.
function hashtagIsOnly(terms: Term[], hashtag: number, first: number, count: number): boolean {
  for (let at = first - 1; at >= 0 && terms[at].hashtag === hashtag; at--) if (!isBrandTerm(terms[at])) return false;
  for (let at = first + count; at < terms.length && terms[at].hashtag === hashtag; at++) if (!isBrandTerm(terms[at])) return false;
  return true;
}

const OPENERS = "[(【";
const CLOSERS = "])】";
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

// "Ad: …", "AD | …", "Ad 🚲 …", "[ad]", "(AD)", "AD - …" at the start of a line, or a label alone
// on its line. "Ad-free" and "Ad agencies" are words, not labels.
export function isSetOffAsLabel(text: string, start: number, end: number): boolean {
  const before = skipSpacesBack(text, start);
  const after = skipSpacesForward(text, end);
  const next = text[after] ?? "";
  if (OPENERS.includes(text[before - 1] ?? "\0") && CLOSERS.includes(next || "\0")) return true;
  if (next === ":") return true;
  if (!startsLine(text, start)) return false;
  if (after >= text.length || next === "\n" || next === "\r") return true;
  if (after === end && (next === "-" || next === "'" || next === "’")) return false;
  if (!LETTER_OR_DIGIT_RE.test(next)) return true;
  const word = text.slice(start, end);
  return word.length >= 2 && word === word.toUpperCase();
}

function skipSpacesBack(text: string, at: number): number {
  while (at > 0 && (text[at - 1] === " " || text[at - 1] === "\t")) at--;
  return at;
}

function skipSpacesForward(text: string, at: number): number {
  while (at < text.length && (text[at] === " " || text[at] === "\t")) at++;
  return at;
}

// Nothing but spaces, brackets or bullets between the line's start and the word.
function startsLine(text: string, start: number): boolean {
  for (let at = start - 1; at >= 0; at--) {
    const char = text[at];
    if (char === "\n") return true;
    if (!" \t[(【*•>".includes(char)) return false;
  }
  return true;
}

function withoutBrand(tag: string, profile: BrandProfile): string {
  for (const form of profile.compact) {
    if (tag.length > form.length && tag.startsWith(form)) return tag.slice(form.length);
    if (tag.length > form.length && tag.endsWith(form)) return tag.slice(0, tag.length - form.length);
  }
  return tag;
}

export interface Burial {
  /** "after the first 125 characters, behind Instagram's "more" cut" or "lost … in a run of 5 hashtags". */
  where: string;
}

/** Where each hashtag sits in its run of hashtags: computed once per post. */
export interface HashtagRuns {
  length: number[];
  position: number[];
  /** The run opens the post: every tag in it is seen first. */
  leading: boolean[];
}

/** Why a clear disclosure cannot be seen at a glance, or undefined when it can. */
export function burial(found: FoundDisclosure, runs: HashtagRuns, cut: number | undefined, platformName: string, minRun: number): Burial | undefined {
  if (cut !== undefined && found.end > cut) {
    return { where: `after the first ${cut} characters, behind ${platformName}'s "more" cut` };
  }
  if (found.hashtag === undefined) return undefined;
  const length = runs.length[found.hashtag];
  const position = runs.position[found.hashtag];
  if (length >= minRun && position > 0 && !runs.leading[found.hashtag]) return { where: `lost at position ${position + 1} in a run of ${length} hashtags` };
  return undefined;
}

// Hashtags separated only by spaces, line breaks or list punctuation form one run.
export function hashtagRuns(analysis: Analysis): HashtagRuns {
  const { hashtags, text } = analysis;
  const count = hashtags.length;
  const runs: HashtagRuns = { length: new Array<number>(count), position: new Array<number>(count), leading: new Array<boolean>(count) };
  const firstWord = analysis.tokens.find((token) => token.kind !== "punct" && token.kind !== "emoji" && token.kind !== "hashtag");
  for (let first = 0; first < count; ) {
    let last = first;
    while (last + 1 < count && onlySeparators(text, hashtags[last].end, hashtags[last + 1].start)) last++;
    const leading = firstWord === undefined || firstWord.start > hashtags[first].start;
    for (let index = first; index <= last; index++) {
      runs.length[index] = last - first + 1;
      runs.position[index] = index - first;
      runs.leading[index] = leading;
    }
    first = last + 1;
  }
  return runs;
}

function onlySeparators(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!" \t\r\n,·|/•".includes(text[at])) return false;
  return true;
}
