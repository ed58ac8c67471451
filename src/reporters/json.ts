// Machine-readable report (SPEC §6): one entry per file, keys in a fixed order.
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
    null,
    2,
  )}\n`;
}
