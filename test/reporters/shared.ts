// Runs the CLI twice on the same inputs, once with the format under test and once as JSON, so a
// reporter's output can be checked message by message against what postlint found.
import { fixture, jsonReport, postlint, type CliRun } from "../helpers.js";

export const TRICKY_CONFIG = fixture("reporters/tricky.yaml");

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  post?: { index: number; id?: string };
}

export function runBoth(format: string, args: string[], options: { cwd?: string; input?: string } = {}): { run: CliRun; json: ReturnType<typeof jsonReport> } {
  const run = postlint(["-f", format, ...args], options);
  const json = jsonReport(postlint(["-f", "json", ...args], options));
  return { run, json };
}
