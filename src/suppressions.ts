// A baseline for adopting postlint on a content repo that already has problems (like ESLint's
// bulk suppressions): --suppress-all records today's violations in postlint-suppressions.json,
// later runs report only new ones, --prune-suppressions drops entries that no longer occur.
// Entries are keyed by file, post (its id, else a hash of its text) and rule, with a count, so
// edits elsewhere in a file do not unsuppress anything.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { PostlintError } from "./errors.js";
import type { LintResult } from "./types.js";

export const SUPPRESSIONS_FILE = "postlint-suppressions.json";

/** file → post key → rule id → how many of its violations are accepted. */
type Counts = Record<string, Record<string, Record<string, number>>>;

export function readSuppressions(path: string): Counts {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(text) as { suppressions?: Counts };
    return parsed.suppressions ?? {};
  } catch (error) {
    throw new PostlintError(`invalid suppressions file: ${(error as Error).message}`, { file: path, line: 1, column: 1 });
  }
}

export function writeSuppressions(path: string, counts: Counts): void {
  const sorted = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: 1, suppressions: sorted }, null, 2)}\n`);
  renameSync(temporary, path);
}

/** Today's violations as counts (fatal problems are never suppressed). */
export function countViolations(results: LintResult[], cwd: string): Counts {
  const counts: Counts = {};
  for (const result of results) {
    const file = relative(cwd, result.filePath).split("\\").join("/");
    for (const message of result.messages) {
      if (message.fatal || !message.ruleId || !message.postKey) continue;
      const posts = (counts[file] ??= {});
      const rules = (posts[message.postKey] ??= {});
      rules[message.ruleId] = (rules[message.ruleId] ?? 0) + 1;
    }
  }
  return counts;
}

/** Removes suppressed messages from the results (in place); returns how many were removed. */
export function applySuppressions(results: LintResult[], counts: Counts, cwd: string): number {
  let suppressed = 0;
  for (const result of results) {
    const file = relative(cwd, result.filePath).split("\\").join("/");
    const posts = counts[file];
    if (!posts) continue;
    const remaining = structuredClone(posts);
    result.messages = result.messages.filter((message) => {
      const left = message.postKey && message.ruleId ? remaining[message.postKey]?.[message.ruleId] : undefined;
      if (message.fatal || !left) return true;
      remaining[message.postKey as string][message.ruleId as string] = left - 1;
      suppressed++;
      if (message.severity === 2) result.errorCount--;
      else result.warningCount--;
      return false;
    });
  }
  return suppressed;
}

/**
 * The run's step: `record` (--suppress-all) writes today's problems as the baseline, `prune`
 * (--prune-suppressions) trims it to what still occurs; then known problems are dropped from the
 * results. Returns how many were dropped.
 */
export function applyBaseline(results: LintResult[], cwd: string, { record = false, prune = false } = {}): number {
  const path = resolve(cwd, SUPPRESSIONS_FILE);
  const current = countViolations(results, cwd);
  let baseline = record ? current : readSuppressions(path);
  if (prune && !record) baseline = pruneSuppressions(baseline, current);
  if (record || prune) writeSuppressions(path, baseline);
  return applySuppressions(results, baseline, cwd);
}

/** The baseline cut down to what still occurs: entries for fixed problems are dropped. */
export function pruneSuppressions(counts: Counts, current: Counts): Counts {
  const pruned: Counts = {};
  for (const [file, posts] of Object.entries(counts)) {
    for (const [post, rules] of Object.entries(posts)) {
      for (const [rule, count] of Object.entries(rules)) {
        const still = Math.min(count, current[file]?.[post]?.[rule] ?? 0);
        if (still > 0) ((pruned[file] ??= {})[post] ??= {})[rule] = still;
      }
    }
  }
  return pruned;
}
