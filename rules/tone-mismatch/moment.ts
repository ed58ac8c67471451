// Promotion or cheer at a moment of grief or danger: the post refers to a tragedy (tragedy.ts) and
// sells, pitches a product, asks people to buy to give, or celebrates. (Every post dated inside a
// crisis window is held by crisis-freeze; here a window only confirms a soft cue such as "the storm".)
import { findPromotion } from "../../src/text/cues.js";
import type { Post, ReportDescriptor, RuleSettings } from "../../src/types.js";
import { getLexicon, phraseKey } from "./lexicon.js";
import { cuesOf, has, sequenceAt, sequenceBefore, SpanIndex, type Reading } from "./reading.js";
import { findMoment, quote, type Spot } from "./tragedy.js";

/** `source`: the reading of the message the post replies to, if any. */
export function checkMoment(post: Post, reading: Reading, settings: RuleSettings, source?: Reading): ReportDescriptor[] {
  let moment = findMoment(post, reading, settings);
  let found = moment && findOffence(reading);
  // A reply to someone grieving ("Lost our old boy Rufus this morning") carries their moment: a
  // discount code or a party emoji there is as wrong as in a post about it, apology or not.
  if (!moment && source) {
    const grief = findMoment({}, source, { ...settings, crisis: [] });
    moment = grief && { event: `${grief.event} (the message you reply to)` };
    found = moment && findReplyOffence(reading);
  }
  if (!moment || !found) return [];
  return [
    {
      messageId: found.messageId,
      data: { cue: quote(post.text, found.spot), event: moment.event },
      start: found.spot.start,
      end: found.spot.end,
      severity: found.messageId === "momentCharity" ? "warn" : "error",
    },
  ];
}

/** Selling (or selling tied to a donation), buying to give, or cheer: what would jar beside a tragedy. */
function findOffence(reading: Reading): { messageId: string; spot: Spot } | undefined {
  const promotion = findSelling(reading);
  if (promotion) {
    const charity = (has(reading, "charity") || sharedSales(reading) !== undefined) && !promotion.discount;
    return { messageId: charity ? "momentCharity" : "momentPromotion", spot: promotion.spot };
  }
  const giving = findLinkedGiving(reading);
  if (giving) return { messageId: "momentCharity", spot: giving };
  const cheer = findCheer(reading);
  return cheer && { messageId: "momentCheer", spot: cheer };
}

/**
 * In a reply to grief: selling, buying to give, or a party emoji (words of warmth are condolence there).
 * A discount offered as amends or to the bereaved ("bereavement fares are 50% off") is care.
 */
function findReplyOffence(reading: Reading): { messageId: string; spot: Spot } | undefined {
  if (getLexicon().concession.test(reading.analysis, { inHashtags: false })) return undefined;
  const promotion = findSelling(reading);
  if (promotion) return { messageId: "momentPromotion", spot: promotion.spot };
  const giving = findLinkedGiving(reading);
  if (giving) return { messageId: "momentCharity", spot: giving };
  const party = reading.sentiment.hits.find((hit) => hit.emoji?.cue === "party");
  return party && { messageId: "momentCheer", spot: party };
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
    else if ((key === "shop" || key === "shopping") && !namesAShop(reading.analysis, match.firstTerm)) shopping.push(match);
  }
  clear.push(...cuesOf(reading, "pitch"));
  if (!has(reading, "operational")) clear.push(...shopping, ...findSalesImperatives(reading));
  if (!clear.length) return undefined;
  return { spot: clear.sort((a, b) => a.start - b.start)[0], discount: false };
}

// Words before "shop" that make it a place: "our Wellgate shop", "the butcher's shop", "a charity
// shop", "our first shop" (then the post talks about the shop, it does not say "shop our sale").
const SHOP_OWNERS = new Set(["our", "my", "your", "their", "his", "her", "its", "the", "a", "this", "that", "every", "each", "local", "first", "new", "charity", "corner", "gift", "coffee", "farm", "village", "high", "street"]);

function namesAShop(analysis: Reading["analysis"], first: number): boolean {
  const { terms, text } = analysis;
  const before = terms[first - 1];
  if (!before || before.hashtag !== undefined || /[.!?\n]/.test(text.slice(before.end, terms[first].start))) return false;
  if (SHOP_OWNERS.has(before.norm) || before.norm.endsWith("'s")) return true;
  // A place's name: "our Wellgate shop", "at Market Hill shop" (a capitalised word not opening the sentence).
  const capitalised = before.text[0] !== before.text[0].toLowerCase();
  return capitalised && !analysis.sentences.some((sentence) => sentence.start === before.start);
}

