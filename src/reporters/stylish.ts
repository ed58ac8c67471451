// The default report, for people at a terminal: grouped by file and post, aligned columns,
// colored by severity, a summary line at the end.
import { relative } from "node:path";
import { Chalk } from "chalk";
import type { LintMessage, LintResult } from "../types.js";
import type { ReporterOptions } from "./index.js";

export function stylish(results: LintResult[], options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    lines.push("", chalk.underline(displayPath(result.filePath, options.cwd)));
    const rows = result.messages.map((message) => ({ message, place: `${message.line}:${message.column}` }));
    const placeWidth = rows.reduce((widest, row) => Math.max(widest, row.place.length), 0);
    let currentPost: string | undefined;
    for (const { message, place } of rows) {
      const postLabel = labelOfPost(message);
      if (postLabel && postLabel !== currentPost && result.postCount > 1) {
        lines.push(chalk.dim(`  ${postLabel}`));
        currentPost = postLabel;
      }
      const severity = message.severity === 2 ? chalk.red("error  ") : chalk.yellow("warning");
      const rule = message.ruleId ? chalk.dim(message.ruleId) : "";
      lines.push(`  ${chalk.dim(place.padEnd(placeWidth))}  ${severity}  ${message.message}  ${rule}`.trimEnd());
      if (message.suggestion !== undefined) {
        lines.push(`  ${" ".repeat(placeWidth)}  ${chalk.dim(`         suggestion: ${message.suggestion === "" ? "remove it" : `“${message.suggestion}”`}`)}`);
      }
    }
  }
  const total = errors + warnings;
  const summary = `${total} ${plural(total, "problem")} (${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")})`;
  if (total === 0) return `${chalk.green("✔")} ${summary}\n`;
  const mark = errors > 0 ? chalk.red.bold("✖") : chalk.yellow.bold("✖");
  lines.push("", `${mark} ${errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary)}`, "");
  return lines.join("\n");
}

function labelOfPost(message: LintMessage): string | undefined {
  if (!message.post) return undefined;
  return `post ${message.post.index + 1}${message.post.id !== undefined ? ` (${message.post.id})` : ""}`;
}

export function displayPath(filePath: string, cwd: string): string {
  const path = relative(cwd, filePath);
  return path && !path.startsWith("..") ? path : filePath;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
