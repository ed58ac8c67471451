// A reply that does not meet the message it answers: laughing, cheering or selling at a customer who
// complains or a person in distress, without acknowledging what they said.
import { analyze } from "../../src/text/analysis.js";
import { findPromotion } from "../../src/text/cues.js";
import type { Post, ReportDescriptor } from "../../src/types.js";
import { getLexicon, phraseKey } from "./lexicon.js";
import { findDiscount } from "./moment.js";
import { cuesOf, has, read, sequenceAt, type Reading } from "./reading.js";

/** The reading of the message the post answers (`inReplyTo`), or undefined when there is none. */
export function readSource(post: Post): Reading | undefined {
  return post.inReplyTo?.trim() ? read(analyze(post.inReplyTo)) : undefined;
}

/** What the post answers: "a complaint", "a message of distress", or undefined for anything else. */
export function replySourceMood(source: Reading | undefined): string | undefined {
  return source && sourceMood(source);
}

/** `upset`: the mood of the message replied to (replySourceMood). */
export function checkReply(post: Post, reading: Reading, upset: string | undefined): ReportDescriptor[] {
  if (!upset) return [];
  const acknowledged = has(reading, "acknowledgment");
  const found = findFlippant(reading, acknowledged) ?? (acknowledged ? undefined : findPromotionOrCheer(reading));
  if (!found) return [];
  return [
    {
      messageId: found.messageId,
      data: { words: post.text.slice(found.start, found.end), source: upset },
      start: found.start,
      end: found.end,
      severity: "warn",
    },
  ];
}

/**
 * "a complaint" or "a message of distress", or undefined for anything else. Distress words decide
 * alone (a bitter "Great." does not cheer up a layoff); complaint words need a message that is not
 * positive overall ("your customer service is amazing" is praise).
 */
function sourceMood(source: Reading): string | undefined {
  const { score } = source.sentiment;
  if (has(source, "distress") && score < 4) return "a message of distress";
  // Customers complain in sarcasm too ("Thanks for nothing").
  if (((has(source, "complaint") || waitedLong(source)) && score <= 1) || score <= -3 || has(source, "sarcasm")) return "a complaint";
  return undefined;
}

/**
 * "Waited 45 min", "waited on the platform at Central for over an hour": a wait verb, then a unit of time
 * within ten words of the same sentence.
 */
function waitedLong(source: Reading): boolean {
  const { waitVerbs, waitUnits } = getLexicon();
  const terms = source.analysis.terms;
  let lastWait = -Infinity;
  for (let k = 0; k < terms.length; k++) {
    if (waitVerbs.has(terms[k].norm)) lastWait = k;
    else if (k - lastWait <= 10 && source.clauses[k] === source.clauses[lastWait] && waitUnits.has(terms[k].norm)) return true;
  }
  return false;
}

interface Found {
  messageId: string;
  start: number;
  end: number;
}

function findFlippant(reading: Reading, acknowledged: boolean): Found | undefined {
  const flippant = cuesOf(reading, "flippant", { inHashtags: false })[0];
  if (flippant) return { messageId: "replyFlippant", start: flippant.start, end: flippant.end };
  for (const hit of reading.sentiment.hits) {
    if (hit.emoji?.cue === "laugh" && hit.norm !== "😅") return { messageId: "replyFlippant", start: hit.start, end: hit.end };
  }
  if (acknowledged) return undefined;
  const mild =
    cuesOf(reading, "flippantMild", { inHashtags: false })[0] ?? reading.sentiment.hits.find((hit) => hit.emoji?.cue === "laugh") ?? findShrug(reading);
  return mild && { messageId: "replyFlippant", start: mild.start, end: mild.end };
}

/**
 * "Turbulence happens", "Delays happen!": "happen(s)" closing a clause of at most three words is a
 * shrug. "Here's what happens next" opens an explanation instead.
 */
function findShrug(reading: Reading): { start: number; end: number } | undefined {
  const terms = reading.analysis.terms;
  const explained = new Set(cuesOf(reading, "shrugException").map((match) => reading.clauses[match.firstTerm]));
  for (let k = 0; k < terms.length; k++) {
    if (terms[k].norm !== "happens" && terms[k].norm !== "happen") continue;
    const clause = reading.clauses[k];
    if (explained.has(clause) || (k + 1 < terms.length && reading.clauses[k + 1] === clause)) continue;
    let first = k;
    while (first > 0 && reading.clauses[first - 1] === clause && k - first < 2) first--;
    const longer = first > 0 && reading.clauses[first - 1] === clause;
    if (!longer) return { start: terms[first].start, end: terms[k].end };
  }
  return undefined;
}

function findPromotionOrCheer(reading: Reading): Found | undefined {
  const { weakPromotion } = getLexicon();
  const promotion =
    findDiscount(reading) ??
    findPromotion(reading.analysis).find((match) => !weakPromotion.has(phraseKey(match.phrase))) ??
    cuesOf(reading, "pitch")[0] ??
    getLexicon().plug.matchAll(reading.analysis, { inHashtags: false })[0] ??
    findLoyaltyPlug(reading);
  if (promotion) return { messageId: "replyPromotion", start: promotion.start, end: promotion.end };
  const cheerful = cuesOf(reading, "cheerful")[0];
  if (cheerful) return { messageId: "replyCheerful", start: cheerful.start, end: cheerful.end };
  let positive = 0;
  let first: { start: number; end: number } | undefined;
  for (const hit of reading.sentiment.hits) {
    if (hit.emoji?.cue === "party") return { messageId: "replyCheerful", start: hit.start, end: hit.end };
    if (hit.score > 0) {
      positive += hit.score;
      first ??= hit;
    }
  }
  if (first && positive >= 5) return { messageId: "replyCheerful", start: first.start, end: first.end };
  return undefined;
}

/** "Earn 2x points on every purchase", "collect bonus miles": a loyalty scheme plugged in a reply. */
function findLoyaltyPlug(reading: Reading): { start: number; end: number } | undefined {
  const { loyaltyVerbs, loyaltyRewards } = getLexicon();
  const terms = reading.analysis.terms;
  for (let k = 0; k < terms.length; k++) {
    const verb = sequenceAt(terms, k, loyaltyVerbs);
    if (!verb) continue;
    for (let at = k + verb; at < k + verb + 3 && at < terms.length && reading.clauses[at] === reading.clauses[k]; at++) {
      if (loyaltyRewards.has(terms[at].norm)) return { start: terms[k].start, end: terms[at].end };
    }
  }
  return undefined;
}
