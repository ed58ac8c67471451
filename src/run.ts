// The one pipeline: files → posts → engine → results. Config is resolved per file, posts are
// streamed one at a time, and a file that cannot be read becomes a fatal result, not a crash.
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { findConfigFile, loadConfigChain, type ConfigLayer } from "./config/load.js";
import { resolveConfig, type CliOverrides, type PostDefaults, type ResolvedConfig } from "./config/resolve.js";
import { lintPost, RuleCrash } from "./engine.js";
import { PostlintError } from "./errors.js";
import { cacheKey, ResultCache } from "./cache.js";
import { expandPaths } from "./files.js";
import { lintOnThreads, threadsFor, type Concurrency } from "./parallel.js";
import { DEFAULT_MAX_POST_LENGTH, readPostsFromBytes, readPostsFromFile, type InputLimits, type SourcePost } from "./inputs/index.js";
import { analyze } from "./text/analysis.js";
import type { LintMessage, LintResult, Post, PostFields, PostSummary, RuleSettings } from "./types.js";

export interface RunOptions {
  cwd?: string;
  /** Use this config file instead of searching (-c). */
  configFile?: string;
  /** Ignore config files: the recommended rules only (--no-config). */
  noConfig?: boolean;
  cli?: CliOverrides;
  /** Report errors only (--quiet). */
  quiet?: boolean;
  /** The moment undated posts are judged at; defaults to now. */
  now?: Date;
  /** Keep each post's text and fields in the result, for reporters that show posts. */
  keepPosts?: boolean;
  /** Called after each post, for progress display. */
  onPost?: () => void;
  /** Takes each message as it is found, instead of the result keeping it (a streamed report). */
  onMessage?: (message: LintMessage) => void;
  /** Called with each file's result, in order, as soon as it is known. */
  onFileDone?: (result: LintResult) => void;
  /** Largest file read whole and longest post (--max-file-size, --max-post-length). */
  limits?: InputLimits;
  /** Reuse results of unchanged files from this cache file or directory (--cache). */
  cacheLocation?: string;
  /** Worker threads for many files: "auto" (default), "off", or how many (--concurrency). */
  concurrency?: Concurrency;
}

/** Finds and caches config per directory, so a folder of drafts reads its config once. */
export class ConfigResolver {
  private readonly layersByFile = new Map<string, Promise<ConfigLayer[]>>();
  private readonly fileByDirectory = new Map<string, Promise<string | undefined>>();
  private readonly byFile = new Map<string, Promise<ResolvedConfig>>();

  constructor(private readonly options: RunOptions) {}

  /** The config for one file, resolved once (a folder run asks twice: to skip feeds, then to lint). */
  forFile(filePath: string): Promise<ResolvedConfig> {
    let resolved = this.byFile.get(filePath);
    if (!resolved) {
      resolved = this.resolve(filePath);
      this.byFile.set(filePath, resolved);
    }
    return resolved;
  }

  private async resolve(filePath: string): Promise<ResolvedConfig> {
    const configFile = await this.configFileFor(dirname(filePath));
    const layers = configFile ? await this.layers(configFile) : [];
    return resolveConfig(layers, filePath, this.options.cli);
  }

  async configFileFor(directory: string): Promise<string | undefined> {
    if (this.options.noConfig) return undefined;
    if (this.options.configFile) return resolve(this.options.cwd ?? process.cwd(), this.options.configFile);
    let found = this.fileByDirectory.get(directory);
    if (!found) {
      found = findConfigFile(directory);
      this.fileByDirectory.set(directory, found);
    }
    return found;
  }

  private layers(configFile: string): Promise<ConfigLayer[]> {
    let layers = this.layersByFile.get(configFile);
    if (!layers) {
      layers = loadConfigChain(configFile);
      this.layersByFile.set(configFile, layers);
    }
    return layers;
  }
}

