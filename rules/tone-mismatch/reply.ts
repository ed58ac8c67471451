// A reply that does not meet the message it answers: laughing, cheering or selling at a customer who
// complains or a person in distress, without acknowledging what they said.
import { analyze } from "../../src/text/analysis.js";
import { findPromotion } from "../../src/text/cues.js";
import type { Post, ReportDescriptor } from "../../src/types.js";
import { getLexicon, phraseKey } from "./lexicon.js";
import { findDiscount } from "./moment.js";
import { cuesOf, has, read, type Reading } from "./reading.js";

export function checkReply(post: Post, reading: Reading): ReportDescriptor[] {
  if (!post.inReplyTo?.trim()) return [];
  const source = read(analyze(post.inReplyTo));
  const upset = sourceMood(source);
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
  if ((has(source, "complaint") && score <= 1) || score <= -3 || has(source, "sarcasm")) return "a complaint";
  return undefined;
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
  const mild = cuesOf(reading, "flippantMild", { inHashtags: false })[0] ?? reading.sentiment.hits.find((hit) => hit.emoji?.cue === "laugh");
  return mild && { messageId: "replyFlippant", start: mild.start, end: mild.end };
}

function findPromotionOrCheer(reading: Reading): Found | undefined {
  const { weakPromotion } = getLexicon();
  const promotion =
    findDiscount(reading) ??
    findPromotion(reading.analysis).find((match) => !weakPromotion.has(phraseKey(match.phrase))) ??
    cuesOf(reading, "pitch")[0];
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
