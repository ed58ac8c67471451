// What each platform shows and allows (data: platforms.yaml).
import { loadData } from "./data.js";
import type { Platform } from "./types.js";

export interface PlatformInfo {
  name: string;
  maxLength: number;
  /** Characters shown before "… more", or null when the whole post is shown. */
  truncation: number | null;
  /** Lines shown before "… more", where the platform also folds a caption by lines. */
  truncationLines?: number;
  maxHashtags: number;
  maxMentions: number;
  /** How maxLength is counted (see platforms.yaml). */
  counting: "codepoints" | "graphemes" | "weighted";
  /** A link's fixed cost, where the platform shortens links. */
  urlLength?: number;
  /** Which of the hashtag and mention limits the platform enforces (the others are guidance). */
  hard: Array<"hashtags" | "mentions">;
}

let platforms: Record<Platform, PlatformInfo> | undefined;

// Held once loaded: rules ask for every post, and resolving the data file's URL each time costs
// more than the rest of a lookup.
export function platformInfo(platform: Platform): PlatformInfo {
  platforms ??= loadData<Record<Platform, PlatformInfo>>(new URL("./platforms.yaml", import.meta.url));
  return platforms[platform];
}

/**
 * Offset in the text where the platform's "more" cut falls, or undefined when nothing is hidden
 * (also for a platform the table does not know, which a plugin or an API caller may pass).
 */
export function truncationPoint(text: string, platform: Platform | undefined): number | undefined {
  const info = platform ? (platformInfo(platform) as PlatformInfo | undefined) : undefined;
  return info ? foldOffset(text, info.truncation, info.truncationLines) : undefined;
}

/**
 * Offset of the first hidden character: after `truncation` characters (code points), or at the
 * start of the line after the first `lines` lines, whichever comes first. Undefined when the
 * whole text is shown.
 */
export function foldOffset(text: string, truncation: number | null, lines?: number): number | undefined {
  if (!truncation) return undefined;
  let count = 0;
  let newlines = 0;
  for (let at = 0; at < text.length; at += (text.codePointAt(at) as number) > 0xffff ? 2 : 1) {
    if (count++ === truncation) return at;
    if (text[at] === "\n" && lines !== undefined && ++newlines === lines && at + 1 < text.length) return at + 1;
  }
  return undefined;
}
