import { describe, expect, it } from "vitest";
import { fillTemplate, lintPost, runRule, RuleCrash } from "../src/engine.js";
import { analyze } from "../src/text/analysis.js";
import type { Rule } from "../src/types.js";

// A rule that reports the word "bad" as an error and "meh" as a lesser finding.
const wordRule: Rule = {
  meta: {
    id: "words",
    description: "test rule",
    defaultSeverity: "error",
    messages: { bad: "“{{word}}” is bad.", meh: "“{{word}}” is meh." },
  },
  check(post, { report }) {
    for (const word of post.analysis.words) {
      if (word.norm === "bad") report({ messageId: "bad", data: { word: word.text }, start: word.start, end: word.end });
      if (word.norm === "meh") report({ messageId: "meh", data: { word: word.text }, start: word.start, end: word.end, severity: "warn" });
    }
  },
};

const settings = { trending: [], crisis: [], disclosure: {}, now: new Date() };
const post = (text: string, extra = {}) => ({ text, index: 0, analysis: analyze(text), ...extra });

describe("lintPost", () => {
  it("fills message templates and keeps each report's range", () => {
    const [violation] = lintPost(post("so Bad"), [{ rule: wordRule, severity: "error", options: {} }], settings);
    expect(violation).toMatchObject({ ruleId: "words", messageId: "bad", severity: 2, message: "“Bad” is bad.", start: 3, end: 6 });
  });

  it("lets a report mark a lesser finding, and the configured severity cap everything", () => {
    const asError = lintPost(post("bad meh"), [{ rule: wordRule, severity: "error", options: {} }], settings);
    expect(asError.map((v) => v.severity)).toEqual([2, 1]);
    const asWarn = lintPost(post("bad meh"), [{ rule: wordRule, severity: "warn", options: {} }], settings);
    expect(asWarn.map((v) => v.severity)).toEqual([1, 1]);
  });

  it("skips rules the post disables", () => {
    const text = "bad";
    expect(lintPost(post(text, { postlint: { disable: ["words"] } }), [{ rule: wordRule, severity: "error", options: {} }], settings)).toEqual([]);
  });

  it("clamps a plugin's out-of-range report into the post", () => {
    const sloppy: Rule = { ...wordRule, check: (_p, { report }) => report({ messageId: "bad", start: -5, end: 999 }) };
    const [violation] = lintPost(post("abc"), [{ rule: sloppy, severity: "error", options: {} }], settings);
    expect([violation.start, violation.end]).toEqual([0, 3]);
  });

  it("wraps a rule that throws, naming the rule and the post", () => {
    const broken: Rule = { ...wordRule, check: () => { throw new Error("boom"); } };
    expect(() => lintPost(post("x"), [{ rule: broken, severity: "error", options: {} }], settings)).toThrow(RuleCrash);
    expect(() => lintPost(post("x"), [{ rule: broken, severity: "error", options: {} }], settings)).toThrow(/rule "words" failed on post 1: boom/);
  });

  it("rejects an unknown messageId", () => {
    const wrong: Rule = { ...wordRule, check: (_p, { report }) => report({ messageId: "nope", start: 0, end: 1 }) };
    expect(() => lintPost(post("x"), [{ rule: wrong, severity: "error", options: {} }], settings)).toThrow(/unknown messageId "nope"/);
  });
});

describe("runRule and fillTemplate", () => {
  it("runs one rule on text or fields", () => {
    expect(runRule(wordRule, "meh").map((v) => v.messageId)).toEqual(["meh"]);
    expect(runRule(wordRule, { text: "bad", platform: "x" }, { severity: "warn" })[0].severity).toBe(1);
  });

  it("leaves unknown placeholders visible", () => {
    expect(fillTemplate("{{a}} and {{ b }}", { a: 1 })).toBe("1 and {{ b }}");
  });
});
