// Does an agency writer say who they are? Either openly ("I'm Dana from Brightside, replying on
// behalf of Acme", "— Dana, Brightside for Acme") or with the team's signature convention
// ("^DK", "— Dana"), which must match the configured author.
import type { Analysis, Term } from "../../src/text/analysis.js";
import { PhraseMatcher, phraseWords } from "../../src/text/phrases.js";
import type { Token } from "../../src/text/tokenize.js";
import type { Author } from "../../src/types.js";
import { type BrandProfile, isBrandTerm, withBrand } from "./brand-terms.js";
import type { Vocabulary } from "./vocabulary.js";
import { firstFrom } from "../../src/text/offsets.js";

/**
 * The agency relationship stated in words: the agency named, "on behalf of Acme", "Acme's agency".
 * `view` is the post's analysis with brand terms (see brand-terms.ts).
 */
export function agencyDisclosed(view: Analysis, author: Author | undefined, profile: BrandProfile, vocab: Vocabulary): boolean {
  const { terms } = view;
  if (vocab.agency.test(view)) return true;
  for (const match of vocab.onBehalfOf.matchAll(view)) {
    if (!profile.known) return true;
    const after = match.firstTerm + match.termCount;
    for (let at = after; at < Math.min(terms.length, after + vocab.onBehalfOfReach); at++) if (isBrandTerm(terms[at])) return true;
  }
  return organizationNamed(terms, author?.organization, vocab);
}

const organizations = new Map<string, string[]>();

// "Brightside Media" is named by "Brightside"; a name made only of generic words must appear whole.
function organizationNamed(terms: Term[], organization: string | undefined, vocab: Vocabulary): boolean {
  if (!organization) return false;
  let words = organizations.get(organization);
  if (!words) {
    const all = phraseWords(organization);
    const distinctive = all.filter((word) => !vocab.genericOrganizationWords.has(word));
    words = distinctive.length > 0 ? distinctive : all;
    if (organizations.size > 256) organizations.clear();
    organizations.set(organization, words);
  }
  if (words.length === 0) return false;
  for (let first = 0; first + words.length <= terms.length; first++) {
    let at = 0;
    while (at < words.length && terms[first + at].norm === words[at]) at++;
    if (at === words.length) return true;
  }
  return false;
}

export interface SignatureCheck {
  signed: boolean;
  /** A caret signature with someone else's initials. */
  mismatch?: { start: number; end: number; found: string; expected: string };
}

const DASHES = new Set(["-", "–", "—", "―", "~"]);
// Marks teams put before initials: "-DK", "/DK", "*DK".
const INITIALS_MARKS = new Set([...DASHES, "/", "*"]);
const INITIALS_RE = /^\p{L}{1,4}$/u;
const SIGN_OFF_WORDS = 6;

/**
 * A signature matching the author, or a brand-approved disclosure phrase from the config. Without
 * a personal voice only a caret signature with the wrong initials matters: the names and phrases
 * that would sign the post are looked for only then.
 */
export function findSignature(analysis: Analysis, author: Author | undefined, configured: string[] | undefined, vocab: Vocabulary, personal = true): SignatureCheck {
  const mismatch = caretSignature(analysis, author);
  if (mismatch === SIGNED) return { signed: true };
  if (!personal && !mismatch) return { signed: false };
  if (configured && configuredPhrases(configured).test(analysis)) return { signed: true };
  const firstName = author?.name ? phraseWords(author.name)[0] : undefined;
  if (firstName && namesAuthor(analysis, firstName, vocab)) return { signed: true };
  if (!firstName && (signsOff(analysis.text, analysis.tokens) || introducesSomeone(analysis, vocab))) return { signed: true };
  return mismatch ? { signed: false, mismatch } : { signed: false };
}

const SIGNED = "signed";

// "^DK", "-DK" with the author's initials (SIGNED), a caret signature with someone else's (the
// mismatch), or neither.
function caretSignature(analysis: Analysis, author: Author | undefined): SignatureCheck["mismatch"] | typeof SIGNED | undefined {
  const expected = expectedInitials(author);
  const { tokens } = analysis;
  let mismatch: SignatureCheck["mismatch"];
  for (let index = 0; index < tokens.length - 1; index++) {
    const mark = tokens[index];
    const next = tokens[index + 1];
    if (mark.kind !== "punct" || next.kind !== "word" || next.start - mark.end > 1) continue;
    if (mark.text === "^" && INITIALS_RE.test(next.text)) {
      const end = initialsEnd(tokens, index + 1);
      const written = analysis.text.slice(next.start, end);
      const found = written.replace(/\./g, "").toUpperCase();
      if (!expected || found === expected) return SIGNED;
      mismatch ??= { start: mark.start, end, found: `^${written}`, expected };
    } else if (INITIALS_MARKS.has(mark.text) && expected && next.text === expected) {
      return SIGNED; // "-DK"
    }
  }
  return mismatch;
}

// "^DK" or "^D.K.": letters and dots written together, up to four letters.
function initialsEnd(tokens: Token[], first: number): number {
  let end = tokens[first].end;
  let letters = tokens[first].text.length;
  for (let at = first + 1; at < tokens.length && tokens[at].start === end; at++) {
    const token = tokens[at];
    if (token.text === ".") end = token.end;
    else if (token.kind === "word" && letters + token.text.length <= 4 && INITIALS_RE.test(token.text)) {
      letters += token.text.length;
      end = token.end;
    } else break;
  }
  return end;
}

