// Turns config layers (presets, extended files, the config file, its overrides, the command
// line) into what the engine needs for one file: post defaults, enabled rules, rule settings.
import { relative } from "node:path";
import type { EnabledRule } from "../engine.js";
import { PostlintError } from "../errors.js";
import { picomatch } from "../lazy.js";
import { BUILTIN_RULES } from "../rules.js";
import type { CrisisWindow, Disclosure, OptionSchema, PostFields, Rule, RuleSettings, Severity, TrendingEntry } from "../types.js";
import type { ConfigLayer } from "./load.js";
import { locateConfigKey } from "./locate.js";
import { loadPlugin } from "./plugins.js";
import { PRESETS } from "./presets.js";
import type { SchemaNode } from "./schema.js";
import { loadFeed, toCrisisWindow } from "./trending.js";
import { isPlainObject, validate } from "./validate.js";

/** Settings given on the command line; they win over every config file. */
export interface CliOverrides {
  platform?: string;
  rules?: Record<string, Severity>;
  trending?: string[];
}

export type PostDefaults = Partial<Omit<PostFields, "text">>;

export interface ResolvedConfig {
  /** Fields applied to every post; the post's own fields win. */
  defaults: PostDefaults;
  /** Rule ids to [severity, options], including rules turned off. */
  rules: Record<string, [Severity, Record<string, unknown>]>;
  enabled: EnabledRule[];
  settings: Omit<RuleSettings, "now">;
  /** Where each setting came from, for messages and the cache key. */
  sources: string[];
  /** The trending feeds read: data files, not posts, when a folder holding them is linted. */
  feeds: string[];
}

const MERGED_FIELDS = ["brand", "author", "account"] as const;

export async function resolveConfig(layers: ConfigLayer[], filePath: string, cli: CliOverrides = {}): Promise<ResolvedConfig> {
  const all = [{ source: "postlint:recommended", values: PRESETS["postlint:recommended"] }, ...layers];
  const defaults: Record<string, unknown> = {};
  const rules: Record<string, [Severity, Record<string, unknown>]> = {};
  const ruleSources: Record<string, string> = {};
  const feeds: string[] = [];
  const plugins: string[] = [];
  const crisis: CrisisWindow[] = [];
  let disclosure: Disclosure = { jurisdiction: "us" };

  const apply = (values: Record<string, unknown>, source: string, path: string) => {
    for (const field of MERGED_FIELDS) {
      if (isPlainObject(values[field])) defaults[field] = { ...(defaults[field] as object), ...values[field] };
    }
    if (values.platform !== undefined) defaults.platform = values.platform;
    if (values.sponsored !== undefined) defaults.sponsored = values.sponsored;
    if (isPlainObject(values.rules)) {
      for (const [id, entry] of Object.entries(values.rules)) {
        rules[id] = mergeRuleEntry(rules[id], entry, source, `${path}rules.${id}`);
        ruleSources[id] = `${source}: ${path}rules.${id}`;
      }
    }
  };

  for (const { source, values } of all) {
    apply(values, source, "");
    if (Array.isArray(values.trending)) feeds.push(...(values.trending as string[]));
    if (Array.isArray(values.plugins)) plugins.push(...(values.plugins as string[]));
    if (isPlainObject(values.disclosure)) disclosure = { ...disclosure, ...(values.disclosure as Disclosure) };
    if (Array.isArray(values.crisis)) {
      crisis.push(...(values.crisis as Record<string, unknown>[]).map((entry, index) => toCrisisWindow(entry, `crisis[${index}]`, source)));
    }
    if (Array.isArray(values.overrides)) {
      values.overrides.forEach((override: Record<string, unknown>, index: number) => {
        if (overrideApplies(override, String(values.base ?? process.cwd()), filePath)) apply(override, source, `overrides[${index}].`);
      });
    }
  }
  if (cli.platform) defaults.platform = cli.platform;
  for (const [id, severity] of Object.entries(cli.rules ?? {})) {
    rules[id] = [severity, rules[id]?.[1] ?? {}];
    ruleSources[id] = `--rule ${id}:${severity}`;
  }
  feeds.push(...(cli.trending ?? []));

  const available = new Map(BUILTIN_RULES);
  for (const path of plugins) for (const rule of await loadPlugin(path)) available.set(rule.meta.id, rule);

  const enabled: EnabledRule[] = [];
  for (const [id, [severity, options]] of Object.entries(rules)) {
    const rule = available.get(id);
    if (!rule) throw unknownRule(id, ruleSources[id], available);
    checkOptions(rule, options, ruleSources[id]);
    if (severity !== "off") enabled.push({ rule, severity, options });
  }

  const feedFiles = [...new Set(feeds)];
  const trending: TrendingEntry[] = [];
  for (const feed of feedFiles.map(loadFeed)) {
    trending.push(...feed.trending);
    crisis.push(...feed.crisis);
  }
  return {
    defaults: defaults as PostDefaults,
    rules,
    enabled,
    settings: { trending, crisis, disclosure },
    sources: all.map((layer) => layer.source),
    feeds: feedFiles,
  };
}

