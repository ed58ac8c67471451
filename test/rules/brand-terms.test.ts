import { describe, expect, it } from "vitest";
import { runRule } from "../../src/engine.js";
import rule from "../../rules/brand-terms/index.js";
import { fixture, jsonReport, postlint } from "../helpers.js";
import { readLabeledSet, runLabeled, score } from "./labeled-set.js";

const devSet = readLabeledSet<{ options: Record<string, unknown> }>("brand-terms");

const lint = (text: string, options: Record<string, unknown>) => runRule(rule, text, { options });
const found = (text: string, options: Record<string, unknown>) =>
  lint(text, options).map((v) => [v.messageId, text.slice(v.start, v.end), v.suggestion]);

describe("brand-terms: development set", () => {
  it("has every kind of finding, clean posts and traps", () => {
    for (const id of ["casing", "replace", "banned", "missingHashtag"]) {
      expect(devSet.posts.filter((p) => p.expect?.includes(id)).length, id).toBeGreaterThanOrEqual(5);
    }
    expect(devSet.posts.filter((p) => p.trap).length).toBeGreaterThanOrEqual(15);
  });

  it("reaches precision and recall of at least 0.95", () => {
    const { precision, recall, mistakes } = score(rule, devSet.posts, { options: devSet.options });
    expect(precision, mistakes.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(recall, mistakes.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("reports nothing on the traps", () => {
    const flagged = devSet.posts.filter((p) => p.trap && runLabeled(rule, p, { options: devSet.options }).length > 0).map((p) => p.text);
    expect(flagged).toEqual([]);
  });
});

describe("brand-terms: spellings", () => {
  const terms = { terms: ["iPhone", "MacBook Pro", "GORE-TEX"] };

  it("suggests the canonical casing", () => {
    expect(found("Shot on an Iphone", terms)).toEqual([["casing", "Iphone", "iPhone"]]);
  });

  it("catches spaced, joined and hyphenated forms of a name", () => {
    expect(found("My Mac Book Pro and my macbookpro", terms).map(([, text]) => text)).toEqual(["Mac Book Pro", "macbookpro"]);
    expect(found("Gore Tex, goretex, Gore-Tex", terms).map(([, text]) => text)).toEqual(["Gore Tex", "goretex", "Gore-Tex"]);
  });

  it("keeps a possessive out of the range", () => {
    expect(found("The iphone's camera", terms)).toEqual([["casing", "iphone", "iPhone"]]);
  });

  it("leaves names inside links, handles and hashtags alone", () => {
    expect(found("See apple.com/iphone, @iphone and #iphone", terms)).toEqual([]);
  });

  it("does nothing without options", () => {
    expect(lint("Iphone from Globex, cheap", {})).toEqual([]);
  });
});

describe("brand-terms: replacements and banned terms", () => {
  it("suggests the replacement", () => {
    expect(found("Acme Co turns ten", { replace: { "Acme Co": "Acme Outdoors" } })).toEqual([["replace", "Acme Co", "Acme Outdoors"]]);
  });

  it("reports a banned term with its reason, also inside a hashtag", () => {
    const banned = { banned: [{ term: "Globex", reason: "a competitor" }] };
    const [v] = lint("Better than #GlobexGear", banned);
    expect(v).toMatchObject({ messageId: "banned", message: "“Globex” is not to be used in the brand's posts (a competitor). Remove it or rephrase." });
  });

  it("offers a banned term's suggestion when the guide gives one", () => {
    expect(found("Poles for the Ridge 1", { banned: [{ term: "Ridge 1", suggestion: "Ridge 2" }] })).toEqual([["banned", "Ridge 1", "Ridge 2"]]);
  });

  it("reports a banned term as an error when the rule is set to error, spelling as a warning", () => {
    const options = { banned: ["Globex"], terms: ["iPhone"] };
    const levels = lint("Globex Iphone", options).map((v) => [v.messageId, v.severity]);
    expect(levels).toEqual([["banned", 2], ["casing", 1]]);
    expect(runRule(rule, "Globex", { options, severity: "warn" })[0].severity).toBe(1);
  });
});

describe("brand-terms: required hashtags", () => {
  const hashtags = { hashtags: ["#AcmeTrails"] };

  it("reports a missing campaign hashtag at the end of the post, with the tag to add", () => {
    const text = "Day one on the fells";
    const [v] = lint(text, hashtags);
    expect(v).toMatchObject({ messageId: "missingHashtag", start: text.length, end: text.length, suggestion: " #AcmeTrails" });
  });

  it("asks for the campaign's casing of a hashtag that is there", () => {
    expect(found("Day one #acmetrails", hashtags)).toEqual([["casing", "#acmetrails", "#AcmeTrails"]]);
    expect(found("Day one #AcmeTrails", hashtags)).toEqual([]);
  });
});

describe("brand-terms through the CLI", () => {
  it("reads the guide from the config, with suggestions in the report", () => {
    const run = postlint([fixture("brand-terms/repo/launch.txt")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1:1\s+warning\s+Say “Acme Outdoors” instead of “Acme Co”: it is the brand's term\.\s+brand-terms\n\s+suggestion: “Acme Outdoors”/);
    expect(run.stdout).toMatch(/1:26\s+warning\s+“Traillite” is written “TrailLite” by the brand\./);
    expect(run.stdout).toMatch(/2:23\s+warning\s+“Globex” is not to be used in the brand's posts \(a competitor\)\./);
  });

  it("requires the campaign hashtag only in the campaign's folder, as a warning there", () => {
    const report = jsonReport(postlint([fixture("brand-terms/repo/campaigns/trails/day-one.txt"), "--format", "json"]));
    const messages = report[0].messages.filter((m) => m.ruleId === "brand-terms");
    expect(messages.map((m) => [m.messageId, m.severity, m.line, m.column])).toEqual([
      ["casing", 1, 1, 21],
      ["missingHashtag", 1, 1, 45],
    ]);
  });
});

describe("brand-terms: options", () => {
  it("ignores a banned entry without a term", () => {
    expect(found("Globex", { banned: [{ reason: "no term" }, "Globex"] })).toEqual([["banned", "Globex", undefined]]);
  });
});
