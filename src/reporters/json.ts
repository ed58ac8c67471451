// Machine-readable report (SPEC §6): one entry per file, keys in a fixed order. Compact, as
// ESLint's: a 100,000-post batch makes a report of tens of megabytes, and indentation nearly doubles it.
// The pieces are exported for the streamed form of the same report (json-stream.ts).
import type { LintMessage, LintResult } from "../types.js";

export function json(results: LintResult[]): string {
  const files = results.map((result) => `${fileOpening(result)}${result.messages.map(messageJson).join(",")}]}`);
  return `[${files.join(",")}]\n`;
}

/** `{"filePath":…,"errorCount":…,"warningCount":…,"messages":[` — the messages follow. */
export function fileOpening(result: Pick<LintResult, "filePath" | "errorCount" | "warningCount">): string {
  const head = JSON.stringify({ filePath: result.filePath, errorCount: result.errorCount, warningCount: result.warningCount });
  return `${head.slice(0, -1)},"messages":[`;
}

export function messageJson(message: LintMessage): string {
  return JSON.stringify(
    message.fatal
      ? { ruleId: null, fatal: true, severity: 2, message: message.message, line: message.line, column: message.column }
      : {
          ruleId: message.ruleId,
          messageId: message.messageId,
          severity: message.severity,
          message: message.message,
          line: message.line,
          column: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn,
          post: message.post,
          ...(message.suggestion !== undefined ? { suggestion: message.suggestion } : {}),
        },
  );
}