const DISCOUNT_VERBS = new Set(["save", "saving", "take", "get", "enjoy", "extra"]);
const PRICE_LEADS = new Set(["for", "only", "just", "now"]);

/** "Upgrade today.", "…, grab yours before they sell out": a call to buy opening a sentence or a clause. */
function findSalesImperatives(reading: Reading): Spot[] {
  const { salesImperatives, salesImperativesWithObject, imperativeObjects } = getLexicon().moment;
  const { terms, text } = reading.analysis;
  const found: Spot[] = [];
  for (let k = 0; k < terms.length; k++) {
    const opens = k === 0 || reading.clauses[k - 1] !== reading.clauses[k] || /[,—–]/.test(text.slice(terms[k - 1].end, terms[k].start));
    if (!opens || terms[k].hashtag !== undefined) continue;
    const plain = sequenceAt(terms, k, salesImperatives);
    const verb = plain || sequenceAt(terms, k, salesImperativesWithObject);
    if (!verb) continue;
    const object = plain ? 0 : sequenceAt(terms, k + verb, imperativeObjects);
    if (!plain && !object) continue;
    // "Book your free check-up": a service, not a sale.
    const next = terms.slice(k + verb, k + verb + 3);
    if (next.some((term) => term.norm === "free")) continue;
    found.push({ start: terms[k].start, end: terms[k + verb + object - 1].end });
  }
  return found;
}

/** "every dollar from the bake sale goes to…", "for every bear sold", "proceeds from", "10% of sales". */
function findLinkedGiving(reading: Reading): Spot | undefined {
  const { givingLeads, givingUnits, givingFrom, perSale, perItemSold, proceeds } = getLexicon().moment;
  const terms = reading.analysis.terms;
  for (let k = 0; k < terms.length; k++) {
    if (terms[k].hashtag !== undefined) continue;
    const norm = terms[k].norm;
    const proceedsLength = sequenceAt(terms, k, proceeds);
    if (proceedsLength) return { start: terms[k].start, end: terms[k + proceedsLength - 1].end };
    if (givingLeads.has(norm)) {
      const unit = terms[k + 1];
      const isMoney = unit !== undefined && (givingUnits.has(unit.norm) || isAmount(reading, k + 1));
      const from = isMoney ? sequenceAt(terms, k + 2, givingFrom) : 0;
      if (from) return { start: terms[k].start, end: terms[k + 1 + from].end };
    }
    if (norm === "for" && givingLeads.has(terms[k + 1]?.norm ?? "")) {
      for (let at = k + 2; at < k + 5 && at < terms.length && reading.clauses[at] === reading.clauses[k]; at++) {
        if (perSale.has(terms[at].norm)) return { start: terms[k].start, end: terms[at].end };
      }
    }
    // "every lift pass sold this Saturday goes to…" (not "every ticket sold out"), when the money is given.
    if (givingLeads.has(norm) && (k === 0 || terms[k - 1].norm !== "for")) {
      for (let at = k + 1; at < k + 6 && at < terms.length && reading.clauses[at] === reading.clauses[k]; at++) {
        if (!perItemSold.has(terms[at].norm) || terms[at + 1]?.norm === "out") continue;
        if (has(reading, "charity") || givenLater(reading, at)) return { start: terms[k].start, end: terms[at].end };
      }
    }
  }
  return sharedSales(reading);
}

/** A word of giving within ten words after `from`, in its clause: "…sold this Saturday goes to the fund". */
function givenLater(reading: Reading, from: number): boolean {
  const { perItemGiven } = getLexicon().moment;
  const terms = reading.analysis.terms;
  for (let at = from + 1; at <= from + 10 && at < terms.length && reading.clauses[at] === reading.clauses[from]; at++) {
    if (perItemGiven.has(terms[at].norm)) return true;
  }
  return false;
}

/** A sum of money: "$1", "€5", or a figure right after a currency sign the tokenizer leaves out ("₹199"). */
function isAmount(reading: Reading, index: number): boolean {
  const term = reading.analysis.terms[index];
  if (/^[$£€¥]\d/.test(term.norm)) return true;
  return /^\d/.test(term.norm) && getLexicon().moment.currencySigns.has(reading.analysis.text[term.start - 1] ?? "");
}

