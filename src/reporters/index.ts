// Reporters by name, each loaded only when asked for. A reporter turns results into text.
import type { LintResult } from "../types.js";

export interface ReporterOptions {
  color: boolean;
  cwd: string;
}

export type Reporter = (results: LintResult[], options: ReporterOptions) => string;

const LOADERS: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  sarif: async () => (await import("./sarif.js")).sarif,
  github: async () => (await import("./github.js")).github,
  compact: async () => (await import("./compact.js")).compact,
  junit: async () => (await import("./junit.js")).junit,
  html: async () => (await import("./html.js")).html,
};

export const REPORTER_NAMES = Object.keys(LOADERS);

export function loadReporter(name: string): Promise<Reporter> {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown format "${name}"`);
  return load();
}

/** Reporters that show each post (and so need its text kept in the results). */
export const REPORTERS_SHOWING_POSTS = new Set<string>(["junit", "html"]);
