// GitHub Actions workflow commands: each problem becomes an annotation on the file and line in
// the pull request. Escaping follows GitHub's toolkit: in the message, "%", "\r" and "\n"; in
// property values also ":" and ",", which would otherwise end the value.
import type { LintMessage, LintResult } from "../types.js";
import type { ReporterOptions } from "./index.js";
import { displayPath } from "./stylish.js";

export function github(results: LintResult[], options: ReporterOptions): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, options.cwd).split("\\").join("/");
    for (const message of result.messages) {
      const command = message.severity === 2 ? "error" : "warning";
      const properties = Object.entries(placeOf(message))
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(",");
      const title = message.ruleId ? `postlint: ${message.ruleId}` : "postlint";
      lines.push(`::${command} file=${escapeProperty(file)},${properties},title=${escapeProperty(title)}::${escapeData(message.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** GitHub keeps columns only for a range on one line (its annotations API drops them otherwise). */
function placeOf(message: LintMessage): Record<string, number> {
  const oneLine = message.endLine === undefined || message.endLine === message.line;
  const place: Record<string, number> = { line: message.line };
  if (oneLine) place.col = message.column;
  if (message.endLine !== undefined) place.endLine = message.endLine;
  if (oneLine && message.endColumn !== undefined) place.endColumn = message.endColumn;
  return place;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
