// One line per problem, `file:line:col: severity message [rule]`: the shape editors' problem
// matchers, grep and `vim -q` understand. A message never spans lines, so one problem is one line.
import type { LintResult } from "../types.js";
import type { ReporterOptions } from "./index.js";
import { displayPath } from "./stylish.js";

export function compact(results: LintResult[], options: ReporterOptions): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, options.cwd);
    for (const message of result.messages) {
      const severity = message.severity === 2 ? "error" : "warning";
      const rule = message.ruleId ? ` [${message.ruleId}]` : "";
      const text = message.message.replace(/\s*[\r\n]+\s*/g, " ");
      lines.push(`${file}:${message.line}:${message.column}: ${severity} ${text}${rule}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
