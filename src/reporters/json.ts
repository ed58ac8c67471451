// Machine-readable report (SPEC §6): one entry per file, keys in a fixed order. Compact, as
// ESLint's: a 100,000-post batch makes a report of tens of megabytes, and indentation nearly doubles it.
import type { LintResult } from "../types.js";

export function json(results: LintResult[]): string {
  return `${JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      messages: result.messages.map((message) =>
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
      ),
    })),
  )}\n`;
}