/** "profanity: warn" after "[error, { allow }]" keeps the options, as ESLint does. */
function mergeRuleEntry(
  previous: [Severity, Record<string, unknown>] | undefined,
  entry: unknown,
  source: string,
  path: string,
): [Severity, Record<string, unknown>] {
  const [severityValue, options] = Array.isArray(entry) ? entry : [entry, undefined];
  const severity = toSeverity(severityValue);
  if (!severity) {
    throw new PostlintError(`invalid config: ${path}: severity must be off, warn or error (got ${JSON.stringify(severityValue)})`, { file: source, ...locateConfigKey(source, path) });
  }
  if (options !== undefined && !isPlainObject(options)) {
    throw new PostlintError(`invalid config: ${path}[1]: rule options must be an object`, { file: source, ...locateConfigKey(source, `${path}[1]`) });
  }
  return [severity, (options as Record<string, unknown> | undefined) ?? previous?.[1] ?? {}];
}

export function toSeverity(value: unknown): Severity | undefined {
  if (value === "off" || value === 0) return "off";
  if (value === "warn" || value === "warning" || value === 1) return "warn";
  if (value === "error" || value === 2) return "error";
  return undefined;
}

function overrideApplies(override: Record<string, unknown>, base: string, filePath: string): boolean {
  const path = relative(base, filePath).split("\\").join("/");
  if (path.startsWith("../")) return false;
  const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as string[];
  const matches = (globs: string[]) => globs.length > 0 && picomatch()(globs, { dot: true, matchBase: !globs.some((g) => g.includes("/")) })(path);
  return matches(list(override.files)) && !matches(list(override.excludedFiles));
}

function unknownRule(id: string, where: string | undefined, available: Map<string, Rule>): PostlintError {
  const [file, path] = splitSource(where);
  const known = [...available.keys()].join(", ");
  const keyPath = path ?? `rules.${id}`;
  return new PostlintError(`invalid config: ${keyPath}: unknown rule "${id}" (known rules: ${known})`, { file, ...(file && locateConfigKey(file, keyPath)) });
}

function checkOptions(rule: Rule, options: Record<string, unknown>, where: string | undefined): void {
  const schema = rule.meta.options;
  if (!schema || Object.keys(options).length === 0) return;
  const [file, path] = splitSource(where);
  const issues = validate(options, optionsNode(schema), `${path ?? `rules.${rule.meta.id}`}[1]`);
  if (issues.length > 0) {
    throw new PostlintError(`invalid config: ${issues[0].path}: ${issues[0].message}`, { file, ...(file && locateConfigKey(file, issues[0].path)) });
  }
}

/** A rule's options schema as a schema node (the two shapes are kept compatible on purpose). */
export function optionsNode(options: Record<string, OptionSchema>): SchemaNode {
  return { type: "object", properties: options as Record<string, SchemaNode> };
}

function splitSource(where: string | undefined): [string | undefined, string | undefined] {
  if (!where) return [undefined, undefined];
  const cut = where.lastIndexOf(": ");
  if (cut < 0) return [where, undefined];
  const file = where.slice(0, cut);
  return [file.startsWith("postlint:") || file.startsWith("--rule") ? undefined : file, where.slice(cut + 2)];
}
