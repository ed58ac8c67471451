// --cache: results of files whose content and resolved config are unchanged since the last run
// are reused (like ESLint's .eslintcache), so a pre-commit run over a content repo is instant.
import { createHash } from "node:crypto";
import { createReadStream, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ResolvedConfig } from "./config/resolve.js";
import type { LintResult } from "./types.js";
import { VERSION } from "./version.js";

export const DEFAULT_CACHE_FILE = ".postlintcache";

interface CacheEntry {
  key: string;
  result: LintResult;
}

interface CacheFile {
  version: string;
  entries: Record<string, CacheEntry>;
}

export class ResultCache {
  private entries: Record<string, CacheEntry> = {};
  private readonly used = new Set<string>();

  private constructor(readonly path: string) {}

  /** Opens the cache at `location` (a file, or a directory to put .postlintcache in). */
  static open(location: string): ResultCache {
    const path = statSync(location, { throwIfNoEntry: false })?.isDirectory() ? join(location, DEFAULT_CACHE_FILE) : location;
    const cache = new ResultCache(path);
    try {
      const stored = JSON.parse(readFileSync(path, "utf8")) as CacheFile;
      // A cache from another postlint version may hold results its rules would not give.
      if (stored.version === VERSION && stored.entries && typeof stored.entries === "object") cache.entries = stored.entries;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
    return cache;
  }

  /** The cached result, if its key matches (and it kept the posts' text when a reporter needs it). */
  get(file: string, key: string, needPosts = false): LintResult | undefined {
    const entry = this.entries[file];
    if (entry?.key !== key || (needPosts && !entry.result.posts)) return undefined;
    this.used.add(file);
    return entry.result;
  }

  set(file: string, key: string, result: LintResult): void {
    this.used.add(file);
    // A fatal result (unreadable file, bad config) is never cached: the next run must retry it.
    if (result.fatal) delete this.entries[file];
    else this.entries[file] = { key, result };
  }

  /** Writes the cache atomically (temp file, then rename). */
  save(): void {
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: VERSION, entries: this.entries } satisfies CacheFile));
    renameSync(temporary, this.path);
  }
}

/**
 * What a file's result depends on: its bytes, the resolved config, and the day (trending and
 * crisis windows are judged against the current date for undated posts).
 */
export async function cacheKey(file: string, config: ResolvedConfig, now: Date): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  const configPart = JSON.stringify({
    defaults: config.defaults,
    rules: config.rules,
    settings: config.settings,
    sources: config.sources,
    day: now.toISOString().slice(0, 10),
  });
  hash.update("\0").update(configPart);
  return hash.digest("hex");
}
