// The public API: lint files or text, load a config, run a rule, and the types of it all.
export { lintFiles, lintText, type RunOptions } from "./run.js";
export { runRule, lintPost, fillTemplate } from "./engine.js";
export { analyze, type Analysis, type Term } from "./text/analysis.js";
export { PhraseMatcher } from "./text/phrases.js";
export { BUILTIN_RULES } from "./rules.js";
export { loadReporter, REPORTER_NAMES } from "./reporters/index.js";
export { PostlintError } from "./errors.js";
export { loadConfig, type LoadedConfig } from "./config/api.js";
export type * from "./types.js";
