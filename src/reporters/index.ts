// Reporters by name. Each turns results into the text to print or write.
import type { LintResult } from "../types.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";

export interface ReporterOptions {
  color: boolean;
  cwd: string;
}

export type Reporter = (results: LintResult[], options: ReporterOptions) => string;

export const REPORTERS: Record<string, Reporter> = { stylish, json };

/** Reporters that show each post (and so need its text kept in the results). */
export const REPORTERS_SHOWING_POSTS = new Set<string>();
