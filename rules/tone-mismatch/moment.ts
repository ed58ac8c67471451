// Promotion or cheer at a moment of grief or danger: the post refers to a tragedy and sells, pitches
// a product, or celebrates. (Every post dated inside a crisis window is held by crisis-freeze; here a
// window only confirms a soft cue such as "the storm".)
import { findPromotion, findTragedy } from "../../src/text/cues.js";
import type { Post, ReportDescriptor, RuleSettings } from "../../src/types.js";
import { getLexicon, phraseKey } from "./lexicon.js";
import { cuesOf, has, SpanIndex, type Reading } from "./reading.js";

interface Spot {
  start: number;
  end: number;
}

interface Moment {
  /** How the message names the event: the words of the post, or the crisis window's context. */
  event: string;
}

export function checkMoment(post: Post, reading: Reading, settings: RuleSettings): ReportDescriptor[] {
  const moment = findMoment(post, reading, settings);
  if (!moment) return [];
  const promotion = findSelling(reading);
  if (promotion) {
    const charity = (has(reading, "charity") || sharesSales(reading)) && !promotion.discount;
    return [
      {
        messageId: charity ? "momentCharity" : "momentPromotion",
        data: { cue: quote(post.text, promotion.spot), event: moment.event },
        start: promotion.spot.start,
        end: promotion.spot.end,
        severity: charity ? "warn" : "error",
      },
    ];
  }
  const cheer = findCheer(reading);
  if (!cheer) return [];
  return [
    {
      messageId: "momentCheer",
      data: { cue: quote(post.text, cheer), event: moment.event },
      start: cheer.start,
      end: cheer.end,
      severity: "error",
    },
  ];
}

/**
 * The tragedy the post refers to: a clear tragedy word or sympathy phrase, two softer cues
 * ("storm" and "stay safe"), or one softer cue inside a crisis window of the config. A post that
 * says nothing of the crisis but is dated inside its window is crisis-freeze's to hold, not ours.
 */
function findMoment(post: Post, reading: Reading, settings: RuleSettings): Moment | undefined {
  const lexicon = getLexicon();
  const idioms = new SpanIndex(cuesOf(reading, "idiom"));
  const strong: Spot[] = [...cuesOf(reading, "tragedy"), ...cuesOf(reading, "sympathy")];
  const weak = new Map<string, Spot>();
  for (const match of findTragedy(reading.analysis)) {
    const { text } = reading.analysis;
    if (idioms.contains(match.start, match.end) || isProductCompound(text, match.end, lexicon.productCompounds)) continue;
    if (isProductName(text, match.start, match.end, lexicon.productNouns)) continue;
    const key = phraseKey(match.phrase);
    if (lexicon.weakTragedy.has(key)) weak.set(key, match);
    else strong.push(match);
  }
  for (const match of cuesOf(reading, "weakSympathy")) {
    if (!idioms.contains(match.start, match.end)) weak.set(phraseKey(match.phrase), match);
  }
  const crisis = crisisAt(post, settings);
  const text = reading.analysis.text;
  if (strong.length) return { event: quote(text, strong.sort((a, b) => a.start - b.start)[0]) };
  const softer = [...weak.values()].sort((a, b) => a.start - b.start);
  if (softer.length >= 2) return { event: `${quote(text, softer[0])} … ${quote(text, softer[1])}` };
  if (softer.length === 1 && crisis) return { event: `${quote(text, softer[0])}, during ${crisis}` };
  return undefined;
}

/** "earthquake-proof": the disaster word is followed by a hyphen and a product quality. */
function isProductCompound(text: string, end: number, suffixes: ReadonlySet<string>): boolean {
  if (text[end] !== "-") return false;
  let stop = end + 1;
  while (stop < text.length && /[A-Za-z]/.test(text[stop])) stop++;
  return stop > end + 1 && suffixes.has(text.slice(end + 1, stop).toLowerCase());
}

/** "our Aftershock flavor": a capitalised disaster word naming the product after it. */
function isProductName(text: string, start: number, end: number, nouns: ReadonlySet<string>): boolean {
  if (text[start] === text[start].toLowerCase() || text[end] !== " ") return false;
  const next = /^[A-Za-z]+/.exec(text.slice(end + 1, end + 24));
  return next !== null && nouns.has(next[0].toLowerCase());
}

