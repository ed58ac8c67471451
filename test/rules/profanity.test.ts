import { describe, expect, it } from "vitest";
import { runRule } from "../../src/engine.js";
import rule from "../../rules/profanity/index.js";
import { readLabeledSet, runLabeled, score } from "./labeled-set.js";

const devSet = readLabeledSet("profanity");

function lint(text: string, options: Record<string, unknown> = {}) {
  return runRule(rule, text, { options });
}

describe("profanity: development set", () => {
  it("has at least 200 posts, profane, mild, clean and traps", () => {
    expect(devSet.posts.length).toBeGreaterThanOrEqual(200);
    expect(devSet.posts.filter((p) => p.trap).length).toBeGreaterThanOrEqual(50);
    expect(devSet.posts.filter((p) => p.expect?.includes("mild")).length).toBeGreaterThanOrEqual(20);
  });

  it("reaches precision and recall of at least 0.97", () => {
    const { precision, recall, mistakes } = score(rule, devSet.posts);
    expect(mistakes.length, mistakes.join("\n")).toBeLessThanOrEqual(Math.floor(devSet.posts.length * 0.03));
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it("reports nothing on the trap list", () => {
    const flagged = devSet.posts.filter((p) => p.trap).filter((p) => runLabeled(rule, p).length > 0).map((p) => p.text);
    expect(flagged).toEqual([]);
  });
});

describe("profanity: severities and messages", () => {
  it("reports strong words as errors and mild words as warnings", () => {
    const [strong, mild] = lint("Damn, this shit is good").sort((a, b) => b.severity - a.severity);
    expect(strong).toMatchObject({ messageId: "strong", severity: 2 });
    expect(mild).toMatchObject({ messageId: "mild", severity: 1 });
  });

  it("points at the text as written and names the canonical word", () => {
    const text = "well f#@king done";
    const [v] = lint(text);
    expect(text.slice(v.start, v.end)).toBe("f#@king");
    expect(v.message).toContain("(fuck)");
    expect(v.suggestion).toBe("f***ing");
  });

  it("suggests a masked form, keeping the first letter's case", () => {
    expect(lint("Bullshit.")[0].suggestion).toBe("Bulls***");
    expect(lint("what the hell")[0].suggestion).toBe("h***");
  });

  it("suggests removing a slur rather than masking it", () => {
    const [v] = lint("stop saying retarded");
    expect(v).toMatchObject({ messageId: "slur", severity: 2, suggestion: "" });
  });

  it("caps every finding at a warning when the rule is configured as warn", () => {
    const violations = runRule(rule, "fuck", { severity: "warn" });
    expect(violations.map((v) => v.severity)).toEqual([1]);
  });
});

describe("profanity: disguises", () => {
  const caught = (text: string) => lint(text).map((v) => text.slice(v.start, v.end));

  it.each([
    ["sh1t happens", "sh1t"],
    ["kiss my a$$", "a$$"],
    ["kiss my @ss", "@ss"],
    ["b1tch please", "b1tch"],
    ["fvck off", "fvck"],
    ["f*ck", "f*ck"],
    ["f**k", "f**k"],
    ["s***!", "s***"],
    ["f u c k", "f u c k"],
    ["f.u.c.k", "f.u.c.k"],
    ["f-u-c-k", "f-u-c-k"],
    ["fuuuuck", "fuuuuck"],
    ["shiiiit", "shiiiit"],
    ["ｆｕｃｋ", "ｆｕｃｋ"],
    ["fu\u200Bck", "fu\u200Bck"],
    ["fu\u00ADck", "fu\u00ADck"],
    ["f\u0336u\u0336c\u0336k\u0336", "f\u0336u\u0336c\u0336k\u0336"],
    ["fuсk (Cyrillic с)", "fuсk"],
    ["#FckThis", "Fck"],
    ["#holyshit", "holyshit"],
  ])("reads %j", (text, expected) => {
    expect(caught(text)).toEqual([expected]);
  });

  it("reads acronyms as their own entries", () => {
    expect(lint("wtf").map((v) => v.messageId)).toEqual(["mild"]);
    expect(lint("stfu").map((v) => v.messageId)).toEqual(["strong"]);
    expect(lint("cute af").map((v) => v.messageId)).toEqual(["mild"]);
    expect(lint("the AF system")).toEqual([]);
  });
});

describe("profanity: innocent words", () => {
  it.each([
    "Scunthorpe", "assassin", "cocktail", "Dickens", "Sussex", "therapist", "class", "passage",
    "shiitake", "hello", "Hancock", "analysis", "grape", "button", "Hello there", "shell",
    "ass-ess", "$5 off", "part a55", "#crushit", "#pushit", "Mitsubishi", "Fukuoka", "snigger",
  ])("leaves %j alone", (text) => {
    expect(lint(text)).toEqual([]);
  });

  it("never reads inside URLs, e-mail addresses, handles or cashtags", () => {
    expect(lint("acme.com/shit-list fuck@example.com @fuckboy_official $SHIT")).toEqual([]);
  });
});

describe("profanity: options", () => {
  it("allow turns off a lexicon word and all its forms", () => {
    expect(lint("hell yeah, hells bells", { allow: ["hell"] })).toEqual([]);
    expect(lint("hell yeah, damn", { allow: ["hell"] }).map((v) => v.messageId)).toEqual(["mild"]);
  });

  it("allow accepts innocent words and phrases the lexicon does not know", () => {
    expect(lint("#fuckerbergs", {})).not.toEqual([]);
    expect(lint("#fuckerbergs", { allow: ["fuckerbergs"] })).toEqual([]);
  });

  it("deny adds words, as strings (strong) or with a severity, seen through disguises too", () => {
    const options = { deny: ["frick", { word: "heck", severity: "mild" }, "acme sucks"] };
    const found = lint("fr1ck, heck, and acme sucks", options).map((v) => [v.messageId, v.severity]);
    expect(found).toEqual([["denied", 2], ["denied", 1], ["denied", 2]]);
  });

  it("severity: strong reports only strong words", () => {
    expect(lint("damn this shit", { severity: "strong" }).map((v) => v.messageId)).toEqual(["strong"]);
  });

  it("declares its options schema", () => {
    expect(Object.keys(rule.meta.options ?? {})).toEqual(["allow", "deny", "severity", "maskOnFix"]);
  });
});
