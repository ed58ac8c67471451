// What each platform shows and allows (data: platforms.yaml).
import { loadData } from "./data.js";
import type { Platform } from "./types.js";

export interface PlatformInfo {
  name: string;
  maxLength: number;
  /** Characters shown before "… more", or null when the whole post is shown. */
  truncation: number | null;
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
  if (!platform) return undefined;
  const cut = (platformInfo(platform) as PlatformInfo | undefined)?.truncation ?? null;
  return cut !== null && text.length > cut ? cut : undefined;
}
