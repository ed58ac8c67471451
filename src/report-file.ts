// -o, --output-file: the report is written whole or not at all, and never over an input.
import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describeFileError, PostlintError } from "./errors.js";
import type { LintResult } from "./types.js";

/**
 * Writes the report whole or not at all: to a temporary file beside the target, then renamed
 * over it, so a crash or Ctrl-C never leaves half a report. Never over a file being linted.
 */
export function writeReport(path: string, report: string, results: LintResult[]): void {
  let temporary: string | undefined;
  try {
    const target = statSync(path, { throwIfNoEntry: false });
    if (target && results.some((result) => sameFile(target, result.filePath))) {
      throw new PostlintError("the report would overwrite a file being linted: choose another --output-file", { file: path });
    }
    // A device or a pipe, a name that stands for one (/dev/stdout links to whatever fd 1 is, a
    // file included), or a link to a file yet to be made: write through it, as a shell would.
    const danglingLink = !target && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink();
    if ((target && !target.isFile()) || danglingLink || /^\/(dev|proc)\//.test(path)) {
      writeFileSync(path, report);
      return;
    }
    // Through a symlink, replace the file it points to and keep the link.
    const real = target ? realpathSync(path) : path;
    mkdirSync(dirname(real), { recursive: true });
    temporary = join(dirname(real), `.${basename(real)}.${process.pid}.tmp`);
    writeFileSync(temporary, report);
    renameSync(temporary, real);
  } catch (error) {
    if (error instanceof PostlintError) throw error;
    if (temporary) rmSync(temporary, { force: true });
    throw new PostlintError(`cannot write the report: ${describeFileError(error)}`, { file: path });
  }
}

function sameFile(target: { dev: number; ino: number }, path: string): boolean {
  const other = statSync(path, { throwIfNoEntry: false });
  return other !== undefined && other.dev === target.dev && other.ino === target.ino;
}
