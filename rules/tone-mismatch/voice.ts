// Brand voices: the presets of voices.yaml or a config's own object, validated and resolved into
// one profile of limits; the options of the rule can tighten or loosen single limits.
import { loadData } from "../../src/data.js";
import type { Voice } from "../../src/types.js";

/** The count limits a voice may set, in the order messages list them. */
export const COUNT_LIMITS = [
  "maxExclamations",
  "maxCapsWords",
  "maxEmoji",
  "maxSlang",
  "maxFirstPersonSingular",
  "maxContractions",
] as const;
export type CountLimit = (typeof COUNT_LIMITS)[number];

export interface VoiceProfile {
  /** How messages name the voice: "formal", "friendly (customised)", "your voice". */
  label: string;
  sentiment: { min: number | null; max: number | null };
  limits: Record<CountLimit, number | null>;
  minWordsForSentiment: number;
}

interface VoicesData {
  minWordsForSentiment: number;
  presets: Record<string, Record<string, unknown>>;
}

const VOICE_KEYS = new Set<string>(["extends", "name", "description", "sentiment", ...COUNT_LIMITS]);

let voices: VoicesData | undefined;
function voicesData(): VoicesData {
  voices ??= loadData<VoicesData>(new URL("./voices.yaml", import.meta.url));
  return voices;
}

/** The preset names a config may give as `brand.voice` (for the config validator). */
export function voicePresetNames(): string[] {
  return Object.keys(voicesData().presets);
}

/**
 * Problems with a `brand.voice` value, each naming its key path (empty when valid): an unknown preset,
 * an unknown key, a limit that is not a non-negative number or null, a sentiment range upside down.
 */
export function validateVoice(voice: unknown, path = "brand.voice"): string[] {
  const presets = voicePresetNames();
  const known = `one of ${presets.join(", ")}`;
  if (typeof voice === "string") {
    return presets.includes(voice) ? [] : [`${path}: unknown voice "${voice}"; use ${known}, or an object of limits`];
  }
  if (voice === null || typeof voice !== "object" || Array.isArray(voice)) {
    return [`${path}: must be a voice name (${known}) or an object of limits`];
  }
  const problems: string[] = [];
  const object = voice as Record<string, unknown>;
  for (const [key, value] of Object.entries(object)) {
    if (!VOICE_KEYS.has(key)) {
      problems.push(`${path}.${key}: unknown key; a voice has ${[...VOICE_KEYS].join(", ")}`);
    } else if (key === "extends") {
      if (typeof value !== "string" || !presets.includes(value)) problems.push(`${path}.extends: must be ${known}`);
    } else if (key === "name" || key === "description") {
      if (typeof value !== "string") problems.push(`${path}.${key}: must be a string`);
    } else if (key === "sentiment") {
      problems.push(...validateRange(value, `${path}.sentiment`));
    } else if (!isLimit(value)) {
      problems.push(`${path}.${key}: must be a number of 0 or more, or null for no limit`);
    }
  }
  return problems;
}

function validateRange(value: unknown, path: string): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [`${path}: must be an object { min, max }`];
  const problems: string[] = [];
  const range = value as Record<string, unknown>;
  for (const [key, bound] of Object.entries(range)) {
    if (key !== "min" && key !== "max") problems.push(`${path}.${key}: unknown key; a range has min and max`);
    else if (bound !== null && (typeof bound !== "number" || !Number.isFinite(bound))) problems.push(`${path}.${key}: must be a number or null`);
  }
  if (typeof range.min === "number" && typeof range.max === "number" && range.min > range.max) {
    problems.push(`${path}: min (${range.min}) is greater than max (${range.max})`);
  }
  return problems;
}

function isLimit(value: unknown): value is number | null {
  return value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0);
}

const cache = new Map<unknown, VoiceProfile>();

/**
 * The profile to check a post against: the brand's voice with the rule's options over it, or only
 * the options' limits when no voice is chosen, or undefined when neither sets anything. An invalid
 * voice throws: comparing against a voice the user did not mean would be silently wrong.
 */
export function resolveVoice(voice: Voice | undefined, options: Record<string, unknown>): VoiceProfile | undefined {
  const overrides = optionLimits(options);
  if (voice === undefined && !overrides) return undefined;
  const key = overrides ? undefined : voice;
  const cached = key !== undefined ? cache.get(key) : undefined;
  if (cached) return cached;
  const profile = buildProfile(voice, overrides);
  if (key !== undefined) {
    if (cache.size > 256) cache.clear();
    cache.set(key, profile);
  }
  return profile;
}

function buildProfile(voice: Voice | undefined, overrides: Record<string, unknown> | undefined): VoiceProfile {
  const data = voicesData();
  const profile: VoiceProfile = {
    label: "configured",
    sentiment: { min: null, max: null },
    limits: { maxExclamations: null, maxCapsWords: null, maxEmoji: null, maxSlang: null, maxFirstPersonSingular: null, maxContractions: null },
    minWordsForSentiment: data.minWordsForSentiment,
  };
  if (voice !== undefined) {
    const problems = validateVoice(voice);
    if (problems.length) throw new Error(problems.join("; "));
    if (typeof voice === "string") {
      apply(profile, data.presets[voice]);
      profile.label = voice;
    } else {
      const base = typeof voice.extends === "string" ? voice.extends : undefined;
      if (base) apply(profile, data.presets[base]);
      apply(profile, voice);
      profile.label = typeof voice.name === "string" ? voice.name : base ? `${base} (customised)` : "brand";
    }
  }
  if (overrides) apply(profile, overrides);
  return profile;
}

function apply(profile: VoiceProfile, source: Record<string, unknown>): void {
  for (const limit of COUNT_LIMITS) {
    if (limit in source) profile.limits[limit] = source[limit] as number | null;
  }
  const range = source.sentiment as { min?: number | null; max?: number | null } | undefined;
  if (range && "min" in range) profile.sentiment.min = range.min ?? null;
  if (range && "max" in range) profile.sentiment.max = range.max ?? null;
}

/** The rule's options that set limits, as a partial voice (undefined when there are none). */
function optionLimits(options: Record<string, unknown>): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  for (const limit of COUNT_LIMITS) {
    if (isLimit(options[limit])) (found ??= {})[limit] = options[limit];
  }
  for (const [option, bound] of [["minSentiment", "min"], ["maxSentiment", "max"]] as const) {
    const value = options[option];
    if (typeof value === "number" || value === null) {
      found ??= {};
      found.sentiment = { ...(found.sentiment as object | undefined), [bound]: value };
    }
  }
  return found;
}