/** "20% off", "$10 off", "half off", "save 15%", "2 for $5", "now only $9.99", "for ₹199". */
export function findDiscount(reading: Reading): Spot | undefined {
  const terms = reading.analysis.terms;
  for (let i = 0; i < terms.length; i++) {
    const norm = terms[i].norm;
    const amount = (/^[$£€¥]?\d/.test(norm) && (norm.endsWith("%") || /^[$£€¥]/.test(norm))) || isAmount(reading, i);
    const next = terms[i + 1]?.norm;
    if ((amount || norm === "half") && (next === "off" || next === "percent")) return { start: terms[i].start, end: terms[i + 1].end };
    if (amount && i > 0 && DISCOUNT_VERBS.has(terms[i - 1].norm) && norm.endsWith("%")) return { start: terms[i - 1].start, end: terms[i].end };
    if (amount && i > 0 && !norm.endsWith("%") && PRICE_LEADS.has(terms[i - 1].norm)) return { start: terms[i - 1].start, end: terms[i].end };
  }
  return undefined;
}

/**
 * Cheer: a party or laughing emoji, a word of celebration ("fun", "excited", "celebrate"), or positive
 * words that are not words of care said with an exclamation mark ("amazing weekend, everyone!"). "Love",
 * "stay safe", "thank you, first responders" are care; "the best butcher Ballarat ever had" is tribute.
 */
function findCheer(reading: Reading): Spot | undefined {
  const { sympathyWords, moment } = getLexicon();
  // Giving ("we're donating blankets to the evacuation centre") is care too.
  const care = new SpanIndex([...cuesOf(reading, "sympathy"), ...cuesOf(reading, "weakSympathy"), ...cuesOf(reading, "charity")]);
  const exclaimed = reading.analysis.tokens.some((token) => token.kind === "punct" && token.text.includes("!"));
  const party = reading.sentiment.hits.find((hit) => hit.emoji?.cue === "party" || hit.emoji?.cue === "laugh");
  if (party) return party;
  const terms = reading.analysis.terms;
  const celebration = findCelebration(reading, care);
  if (celebration) return celebration;
  let sum = 0;
  let strongest: { spot: Spot; score: number } | undefined;
  for (const hit of reading.sentiment.hits) {
    if (hit.score <= 0 || hit.emoji) continue;
    const word = terms[hit.term].norm;
    if (sympathyWords.has(word) || care.contains(hit.start, hit.end)) continue;
    sum += hit.score;
    if (!strongest || hit.score > strongest.score) strongest = { spot: hit, score: hit.score };
  }
  // One strong word ("amazing", "happy") or several milder ones, said with an exclamation mark; calm
  // words ("restful", "wishing") are not cheer, nor are the mild words of a notice ("repairs progress").
  if (strongest && exclaimed && (strongest.score >= 3 || sum >= 4)) return strongest.spot;
  return undefined;
}

/**
 * "fun", "excited", "the party is still ON", "goodie bags": not a search party, a fun run or a party of
 * four, nor one called off in its clause ("tonight's party is cancelled").
 */
function findCelebration(reading: Reading, care: SpanIndex): Spot | undefined {
  const { celebration, celebrationNotBefore, celebrationNotAfter, celebrationCancelled } = getLexicon().moment;
  const terms = reading.analysis.terms;
  let cancelled: Set<number> | undefined;
  for (let k = 0; k < terms.length; k++) {
    if (!celebration.byFirst.has(terms[k].norm)) continue;
    // Inside a hashtag, a word of its own: "#FunDay".
    const length = terms[k].hashtag === undefined ? sequenceAt(terms, k, celebration) : celebration.byFirst.get(terms[k].norm)!.some((words) => words.length === 1) ? 1 : 0;
    if (!length) continue;
    const last = terms[k + length - 1];
    if (care.contains(terms[k].start, last.end) || celebrationNotAfter.has(terms[k + length]?.norm ?? "")) continue;
    if (sequenceBefore(terms, k, celebrationNotBefore)) continue;
    cancelled ??= new Set(celebrationCancelled.matchAll(reading.analysis, { inHashtags: false }).map((match) => reading.clauses[match.firstTerm]));
    if (cancelled.has(reading.clauses[k])) continue;
    return { start: terms[k].start, end: last.end };
  }
  return undefined;
}

const SALES_WORDS = new Set(["sales", "proceeds", "profits", "purchases", "revenue", "every", "each", "orders"]);

/** "10% of today's sales go to…": a share of sales given away. */
function sharedSales(reading: Reading): Spot | undefined {
  const terms = reading.analysis.terms;
  for (let i = 0; i + 1 < terms.length; i++) {
    if (!terms[i].norm.endsWith("%") || terms[i + 1].norm !== "of") continue;
    for (let k = i + 2; k < Math.min(i + 5, terms.length); k++) if (SALES_WORDS.has(terms[k].norm)) return { start: terms[i].start, end: terms[k].end };
  }
  return undefined;
}
