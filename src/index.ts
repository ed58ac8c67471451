// The public API: lint files or text, load a config, run a rule, and the types of it all.
// `Rule` (with RuleMeta, RuleContext, ReportDescriptor) is the shape of a custom rule module.
import type { lintText } from "./run.js";
export { lintFiles, lintText, type RunOptions } from "./run.js";
/** Options of lintText: RunOptions plus the file path that names the text's format and config. */
export type LintTextOptions = NonNullable<Parameters<typeof lintText>[1]>;
export type { CliOverrides, ResolvedConfig } from "./config/resolve.js";
export type { EnabledRule } from "./engine.js";
export type { Reporter, ReporterOptions } from "./reporters/index.js";
export { configJsonSchema } from "./config/json-schema.js";
export { runRule, lintPost, fillTemplate } from "./engine.js";
export { analyze, type Analysis, type Term } from "./text/analysis.js";
export { PhraseMatcher } from "./text/phrases.js";
export { BUILTIN_RULES } from "./rules.js";
export { loadReporter, REPORTER_NAMES } from "./reporters/index.js";
export { PostlintError } from "./errors.js";
export { loadConfig, type LoadedConfig } from "./config/api.js";
export type * from "./types.js";