function crisisAt(post: Post, settings: RuleSettings): string | undefined {
  const when = (post.date ?? settings.now).getTime();
  for (const window of settings.crisis ?? []) {
    if (window.since && when < window.since.getTime()) continue;
    if (window.until && when > endOfDay(window.until)) continue;
    return window.context ? `${window.context} (a crisis window in your config)` : "a crisis window in your config";
  }
  return undefined;
}

// A date-only `until` (midnight) includes that whole day.
function endOfDay(date: Date): number {
  const time = date.getTime();
  return time % 86_400_000 === 0 ? time + 86_399_999 : time;
}

/**
 * A sales cue, a discount figure or a product pitch. Words that are also service notices or advice
 * ("check out our safety tips", "our shop is closed") count only beside a clear one.
 */
function findSelling(reading: Reading): { spot: Spot; discount: boolean } | undefined {
  const { weakPromotion } = getLexicon();
  const discount = findDiscount(reading);
  if (discount) return { spot: discount, discount: true };
  const clear: Spot[] = [];
  const shopping: Spot[] = [];
  for (const match of findPromotion(reading.analysis)) {
    const key = phraseKey(match.phrase);
    if (!weakPromotion.has(key)) clear.push(match);
    else if (key === "shop" || key === "shopping") shopping.push(match);
  }
  clear.push(...cuesOf(reading, "pitch"));
  if (!has(reading, "operational")) clear.push(...shopping);
  if (!clear.length) return undefined;
  return { spot: clear.sort((a, b) => a.start - b.start)[0], discount: false };
}

const DISCOUNT_VERBS = new Set(["save", "saving", "take", "get", "enjoy", "extra"]);
const PRICE_LEADS = new Set(["for", "only", "just", "now"]);

/** "20% off", "$10 off", "half off", "save 15%", "2 for $5", "now only $9.99". */
export function findDiscount(reading: Reading): Spot | undefined {
  const terms = reading.analysis.terms;
  for (let i = 0; i < terms.length; i++) {
    const norm = terms[i].norm;
    const amount = /^[$£€¥]?\d/.test(norm) && (norm.endsWith("%") || /^[$£€¥]/.test(norm));
    const next = terms[i + 1]?.norm;
    if ((amount || norm === "half") && (next === "off" || next === "percent")) return { start: terms[i].start, end: terms[i + 1].end };
    if (amount && i > 0 && DISCOUNT_VERBS.has(terms[i - 1].norm) && norm.endsWith("%")) return { start: terms[i - 1].start, end: terms[i].end };
    if (amount && i > 0 && /^[$£€¥]/.test(norm) && PRICE_LEADS.has(terms[i - 1].norm)) return { start: terms[i - 1].start, end: terms[i].end };
  }
  return undefined;
}

/**
 * Cheer: a party or laughing emoji, or positive words that are not words of care ("love",
 * "stay safe", "thank you, first responders" are care; "fun", "excited", "delicious" are cheer).
 */
function findCheer(reading: Reading): Spot | undefined {
  const { sympathyWords } = getLexicon();
  const care = new SpanIndex([...cuesOf(reading, "sympathy"), ...cuesOf(reading, "weakSympathy")]);
  let sum = 0;
  let strongest: { spot: Spot; score: number } | undefined;
  for (const hit of reading.sentiment.hits) {
    if (hit.emoji?.cue === "party" || hit.emoji?.cue === "laugh") return hit;
    if (hit.score <= 0 || hit.emoji) continue;
    const word = reading.analysis.terms[hit.term].norm;
    if (sympathyWords.has(word) || care.contains(hit.start, hit.end)) continue;
    sum += hit.score;
    if (!strongest || hit.score > strongest.score) strongest = { spot: hit, score: hit.score };
  }
  // One strong word ("amazing", "fun", "happy") or several milder ones; calm words ("restful",
  // "wishing") alone are not cheer.
  if (strongest && (strongest.score >= 3 || sum >= 4)) return strongest.spot;
  return undefined;
}

const SALES_WORDS = new Set(["sales", "proceeds", "profits", "purchases", "revenue", "every", "each", "orders"]);

/** "10% of today's sales go to…": a share of sales given away. */
function sharesSales(reading: Reading): boolean {
  const terms = reading.analysis.terms;
  for (let i = 0; i + 1 < terms.length; i++) {
    if (!terms[i].norm.endsWith("%") || terms[i + 1].norm !== "of") continue;
    for (let k = i + 2; k < Math.min(i + 5, terms.length); k++) if (SALES_WORDS.has(terms[k].norm)) return true;
  }
  return false;
}

function quote(text: string, spot: Spot): string {
  return `“${text.slice(spot.start, spot.end)}”`;
}
