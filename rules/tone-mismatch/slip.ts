// The wrong-account slip: personal life (drinking, partying, a partner, a parent) posted on a
// brand's account, usually by someone who thought they were on their own.
import type { Post, ReportDescriptor } from "../../src/types.js";
import { getLexicon } from "./lexicon.js";
import { cuesOf, type Reading } from "./reading.js";

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
  const spot = cuesOf(reading, "personal")[0] ?? stemInHashtag(reading);
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
