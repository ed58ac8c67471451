// A post's length the way its platform counts it, and where the limit falls in the text.
// X's weighting (links as 23, CJK and emoji as 2) comes from twitter-text, X's own library; it
// takes ~200 ms to load, so it is required only for an X post that might be over the limit.
import { createRequire } from "node:module";
import type { Analysis } from "../../src/text/analysis.js";
import type { PlatformInfo } from "../../src/platforms.js";

export interface Overflow {
  /** The length as the platform counts it. */
  length: number;
  /** Offset in the text of the first character past the limit. */
  cut: number;
}

interface ParsedTweet {
  weightedLength: number;
  validRangeEnd: number;
}
interface TwitterText {
  parseTweet(text: string, options?: object): ParsedTweet;
  configs: { defaults: object };
}

const require = createRequire(import.meta.url);
let twitterText: TwitterText | undefined;

export function overflow(analysis: Analysis, limits: Pick<PlatformInfo, "maxLength" | "counting" | "urlLength">): Overflow | undefined {
  const { text } = analysis;
  const { maxLength } = limits;
  if (limits.counting === "weighted") return weightedOverflow(text, maxLength);
  if (text.length <= maxLength && (!limits.urlLength || analysis.urls.length === 0)) return undefined;
  const starts = limits.counting === "graphemes" ? graphemeStarts(text) : codePointStarts(text);
  let length = 0;
  let cut: number | undefined;
  let link = 0;
  for (const start of starts) {
    while (limits.urlLength && link < analysis.urls.length && analysis.urls[link].end <= start) link++;
    const url = limits.urlLength ? analysis.urls[link] : undefined;
    const inUrl = url !== undefined && url.start <= start;
    // A shortened link costs urlLength once, at its first character.
    if (inUrl && start !== url.start) continue;
    length += inUrl ? (limits.urlLength as number) : 1;
    if (length > maxLength && cut === undefined) cut = start;
  }
  return cut === undefined ? undefined : { length, cut };
}

function weightedOverflow(text: string, maxLength: number): Overflow | undefined {
  // An upper bound first, so twitter-text is loaded only for posts near the limit: X weighs a code
  // point below U+1100 as 1 and any other as 2 (here each UTF-16 unit above it as 2, more than
  // enough), and a link as at most 23 more than its text; every link holds a dot.
  let bound = 0;
  for (let at = 0; at < text.length; at++) bound += text.charCodeAt(at) < 0x1100 ? 1 : 2;
  for (let at = text.indexOf("."); at >= 0; at = text.indexOf(".", at + 1)) bound += 23;
  if (bound <= maxLength) return undefined;
  twitterText ??= require("twitter-text") as TwitterText;
  const parsed = twitterText.parseTweet(text, { ...twitterText.configs.defaults, maxWeightedTweetLength: maxLength });
  if (parsed.weightedLength <= maxLength) return undefined;
  return { length: parsed.weightedLength, cut: parsed.validRangeEnd + 1 };
}

function codePointStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at += (text.codePointAt(at) as number) > 0xffff ? 2 : 1) starts.push(at);
  return starts;
}

let segmenter: Intl.Segmenter | undefined;

function graphemeStarts(text: string): number[] {
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), ({ index }) => index);
}
