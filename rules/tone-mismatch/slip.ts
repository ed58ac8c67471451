// The wrong-account slip: personal life (drinking, partying, a partner, a parent) posted on a
// brand's account, usually by someone who thought they were on their own.
import type { Post, ReportDescriptor } from "../../src/types.js";
import { getLexicon, normalizeEmoji } from "./lexicon.js";
import { cuesOf, sequenceBefore, type Reading } from "./reading.js";

/**
 * A brand's account: one marked `owner: brand`, or one with no owner given when the config names a
 * brand (a brand's config usually describes its own account). Personal and third-party accounts,
 * and posts with neither account nor brand, are where personal life belongs.
 */
export function isBrandAccount(post: Post): boolean {
  const owner = post.account?.owner;
  if (owner) return owner === "brand";
  const brand = post.brand;
  return Boolean(brand && (brand.name || brand.handles?.length || brand.aliases?.length));
}

export function checkSlip(post: Post, reading: Reading): ReportDescriptor[] {
  if (!isBrandAccount(post)) return [];
  const personal = cuesOf(reading, "personal");
  const spot = (personal.length ? findOwnLife(reading, personal) : undefined) ?? stemInHashtag(reading) ?? findDrunk(reading);
  if (!spot) return [];
  return [
    {
      messageId: "personalSlip",
      data: { words: post.text.slice(spot.start, spot.end), account: post.account?.handle ?? post.brand?.name ?? "the brand" },
      start: spot.start,
      end: spot.end,
      severity: "warn",
    },
  ];
}

// A run-together lower-case tag (#gettngslizzerd) cannot be split into words; its stems still show.
function stemInHashtag(reading: Reading): { start: number; end: number } | undefined {
  const { hashtagStems } = getLexicon();
  return reading.analysis.hashtags.find((hashtag) => hashtagStems.some((stem) => hashtag.tag.includes(stem)));
}

const FIRST_PERSON_SINGULAR = new Set(["i", "i'm", "im", "me", "my", "i've", "i'd", "ive", "myself"]);
const SECOND_PERSON = new Set(["you", "you're", "youre", "ya", "u", "y'all", "yall", "ur"]);
const BRAND_VOICE = new Set(["we", "we're", "we've", "we'll", "us", "our", "you", "your", "you're"]);

type Cue = { start: number; end: number; firstTerm: number; termCount: number };

/**
 * The first personal cue that speaks of the writer's own life. In a post that never says "I" or "my",
 * one that speaks to the reader about the reader's night is the brand talking to customers: "for
 * when you're hungover", "hungover? we don't judge" (a question, in a post that speaks as "we" or to
 * "you"; "Who's ready to get wasted tonight??" speaks as no one).
 */
function findOwnLife(reading: Reading, cues: Cue[]): Cue | undefined {
  const { words } = reading.analysis;
  if (words.some((word) => FIRST_PERSON_SINGULAR.has(word.norm))) return cues[0];
  const brandVoice = words.some((word) => BRAND_VOICE.has(word.norm));
  return cues.find((cue) => !askedOfReader(reading, cue, brandVoice));
}

function askedOfReader(reading: Reading, cue: Cue, brandVoice: boolean): boolean {
  const { terms, text } = reading.analysis;
  for (let at = cue.firstTerm - 1; at >= 0 && at >= cue.firstTerm - 2; at--) if (SECOND_PERSON.has(terms[at].norm)) return true;
  // A question: the clause of the cue ends with "?" within twenty words.
  let last = cue.firstTerm + cue.termCount - 1;
  while (last + 1 < terms.length && last - cue.firstTerm < 20 && reading.clauses[last + 1] === reading.clauses[last]) last++;
  if (last + 1 < terms.length && reading.clauses[last + 1] === reading.clauses[last]) return false;
  const after = text.slice(terms[last].end, terms[last + 1]?.start ?? text.length);
  return brandVoice && /^[^.!\n]*\?/.test(after);
}

/**
 * "i was well hammered at the staff party 🍺", "so locked last night 🥴": an everyday word for drunk
 * after a lead, in a post that speaks of drink in the first person singular. "Locked out", "got
 * hammered 4-0" and "smashed it" are not drunk.
 */
function findDrunk(reading: Reading): { start: number; end: number } | undefined {
  const { drunk } = getLexicon();
  const { terms, emoji, words } = reading.analysis;
  if (!words.some((word) => FIRST_PERSON_SINGULAR.has(word.norm))) return undefined;
  const aboutDrink = emoji.some((token) => drunk.drinkEmoji.has(normalizeEmoji(token.text))) || drunk.drinkWords.test(reading.analysis);
  if (!aboutDrink) return undefined;
  for (let k = 1; k < terms.length; k++) {
    if (terms[k].hashtag !== undefined || !drunk.words.has(terms[k].norm)) continue;
    const lead = sequenceBefore(terms, k, drunk.leads);
    const next = terms[k + 1];
    const blocked = next !== undefined && reading.clauses[k + 1] === reading.clauses[k] && (drunk.blockers.has(next.norm) || /^\d/.test(next.norm));
    if (lead && !blocked) return { start: terms[k - lead].start, end: terms[k].end };
  }
  return undefined;
}
