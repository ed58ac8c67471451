// The post's terms with every mention of the brand folded into one placeholder word, so that a
// vocabulary can say "thanks {brand}" once and match "thanks Acme", "thanks @acme",
// "thank you Acme Outdoors" and "#ThanksAcme" alike, whatever the configured brand is.
import type { Analysis, Term } from "../../src/text/analysis.js";
import { phraseWords } from "../../src/text/phrases.js";
import type { Brand } from "../../src/types.js";

// U+02B9 is a modifier letter: the tokenizer reads "ʹbrand" as a word, and no post contains it.
export const BRAND_WORD = "\u02b9brand";
export const BRAND_POSSESSIVE = `${BRAND_WORD}'s`;

/** A vocabulary phrase with its {brand} placeholder turned into the placeholder word. */
export function withBrand(phrase: string): string {
  return phrase.replaceAll("{brand}", BRAND_WORD);
}

export function isBrandTerm(term: Term): boolean {
  return term.norm === BRAND_WORD || term.norm === BRAND_POSSESSIVE;
}

export interface BrandProfile {
  /** How the brand is written, for messages. */
  display: string;
  /** Name and aliases as word lists, longest first. */
  phrases: string[][];
  /** Run-together forms for hashtags: "acmeoutdoors", "acme". */
  compact: string[];
  /** "@acme", lower case. */
  handles: Set<string>;
  /** The first word of each name: a post without one of these (or a handle) never names the brand. */
  firstWords: Set<string>;
  known: boolean;
}

// Hashtags are split at a brand written inside a longer tag (#acmestories → Acme + stories) only
// when the brand is long enough not to be a piece of an ordinary word.
const MIN_COMPACT_SPLIT = 4;
// Posts usually share the config's brand object; posts that bring their own brand are keyed by
// its contents so that a batch of them still compiles each brand once.
const byObject = new WeakMap<Brand, BrandProfile>();
const byContent = new Map<string, BrandProfile>();
const NO_BRAND = buildProfile(undefined);

export function brandProfile(brand: Brand | undefined): BrandProfile {
  if (typeof brand !== "object" || brand === null) return NO_BRAND;
  let profile = byObject.get(brand);
  if (profile) return profile;
  const key = JSON.stringify([brand.name, brand.aliases, brand.handles]);
  profile = byContent.get(key);
  if (!profile) {
    if (byContent.size > 256) byContent.clear();
    profile = buildProfile(brand);
    byContent.set(key, profile);
  }
  byObject.set(brand, profile);
  return profile;
}