function expectedInitials(author: Author | undefined): string | undefined {
  const initials = author?.initials ?? author?.name?.split(/\s+/).map((part) => part.charAt(0)).join("");
  const letters = initials?.replace(/[^\p{L}]/gu, "").toUpperCase();
  return letters ? letters : undefined;
}

// "— Dana", "^Dana", "I'm Dana", "this is Dana", "Dana here".
function namesAuthor(analysis: Analysis, firstName: string, vocab: Vocabulary): boolean {
  const { tokens } = analysis;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== "word" || token.norm !== firstName) continue;
    const previous = tokens[index - 1];
    if (previous?.kind === "punct" && (DASHES.has(previous.text) || previous.text === "^")) return true;
    if (previous?.kind === "word" && vocab.introductionsBefore.has(previous.norm)) return true; // "a quick one from Dana"
    const following = tokens[index + 1];
    if (following?.kind === "word" && vocab.introductionsAfter.has(following.norm)) return true;
    if (isLastWord(tokens, index) && previous?.kind === "punct") return true; // "… be in touch. Hannah"
  }
  for (const match of vocab.introductions.matchAll(analysis, { inHashtags: false })) {
    if (tokens[firstFrom(tokens, match.end)]?.norm === firstName) return true;
  }
  return false;
}

/**
 * On the brand's account, the writer saying they are not staff: "I'm a freelancer", "as the
 * agency's community manager", or their name with an outsider's role ("Priya, the freelance
 * writer behind our socials"). With a configured name only that name counts.
 */
export function describesOutsider(view: Analysis, author: Author | undefined, vocab: Vocabulary): boolean {
  const { terms, text } = view;
  const outsiderWithin = (from: number) => {
    for (let at = from; at < Math.min(terms.length, from + vocab.outsiderReach); at++) {
      const term = terms[at];
      if (term.hashtag !== undefined || vocab.endorsementNegators.has(term.norm) || (at > from && OUTSIDER_BREAK_RE.test(text.slice(terms[at - 1].end, term.start)))) return false;
      // "I'm calling the agency": a verb, not a description of the writer.
      if (term.norm.length > 4 && term.norm.endsWith("ing") && !vocab.outsiderWords.has(term.norm)) return false;
      if (vocab.outsiderWords.has(term.norm)) return true;
    }
    return false;
  };
  for (const frame of vocab.selfFrames.matchAll(view, { inHashtags: false })) {
    const after = frame.firstTerm + frame.termCount;
    if (after < terms.length && !OUTSIDER_BREAK_RE.test(text.slice(terms[after - 1].end, terms[after].start)) && outsiderWithin(after)) return true;
  }
  const firstName = author?.name ? phraseWords(author.name)[0] : undefined;
  for (let at = 0; at + 1 < terms.length; at++) {
    const name = terms[at];
    if (name.hashtag !== undefined || (firstName ? name.norm !== firstName : name.text[0] === name.norm[0])) continue;
    if (APPOSITIVE_RE.test(text.slice(name.end, terms[at + 1].start)) && outsiderWithin(at + 1)) return true;
  }
  return false;
}

// An appositive after a name: "Priya, the …", "Sam (freelance …)", "Sam — agency …".
const APPOSITIVE_RE = /^\s*[,(—–|/-]\s*$/;
const OUTSIDER_BREAK_RE = /[.!?;:()[\]\n]/;

// Without a configured name: "I'm Dana from Brightside", "this is Sam, from the social team".
const AFTER_NAME = new Set(["from", "at", "with", "of", ",", "!", ".", "-", "–", "—"]);

function introducesSomeone(analysis: Analysis, vocab: Vocabulary): boolean {
  const { tokens } = analysis;
  for (const match of vocab.introductions.matchAll(analysis, { inHashtags: false })) {
    const at = firstFrom(tokens, match.end);
    const name = tokens[at];
    if (!name || name.kind !== "word" || name.text[0] === name.norm[0]) continue;
    const next = tokens[at + 1];
    if (next && AFTER_NAME.has(next.norm)) return true;
  }
  return false;
}

function isLastWord(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length; at++) if (tokens[at].kind !== "punct" && tokens[at].kind !== "emoji") return false;
  return true;
}

// Without a configured name: a closing "— Sam" or "- Sam, Brightside for Acme" ends the post.
function signsOff(text: string, tokens: Token[]): boolean {
  let words = 0;
  for (let index = tokens.length - 1; index > 0 && words <= SIGN_OFF_WORDS; index--) {
    const token = tokens[index - 1];
    if (token.kind === "word") words++;
    if (token.kind !== "punct") continue;
    if (".!?".includes(token.text)) return false;
    if (!DASHES.has(token.text) || !/\s/.test(text[token.start - 1] ?? " ")) continue;
    const next = tokens[index];
    return next.kind === "word" && next.text[0] !== next.norm[0];
  }
  return false;
}

const configuredMatchers = new WeakMap<string[], PhraseMatcher>();

function configuredPhrases(phrases: string[]): PhraseMatcher {
  let matcher = configuredMatchers.get(phrases);
  if (!matcher) {
    matcher = new PhraseMatcher<true>();
    for (const phrase of phrases) if (typeof phrase === "string") matcher.add(withBrand(phrase), true);
    configuredMatchers.set(phrases, matcher);
  }
  return matcher;
}