/** Lints files, directories and globs. Paths that match nothing throw a PostlintError. */
export async function lintFiles(paths: string[], options: RunOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const configs = new ConfigResolver(options);
  const files = await withoutFeeds(await expandPaths(paths, cwd), paths, cwd, configs);
  const now = options.now ?? new Date();
  const results: Array<LintResult | undefined> = new Array(files.length);
  const cache = options.cacheLocation !== undefined ? ResultCache.open(resolve(cwd, options.cacheLocation)) : undefined;
  const keys = new Map<string, string>();
  if (cache) {
    for (const [index, file] of files.entries()) {
      // Only a regular file's bytes can be hashed: a FIFO would block, a device never end.
      if (!(await stat(file).then((info) => info.isFile(), () => false))) continue;
      const key = await cacheKey(file, await configs.forFile(file), now).catch(() => undefined);
      if (key === undefined) continue;
      keys.set(file, key);
      results[index] = cache.get(file, key, options.keepPosts);
    }
  }
  const pending = files.filter((_, index) => results[index] === undefined);
  const threads = threadsFor(pending.length, options.concurrency);
  const fresh =
    threads > 1
      ? (await lintOnThreads(pending, threads, { ...options, now })).map((result) => (options.onFileDone?.(result), result))
      : await sequentially(pending, async (file) => {
          const result = await lintSource(file, () => readPostsFromFile(file, options.limits), configs, { ...options, now });
          options.onFileDone?.(result);
          return result;
        });
  for (const [index, file] of files.entries()) {
    if (results[index] !== undefined) continue;
    const result = fresh.shift() as LintResult;
    results[index] = result;
    const key = keys.get(file);
    if (cache && key) cache.set(file, key, result);
  }
  cache?.save();
  return results as LintResult[];
}

/** A trending feed found in a linted folder is data, not posts; named on the command line it is linted. */
async function withoutFeeds(files: string[], paths: string[], cwd: string, configs: ConfigResolver): Promise<string[]> {
  const named = new Set(paths.map((path) => resolve(cwd, path)));
  const kept: string[] = [];
  for (const file of files) {
    const config = named.has(file) ? undefined : await configs.forFile(file).catch(() => undefined);
    if (!config?.feeds.includes(file)) kept.push(file);
  }
  return kept;
}

async function sequentially<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const done: R[] = [];
  for (const item of items) done.push(await work(item));
  return done;
}

/** Lints content that is not on disk (stdin, an editor buffer); `filePath` names its format and config. */
export async function lintText(text: string | Uint8Array, options: RunOptions & { filePath?: string } = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, options.filePath ?? "<text>.txt");
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return lintSource(filePath, () => readPostsFromBytes(bytes, filePath), new ConfigResolver(options), options);
}

export async function lintSource(
  filePath: string,
  read: () => AsyncIterable<SourcePost>,
  configs: ConfigResolver,
  options: RunOptions,
): Promise<LintResult> {
  const result: LintResult = { filePath, errorCount: 0, warningCount: 0, messages: [], postCount: 0 };
  if (options.keepPosts) result.posts = [];
  try {
    const config = await configs.forFile(filePath);
    const settings: RuleSettings = { ...config.settings, now: options.now ?? new Date() };
    const docsOf = new Map(config.enabled.map(({ rule }) => [rule.meta.id, rule.meta.docs]));
    const maxPostLength = options.limits?.maxPostLength ?? DEFAULT_MAX_POST_LENGTH;
    for await (const source of read()) {
      const index = result.postCount++;
      // A batch read from memory never waits for I/O: let signals (Ctrl-C) through now and then.
      if ((index & 1023) === 1023) await new Promise((resolve) => setImmediate(resolve));
      if (source.fields.text.length > maxPostLength) throw tooLong(source, index, maxPostLength, filePath);
      const fields = withDefaults(source.fields, config.defaults);
      const post: Post = Object.assign(fields, { index, analysis: analyze(fields.text) });
      let postKey: string | undefined;
      for (const violation of lintPost(post, config.enabled, settings)) {
        if (options.quiet && violation.severity < 2) continue;
        const start = source.locate(violation.start);
        const end = violation.end > violation.start ? source.locate(violation.end, "end") : start;
        const message: LintMessage = {
          ruleId: violation.ruleId,
          messageId: violation.messageId,
          severity: violation.severity,
          message: violation.message,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          post: fields.id === undefined ? { index } : { index, id: fields.id },
          start: violation.start,
          end: violation.end,
          docs: docsOf.get(violation.ruleId),
          postKey: (postKey ??= keyOfPost(fields)),
        };
        if (violation.suggestion !== undefined) message.suggestion = violation.suggestion;
        if (violation.fix) message.fix = true;
        if (options.onMessage) options.onMessage(message);
        else result.messages.push(message);
        if (violation.severity === 2) result.errorCount++;
        else result.warningCount++;
      }
      result.posts?.push(summarize(fields, index, source));
      options.onPost?.();
    }
  } catch (error) {
    const fatal = fatalMessage(error, filePath);
    result.messages.push(fatal);
    result.errorCount++;
    result.fatal = error instanceof PostlintError && error.location.file ? error.format() : `${filePath}:${fatal.line}:${fatal.column}: ${fatal.message}`;
  }
  return result;
}

