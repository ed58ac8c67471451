// --fix and --fix-dry-run: apply the suggestions that are safe (every one of a rule whose
// meta.fixable is set, or one a rule marked `fix: true`) to .txt and .md drafts, where a report's line:column is a place in the file itself.
// Each file is read again and linted again from those very bytes, so the edits always match
// the content they are applied to; the new content goes to a temporary file that replaces the
// draft by rename (never half a file), and only if the draft still holds the bytes that were
// read (an editor saving meanwhile wins; the file is reported as not fixed).
import { readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
import { lineStarts } from "./inputs/position.js";
import { lintText, type RunOptions } from "./run.js";
import type { LintMessage, LintResult } from "./types.js";
import { unifiedDiff } from "./unified-diff.js";

const FIXABLE_FORMATS = new Set([".txt", ".md"]);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface FixOutcome {
  /** The results, with each fixed file linted again (what is left to do by hand). */
  results: LintResult[];
  /** With dryRun: the unified diff of every file that would change. */
  diff: string;
  /** Files that were fixed (or, with dryRun, would be). */
  fixed: string[];
  /** "file: why it was not fixed", for stderr. */
  notices: string[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export async function fixFiles(results: LintResult[], options: RunOptions, { dryRun }: { dryRun: boolean }): Promise<FixOutcome> {
  const cwd = options.cwd ?? process.cwd();
  // Warnings carry fixes too (brand spellings): fix them even when --quiet hides them.
  const lintOptions: RunOptions = { ...options, quiet: false, cacheLocation: undefined, keepPosts: false, onPost: undefined };
  const outcome: FixOutcome = { results: [...results], diff: "", fixed: [], notices: [] };

  for (const [index, result] of results.entries()) {
    if (!FIXABLE_FORMATS.has(extname(result.filePath)) || result.fatal || !result.messages.some((m) => m.fix)) continue;

    const path = realpathSync(result.filePath);
    const bytes = readFileSync(path);
    const hasBom = bytes.subarray(0, 3).equals(BOM);
    const text = decodeStrict(hasBom ? bytes.subarray(3) : bytes);
    if (text === undefined) continue;
    const fresh = await lintText(bytes, { ...lintOptions, filePath: result.filePath });
    const fixedText = applyEdits(text, editsFor(text, fresh.messages));
    if (fixedText === text) continue;

    const display = relative(cwd, result.filePath).split("\\").join("/");
    if (dryRun) {
      outcome.diff += unifiedDiff(display, text, fixedText);
      outcome.fixed.push(result.filePath);
      continue;
    }
    const newBytes = Buffer.concat([hasBom ? BOM : Buffer.alloc(0), Buffer.from(fixedText, "utf8")]);
    if (!replaceIfUnchanged(path, bytes, newBytes)) {
      outcome.notices.push(`${display}: not fixed: the file changed while postlint was fixing it; run postlint again`);
      continue;
    }
    outcome.fixed.push(result.filePath);
    outcome.results[index] = await lintText(newBytes, { ...options, cacheLocation: undefined, onPost: undefined, filePath: result.filePath });
  }
  return outcome;
}

/** The safe suggestions as edits at offsets of the decoded text. */
export function editsFor(text: string, messages: LintMessage[]): Edit[] {
  const starts = lineStarts(text);
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  return messages
    .filter((m) => m.fix === true && m.suggestion !== undefined && m.endLine !== undefined && m.endColumn !== undefined)
    .map((m) => ({ start: offset(m.line, m.column), end: offset(m.endLine as number, m.endColumn as number), text: m.suggestion as string }))
    .filter((edit) => edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length);
}

/** Applies edits in text order; an edit that overlaps one already applied is left out. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** Writes `next` over `path` by rename, only if the file still holds `expected`. */
export function replaceIfUnchanged(path: string, expected: Buffer, next: Buffer): boolean {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.postlint-fix`);
  writeFileSync(temporary, next, { mode: statSync(path).mode & 0o7777, flag: "w" });
  try {
    if (!readFileSync(path).equals(expected)) return false;
    renameSync(temporary, path);
    return true;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
