// Feeds: local YAML or JSON files a team publishes for every config to use. A feed is a list of
// trending hashtags { tag, context?, sensitive?, since?, until? }, or an object
// { trending: [...], crisis: [{ since, until, context }] } so crisis windows can be announced
// in the same file as the tags of the moment.
import { readFileSync } from "node:fs";
import { describeFileError, PostlintError } from "../errors.js";
import { parseJson } from "../inputs/parse.js";
import { parseSettingsYaml } from "../inputs/settings-yaml.js";
import type { CrisisWindow, TrendingEntry } from "../types.js";
import { locateConfigKey } from "./locate.js";
import { crisisWindowSchema, trendingEntrySchema, trendingFeedSchema } from "./schema.js";
import { isPlainObject, validate } from "./validate.js";
import { readWindow } from "./window.js";

export interface Feed {
  trending: TrendingEntry[];
  crisis: CrisisWindow[];
}

const feeds = new Map<string, Feed>();

/** Reads a feed once per process; a bad entry is a located error naming its key path. */
export function loadFeed(path: string): Feed {
  const cached = feeds.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new PostlintError(`cannot read trending feed: ${describeFileError(error)}`, { file: path });
  }
  const value = path.endsWith(".json") ? parseJson(text, path) : parseSettingsYaml(text, path);
  const shapeIssues = validate(value ?? [], trendingFeedSchema);
  if (shapeIssues.length > 0) {
    const [{ path: keyPath, message }] = shapeIssues;
    if (keyPath) throw located(`invalid trending feed: ${keyPath}: ${message}`, path, keyPath);
    throw new PostlintError("invalid trending feed: a feed must be a list of { tag, context?, sensitive?, since?, until? } or an object { trending, crisis }", {
      file: path,
      line: 1,
      column: 1,
    });
  }
  const [trendingList, crisisList, prefix] = isPlainObject(value)
    ? [(value.trending ?? []) as unknown[], (value.crisis ?? []) as unknown[], "trending"]
    : [(value ?? []) as unknown[], [], ""];
  const feed: Feed = {
    trending: trendingList.map((item, index) => toEntry(item, `${prefix}[${index}]`, path)),
    crisis: crisisList.map((item, index) => toCrisisWindow(item as Record<string, unknown>, `crisis[${index}]`, path)),
  };
  feeds.set(path, feed);
  return feed;
}

export function loadTrendingFeed(path: string): TrendingEntry[] {
  return loadFeed(path).trending;
}

function toEntry(item: unknown, where: string, file: string): TrendingEntry {
  const raw = typeof item === "string" ? { tag: item } : item;
  const issues = validate(raw, trendingEntrySchema, where);
  if (issues.length === 0 && !(isPlainObject(raw) && typeof raw.tag === "string" && raw.tag.replace(/^#/, "").trim())) {
    issues.push({ path: `${where}.tag`, message: "is required: the hashtag" });
  }
  if (issues.length > 0) {
    throw located(`invalid trending feed: ${issues[0].path}: ${issues[0].message}`, file, issues[0].path);
  }
  const entry = raw as Record<string, unknown>;
  const window = readWindow(entry);
  if (!window) throw located(`invalid trending feed: ${where}: "since" is after "until"`, file, where);
  return {
    tag: (entry.tag as string).trim().replace(/^#/, ""),
    context: entry.context as string | undefined,
    sensitive: entry.sensitive as boolean | undefined,
    ...window,
    source: file,
  };
}

/** A crisis window from a config or a feed; `where` is its key path in `file`, for the message. */
export function toCrisisWindow(entry: Record<string, unknown>, where: string, file: string): CrisisWindow {
  const issues = validate(entry, crisisWindowSchema, where);
  if (issues.length > 0) throw located(`invalid crisis window: ${issues[0].path}: ${issues[0].message}`, file, issues[0].path);
  if (entry.since === undefined && entry.until === undefined) {
    throw located(`invalid crisis window: ${where}: needs "since", "until" or both (an open end is unbounded)`, file, where);
  }
  const window = readWindow(entry);
  if (!window) throw located(`invalid crisis window: ${where}: "since" is after "until"`, file, `${where}.since`);
  return { ...window, context: typeof entry.context === "string" ? entry.context.trim() || undefined : undefined };
}

function located(message: string, file: string, keyPath: string): PostlintError {
  return new PostlintError(message, { file, ...locateConfigKey(file, keyPath) });
}
