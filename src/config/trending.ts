// Trending-hashtag feeds: local YAML or JSON lists of { tag, context?, sensitive?, since?, until? }.
import { readFileSync } from "node:fs";
import { describeFileError, PostlintError } from "../errors.js";
import { parseJson, parseYamlValue } from "../inputs/parse.js";
import type { TrendingEntry } from "../types.js";
import { trendingEntrySchema } from "./schema.js";
import { isPlainObject, toDate, validate } from "./validate.js";

const feeds = new Map<string, TrendingEntry[]>();

/** Reads a feed once per process; a bad entry is a located error naming its index. */
export function loadTrendingFeed(path: string): TrendingEntry[] {
  const cached = feeds.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new PostlintError(`cannot read trending feed: ${describeFileError(error)}`, { file: path });
  }
  const value = path.endsWith(".json") ? parseJson(text, path) : parseYamlValue(text, path);
  const list = isPlainObject(value) && Array.isArray(value.trending) ? value.trending : value;
  if (!Array.isArray(list)) {
    throw new PostlintError("a trending feed must be a list of { tag, context?, sensitive?, since?, until? }", { file: path, line: 1, column: 1 });
  }
  const entries = list.map((item, index) => toEntry(item, index, path));
  feeds.set(path, entries);
  return entries;
}

function toEntry(item: unknown, index: number, file: string): TrendingEntry {
  const raw = typeof item === "string" ? { tag: item } : item;
  const issues = validate(raw, trendingEntrySchema, `[${index}]`);
  if (issues.length === 0 && !(isPlainObject(raw) && typeof raw.tag === "string" && raw.tag.replace(/^#/, "").trim())) {
    issues.push({ path: `[${index}].tag`, message: "is required: the hashtag" });
  }
  if (issues.length > 0) {
    throw new PostlintError(`invalid trending feed: ${issues[0].path}: ${issues[0].message}`, { file });
  }
  const entry = raw as Record<string, unknown>;
  const since = entry.since === undefined ? undefined : toDate(entry.since);
  const until = entry.until === undefined ? undefined : toDate(entry.until);
  if (since && until && since > until) {
    throw new PostlintError(`invalid trending feed: [${index}]: "since" is after "until"`, { file });
  }
  return {
    tag: (entry.tag as string).trim().replace(/^#/, ""),
    context: entry.context as string | undefined,
    sensitive: entry.sensitive as boolean | undefined,
    since,
    until: until && isDateOnly(entry.until) ? endOfDay(until) : until,
    source: file,
  };
}

// "until: 2026-03-20" means through that whole day.
function isDateOnly(value: unknown): boolean {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
}

function endOfDay(date: Date): Date {
  return new Date(date.getTime() + 24 * 60 * 60 * 1000 - 1);
}
