// The built-in rules. Rule modules load their data lazily, on their first check, so
// importing this registry costs only the modules themselves.
import agencyVoice from "../rules/agency-voice/index.js";
import brandTerms from "../rules/brand-terms/index.js";
import crisisFreeze from "../rules/crisis-freeze/index.js";
import hashtagHijack from "../rules/hashtag-hijack/index.js";
import leakedBrief from "../rules/leaked-brief/index.js";
import platformLimits from "../rules/platform-limits/index.js";
import profanity from "../rules/profanity/index.js";
import toneMismatch from "../rules/tone-mismatch/index.js";
import type { Rule } from "./types.js";

export const BUILTIN_RULES: ReadonlyMap<string, Rule> = new Map(
  [agencyVoice, hashtagHijack, profanity, toneMismatch, leakedBrief, platformLimits, crisisFreeze, brandTerms].map((rule) => [rule.meta.id, rule]),
);
