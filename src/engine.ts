// Runs the enabled rules over one analyzed post and turns their reports into violations:
// message templates filled in, severities capped by the configuration, disables applied.
import { analyze } from "./text/analysis.js";
import type {
  Post,
  PostFields,
  ReportDescriptor,
  Rule,
  RuleSettings,
  Severity,
  SeverityLevel,
  Violation,
} from "./types.js";

export interface EnabledRule {
  rule: Rule;
  severity: Exclude<Severity, "off">;
  options: Record<string, unknown>;
}

/** A rule that threw: the engine's caller decides how to report it. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly postIndex: number,
    readonly causeError: unknown,
  ) {
    super(`rule "${ruleId}" failed on post ${postIndex + 1}: ${causeError instanceof Error ? causeError.message : String(causeError)}`);
  }
}

export function lintPost(post: Post, rules: EnabledRule[], settings: RuleSettings): Violation[] {
  const disabled = new Set(post.postlint?.disable ?? []);
  const violations: Violation[] = [];
  for (const { rule, severity, options } of rules) {
    if (disabled.has(rule.meta.id)) continue;
    const report = (descriptor: ReportDescriptor) => {
      violations.push(toViolation(rule, severity, descriptor, post.text.length));
    };
    try {
      rule.check(post, { options, settings, report });
    } catch (error) {
      throw new RuleCrash(rule.meta.id, post.index, error);
    }
  }
  return violations.sort((a, b) => a.start - b.start || b.severity - a.severity);
}

function toViolation(rule: Rule, configured: "warn" | "error", report: ReportDescriptor, length: number): Violation {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) {
    throw new Error(`rule "${rule.meta.id}" reported an unknown messageId "${report.messageId}"`);
  }
  const level: SeverityLevel = configured === "warn" || report.severity === "warn" ? 1 : 2;
  // Clamp ranges so a careless plugin cannot point outside the post.
  const start = clamp(Math.floor(report.start), 0, length);
  const end = clamp(Math.floor(report.end), start, length);
  const violation: Violation = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity: level,
    message: fillTemplate(template, report.data),
    start,
    end,
  };
  if (report.suggestion !== undefined) violation.suggestion = report.suggestion;
  if (report.suggestion !== undefined && (report.fix || rule.meta.fixable)) violation.fix = true;
  return violation;
}

export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, min), max) : min;
}

export const DEFAULT_SETTINGS: RuleSettings = Object.freeze({
  trending: [],
  crisis: [],
  disclosure: { jurisdiction: "us" },
  get now() {
    return new Date();
  },
}) as RuleSettings;

/**
 * Runs one rule on one post given by its fields: the building block of rule tests and of
 * custom-rule development (like ESLint's RuleTester).
 */
export function runRule(
  rule: Rule,
  fields: PostFields | string,
  options: { severity?: "warn" | "error"; options?: Record<string, unknown>; settings?: Partial<RuleSettings> } = {},
): Violation[] {
  const postFields = typeof fields === "string" ? { text: fields } : fields;
  const post: Post = { ...postFields, index: 0, analysis: analyze(postFields.text) };
  const settings: RuleSettings = { ...DEFAULT_SETTINGS, now: new Date(), ...options.settings };
  return lintPost(post, [{ rule, severity: options.severity ?? "error", options: options.options ?? {} }], settings);
}
