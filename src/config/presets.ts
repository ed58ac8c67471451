// The built-in configurations `extends` can name.
import { BUILTIN_RULES } from "../rules.js";

const ruleSeverities = (pick: (defaultSeverity: string) => string) =>
  Object.fromEntries([...BUILTIN_RULES.values()].map((rule) => [rule.meta.id, pick(rule.meta.defaultSeverity)]));

export const PRESETS: Record<string, Record<string, unknown>> = {
  /** Every built-in rule at its default severity: what runs with no config at all. */
  "postlint:recommended": { rules: ruleSeverities((severity) => severity) },
  /** Every built-in rule on, as an error: for accounts where nothing questionable may ship. */
  "postlint:strict": { rules: ruleSeverities(() => "error") },
};