function buildProfile(brand: Brand | undefined): BrandProfile {
  // Posts from a batch file carry unvalidated fields: keep only the strings.
  const names = strings([brand?.name, ...list(brand?.aliases)]);
  const handleList = strings(list(brand?.handles));
  const phrases = names.map((name) => phraseWords(name)).filter((words) => words.length > 0);
  phrases.sort((a, b) => b.length - a.length);
  const handles = new Set(handleList.map((handle) => `@${handle.replace(/^@/, "").toLowerCase()}`));
  const compact = new Set(phrases.map((words) => words.join("")));
  for (const handle of handles) compact.add(handle.slice(1).replaceAll("_", ""));
  const display = names[0] ?? handleList[0] ?? "the brand";
  return {
    display,
    phrases,
    compact: [...compact].filter((form) => form.length > 0).sort((a, b) => b.length - a.length),
    handles,
    firstWords: new Set(phrases.map((words) => words[0])),
    known: phrases.length > 0 || handles.size > 0,
  };
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(values: unknown[]): string[] {
  return values.filter((value): value is string => typeof value === "string" && value.trim() !== "");
}

/** analysis.terms plus brand @mentions, with each brand mention folded into one placeholder term. */
export function brandTerms(analysis: Analysis, profile: BrandProfile): Term[] {
  if (!profile.known || !mayNameBrand(analysis, profile)) return analysis.terms;
  const raw = withBrandMentions(analysis, profile);
  const out: Term[] = [];
  for (let at = 0; at < raw.length; ) {
    const term = raw[at];
    if (term.norm === BRAND_WORD) {
      out.push(term);
      at++;
      continue;
    }
    const found = brandPhraseAt(raw, at, profile);
    if (found) {
      const last = raw[at + found.count - 1];
      out.push({ norm: found.possessive ? BRAND_POSSESSIVE : BRAND_WORD, text: term.text, start: term.start, end: last.end, hashtag: term.hashtag });
      at += found.count;
      continue;
    }
    if (term.hashtag === undefined || !splitCompactBrand(term, profile, out)) out.push(term);
    at++;
  }
  return out;
}

// A cheap first pass, so that posts that never name the brand cost no copy of their terms.
function mayNameBrand(analysis: Analysis, profile: BrandProfile): boolean {
  const { firstWords, compact } = profile;
  for (const mention of analysis.mentions) if (profile.handles.has(mention.norm)) return true;
  // A whole tag holds every part of it: one look per hashtag.
  for (const hashtag of analysis.hashtags) if (compact.some((form) => hashtag.tag.includes(form))) return true;
  for (const term of analysis.terms) {
    if (term.hashtag !== undefined) continue;
    const norm = term.norm;
    if (firstWords.has(norm)) return true;
    if (norm.charCodeAt(norm.length - 1) === APOSTROPHE || norm.charCodeAt(norm.length - 2) === APOSTROPHE) {
      if (firstWords.has(withoutPossessive(norm))) return true;
    }
  }
  return false;
}

const APOSTROPHE = 39;

function withoutPossessive(norm: string): string {
  if (norm.endsWith("'s")) return norm.slice(0, -2);
  return norm.endsWith("'") ? norm.slice(0, -1) : norm;
}

function withBrandMentions(analysis: Analysis, profile: BrandProfile): Term[] {
  const mentions = analysis.mentions.filter((mention) => profile.handles.has(mention.norm));
  if (mentions.length === 0) return analysis.terms;
  const merged: Term[] = [];
  let next = 0;
  for (const term of analysis.terms) {
    while (next < mentions.length && mentions[next].start < term.start) merged.push(mentionTerm(mentions[next++]));
    merged.push(term);
  }
  while (next < mentions.length) merged.push(mentionTerm(mentions[next++]));
  return merged;
}

function mentionTerm(mention: { text: string; start: number; end: number }): Term {
  return { norm: BRAND_WORD, text: mention.text, start: mention.start, end: mention.end };
}

function brandPhraseAt(terms: Term[], at: number, profile: BrandProfile): { count: number; possessive: boolean } | undefined {
  const first = terms[at];
  for (const words of profile.phrases) {
    if (at + words.length > terms.length) continue;
    let matched = true;
    let possessive = false;
    for (let offset = 0; offset < words.length && matched; offset++) {
      const term = terms[at + offset];
      if (term.hashtag !== first.hashtag) matched = false;
      else if (term.norm === words[offset]) continue;
      else if (offset === words.length - 1 && (term.norm === `${words[offset]}'s` || term.norm === `${words[offset]}'`)) possessive = true;
      else matched = false;
    }
    if (matched) return { count: words.length, possessive };
  }
  // A run-together brand inside a hashtag part: #acmeoutdoors.
  if (first.hashtag !== undefined && profile.compact.includes(first.norm)) return { count: 1, possessive: false };
  return undefined;
}

/** #acmestories → brand + "stories"; #loveacme → "love" + brand. Pushes the pieces when it splits. */
function splitCompactBrand(term: Term, profile: BrandProfile, out: Term[]): boolean {
  for (const form of profile.compact) {
    if (form.length < MIN_COMPACT_SPLIT || term.norm.length <= form.length) continue;
    if (term.norm.startsWith(form)) {
      const cut = term.start + form.length;
      out.push({ norm: BRAND_WORD, text: term.text.slice(0, form.length), start: term.start, end: cut, hashtag: term.hashtag });
      out.push({ norm: term.norm.slice(form.length), text: term.text.slice(form.length), start: cut, end: term.end, hashtag: term.hashtag });
      return true;
    }
    if (term.norm.endsWith(form)) {
      const cut = term.end - form.length;
      const restLength = term.norm.length - form.length;
      out.push({ norm: term.norm.slice(0, restLength), text: term.text.slice(0, restLength), start: term.start, end: cut, hashtag: term.hashtag });
      out.push({ norm: BRAND_WORD, text: term.text.slice(restLength), start: cut, end: term.end, hashtag: term.hashtag });
      return true;
    }
  }
  return false;
}

export function mentionsBrand(terms: Term[]): boolean {
  return terms.some(isBrandTerm);
}