// A megabyte "post" is a runaway export, not something to publish, and would hold the run up.
function tooLong(source: SourcePost, index: number, max: number, file: string): PostlintError {
  const length = source.fields.text.length.toLocaleString("en-US");
  const { line, column } = source.locate(0);
  return new PostlintError(
    `post ${index + 1} is ${length} characters long, more than the ${max.toLocaleString("en-US")} postlint lints (no platform allows over 63,206): raise --max-post-length to lint it anyway`,
    { file, line, column },
  );
}

/** A post's identity for suppressions: its id, else a hash of its text (so moving it keeps it). */
function keyOfPost(fields: PostFields): string {
  return fields.id !== undefined ? `id:${fields.id}` : `text:${createHash("sha1").update(fields.text).digest("hex").slice(0, 16)}`;
}

/** Config fields apply to every post; the post's own win (objects merged key by key). */
export function withDefaults(fields: PostFields, defaults: PostDefaults): PostFields {
  // Every post gets the same shape, built field by field: rules then read monomorphic objects,
  // which matters at tens of thousands of posts a second.
  return {
    id: fields.id,
    text: fields.text,
    platform: fields.platform ?? defaults.platform,
    date: fields.date ?? defaults.date,
    dateOffset: fields.date ? fields.dateOffset : undefined,
    account: mergeDefined(defaults.account, fields.account),
    author: mergeDefined(defaults.author, fields.author),
    sponsored: fields.sponsored ?? defaults.sponsored,
    brand: mergeDefined(defaults.brand, fields.brand),
    inReplyTo: fields.inReplyTo ?? defaults.inReplyTo,
    postlint: fields.postlint ?? defaults.postlint,
  };
}

/** `base` with every key of `own` that is set (readers leave absent fields undefined). */
function mergeDefined<T extends object>(base: T | undefined, own: T | undefined): T | undefined {
  if (!own) return base;
  if (!base) return own;
  const merged = { ...base };
  for (const key in own) if (own[key] !== undefined) merged[key] = own[key];
  return merged;
}

function summarize(fields: PostFields, index: number, source: SourcePost): PostSummary {
  return {
    index,
    id: fields.id,
    line: source.locate(0).line,
    text: fields.text,
    platform: fields.platform,
    handle: fields.account?.handle,
    date: fields.date?.toISOString(),
    author: fields.author,
    sponsored: fields.sponsored,
    inReplyTo: fields.inReplyTo,
  };
}

export function fatalMessage(error: unknown, filePath: string): LintMessage {
  if (error instanceof PostlintError) {
    const file = error.location.file;
    // Name the config or feed at fault when it is not the file being linted.
    const elsewhere = file && resolve(file) !== filePath && !file.startsWith("<") ? `${file}: ` : "";
    return {
      ruleId: null,
      fatal: true,
      severity: 2,
      message: `${elsewhere}${error.message}`,
      line: elsewhere ? 1 : (error.location.line ?? 1),
      column: elsewhere ? 1 : (error.location.column ?? 1),
    };
  }
  if (error instanceof RuleCrash) {
    return { ruleId: error.ruleId, fatal: true, severity: 2, message: error.message, line: 1, column: 1 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ruleId: null, fatal: true, severity: 2, message: `unexpected error: ${message}`, line: 1, column: 1 };
}
