// Scoring a rule against a labeled development set (fixtures/<rule>/dev.yaml): each post lists
// the messageIds it should produce; precision and recall count them as multisets, post by post.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { runRule } from "../../src/engine.js";
import type { PostFields, Rule, RuleSettings, Violation } from "../../src/types.js";

export interface LabeledPost extends Omit<PostFields, "date"> {
  date?: string | Date;
  expect?: string[];
  /** An innocent post built to look like a bad one. */
  trap?: boolean;
  options?: Record<string, unknown>;
}

export function readLabeledSet<T = Record<string, unknown>>(rule: string): T & { posts: LabeledPost[] } {
  return parse(readFileSync(new URL(`../../fixtures/${rule}/dev.yaml`, import.meta.url), "utf8"));
}

export interface RunSettings {
  options?: Record<string, unknown>;
  settings?: Partial<RuleSettings>;
}

export function runLabeled(rule: Rule, post: LabeledPost, run: RunSettings = {}): Violation[] {
  const { expect: _expect, trap: _trap, options, date, ...fields } = post;
  return runRule(rule, { ...fields, ...(date !== undefined && { date: new Date(date) }) }, {
    options: { ...run.options, ...options },
    settings: run.settings,
  });
}

export function score(rule: Rule, posts: LabeledPost[], run: RunSettings = {}) {
  return scoreOutcomes(posts.map((post) => ({ text: post.text, expected: post.expect ?? [], reported: runLabeled(rule, post, run).map((v) => v.messageId) })));
}

/** Precision and recall over posts whose expected and reported messageIds are compared as multisets. */
export function scoreOutcomes(outcomes: Array<{ text: string; expected: string[]; reported: string[] }>) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const mistakes: string[] = [];
  for (const { text, expected, reported } of outcomes) {
    const remaining = [...expected];
    let wrong = 0;
    for (const id of reported) {
      const at = remaining.indexOf(id);
      if (at >= 0) {
        remaining.splice(at, 1);
        truePositives++;
      } else {
        falsePositives++;
        wrong++;
      }
    }
    falseNegatives += remaining.length;
    if (remaining.length > 0 || wrong > 0) {
      mistakes.push(`${JSON.stringify(text)}: expected [${expected}] got [${reported}]`);
    }
  }
  return {
    precision: truePositives / Math.max(truePositives + falsePositives, 1),
    recall: truePositives / Math.max(truePositives + falseNegatives, 1),
    mistakes,
  };
}
