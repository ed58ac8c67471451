import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runRule } from "../../src/engine.js";
import type { Platform } from "../../src/types.js";
import rule from "../../rules/platform-limits/index.js";
import { fixture, jsonReport, postlint, ROOT } from "../helpers.js";
import { readLabeledSet, score } from "./labeled-set.js";

const devSet = readLabeledSet("platform-limits");

const lint = (text: string, platform: Platform | undefined, options: Record<string, unknown> = {}, extra: { sponsored?: boolean } = {}) =>
  runRule(rule, { text, platform, ...extra }, { options });
const ids = (text: string, platform: Platform, options?: Record<string, unknown>) => lint(text, platform, options).map((v) => v.messageId);

describe("platform-limits: development set", () => {
  it("covers every platform, under and over each limit", () => {
    const platforms = new Set(devSet.posts.map((p) => p.platform).filter(Boolean));
    expect(platforms.size).toBe(8);
    for (const id of ["tooLong", "tooManyHashtags", "tooManyMentions", "hiddenPastFold"]) {
      expect(devSet.posts.filter((p) => p.expect?.includes(id)).length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it("reaches precision and recall of at least 0.95", () => {
    const { precision, recall, mistakes } = score(rule, devSet.posts);
    expect(precision, mistakes.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(recall, mistakes.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});

describe("platform-limits: length as each platform counts it", () => {
  it("counts X posts with X's own weighting: 280 Latin characters fit, 281 do not", () => {
    expect(ids("a".repeat(280), "x")).toEqual([]);
    expect(ids("a".repeat(281), "x")).toEqual(["tooLong"]);
  });

  it("counts wide characters and emoji as 2 on X", () => {
    expect(ids("山".repeat(140), "x")).toEqual([]);
    expect(ids("山".repeat(141), "x")).toEqual(["tooLong"]);
    expect(ids("⛺".repeat(141), "x")).toEqual(["tooLong"]);
  });

  it("counts every link as 23 on X, however long or short", () => {
    const longLink = `https://www.acmeoutdoors.com/${"x".repeat(200)}`;
    expect(ids(`${"a".repeat(256)} ${longLink}`, "x")).toEqual([]);
    expect(ids(`${"a".repeat(260)} acme.co/ridge`, "x")).toEqual(["tooLong"]);
  });

  it("points at the first character past the limit and says by how much", () => {
    const text = "a".repeat(290);
    const [v] = lint(text, "x");
    expect(v).toMatchObject({ severity: 2, start: 280, end: 290 });
    expect(v.message).toBe(
      "290 characters, 10 over X's limit of 280 (X counts every link as 23 and wide characters such as emoji and CJK as 2): the post will be rejected or cut from here. Shorten it.",
    );
  });

  it("counts Bluesky in visible characters: a family emoji is one", () => {
    const family = "👨‍👩‍👧‍👦";
    expect(ids(family.repeat(300), "bluesky")).toEqual([]);
    expect(ids(family.repeat(301), "bluesky")).toEqual(["tooLong"]);
  });

  it("counts Mastodon links as 23", () => {
    const link = `https://www.acmeoutdoors.com/${"x".repeat(100)}`;
    expect(ids(`${"a".repeat(476)} ${link}`, "mastodon")).toEqual([]);
    expect(ids(`${"a".repeat(477)} ${link}`, "mastodon")).toEqual(["tooLong"]);
  });

  it("takes a configured limit over the built-in one", () => {
    expect(ids("a".repeat(200), "instagram", { limits: { instagram: { maxLength: 150 } } })).toEqual(["tooLong"]);
    expect(ids("a".repeat(281), "x", { limits: { x: { maxLength: 4000 } } })).toEqual([]);
  });

  it("does nothing for a post with no platform", () => {
    expect(lint(`${"a".repeat(5000)} #a #b #c #d #e #f`, undefined)).toEqual([]);
  });

  it("does not load twitter-text for an X post that cannot be over the limit", () => {
    const script = `
      import { createRequire } from "node:module";
      const { default: rule } = await import("${ROOT}dist/rules/platform-limits/index.js");
      const { runRule } = await import("${ROOT}dist/src/engine.js");
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes("twitter-text"));
      runRule(rule, { text: "Pitching in the rain, again", platform: "x" });
      const afterShort = loaded();
      runRule(rule, { text: "a".repeat(281), platform: "x" });
      console.log(afterShort, loaded());`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stdout.trim()).toBe("false true");
  });
});

describe("platform-limits: hashtags and mentions", () => {
  it("errs past Instagram's 30 hashtags, a limit Instagram enforces, at the first extra one", () => {
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(" ");
    const [v] = lint(tags, "instagram");
    expect(v).toMatchObject({ messageId: "tooManyHashtags", severity: 2 });
    expect(tags.slice(v.start, v.end)).toBe("#tag30");
    expect(v.message).toContain("31 hashtags; Instagram allows at most 30.");
  });

  it("calls X's hashtag limit guidance, not a rule, and only warns", () => {
    const [v] = lint("Rain again #camping #hiking #outdoors", "x");
    expect(v.severity).toBe(1);
    expect(v.message).toContain("X advises at most 2");
  });

  it("warns past Instagram's 20 tagged accounts", () => {
    const text = Array.from({ length: 21 }, (_, i) => `@friend${i}`).join(" ");
    expect(ids(text, "instagram")).toEqual(["tooManyMentions"]);
  });

  it("takes configured hashtag limits", () => {
    expect(ids("#a #b #c #d #e #f", "instagram", { limits: { instagram: { maxHashtags: 5 } } })).toEqual(["tooManyHashtags"]);
  });
});

describe("platform-limits: what the \"… more\" cut hides", () => {
  const caption = "Three weekends, one tent. We pitched the Ridge on the fells above Keswick in wind, rain and one glorious sunset, and it kept two of us dry.";

  it("warns when a call to action sits past Instagram's cut", () => {
    const text = `${caption} Link in bio to read the review`;
    const [v] = lint(text, "instagram");
    expect(v).toMatchObject({ messageId: "hiddenPastFold", severity: 1 });
    expect(text.slice(v.start, v.end)).toBe("Link in bio");
    expect(v.message).toContain("call to action (“Link in bio”) sits past Instagram's “… more” cut, where most readers never look");
  });

  it("warns about a hidden disclosure and a hidden link", () => {
    const kinds = lint(`${caption} More at acme.co/ridge #ad`, "instagram").map((v) => v.message.match(/This ([a-z ]+) \(/)?.[1]);
    expect(kinds).toEqual(["link", "disclosure"]);
  });

  it("reports a buried disclosure on a sponsored post too (agency-voice reports why it matters)", () => {
    const text = `${caption} #ad`;
    const [v] = lint(text, "instagram", {}, { sponsored: true });
    expect(text.slice(v.start, v.end)).toBe("#ad");
  });

  it("folds a caption after three lines on Instagram, however short they are", () => {
    const text = "Sunday reset\n\nnew serum day\n\n#ad @acme";
    const [v] = lint(text, "instagram");
    expect(text.slice(v.start, v.end)).toBe("#ad");
    expect(lint("Sunday reset\n#ad @acme\nnew serum day", "instagram")).toEqual([]);
  });

  it("warns about a discount code past the cut, not a code word without a code", () => {
    const text = `${caption} Use CAROL30 for 30% off, code CAROL30 works all week.`;
    const found = lint(text, "instagram").map((v) => text.slice(v.start, v.end));
    expect(found).toEqual(["code CAROL30"]);
    expect(lint(`${caption} The code is open source on our blog.`, "instagram")).toEqual([]);
  });

  it("is satisfied when one of a kind is already above the cut", () => {
    expect(lint(`Shop now at acme.co/ridge. ${caption} acme.co/tents shop now`, "instagram")).toEqual([]);
  });

  it("does nothing on platforms that show the whole post, or with the cut turned off", () => {
    expect(lint(`${caption} Link in bio`, "x", { limits: { x: { maxLength: 4000 } } })).toEqual([]);
    expect(lint(`${caption} Link in bio`, "instagram", { limits: { instagram: { truncation: 0 } } })).toEqual([]);
  });

  it("takes more calls to action from the options", () => {
    expect(ids(`${caption} Book a demo today`, "instagram", { callsToAction: ["book a demo"] })).toEqual(["hiddenPastFold"]);
  });
});

describe("platform-limits through the CLI", () => {
  it("reports an over-long X post at the character where X cuts it", () => {
    const report = jsonReport(postlint([fixture("platform-limits/x-posts.yaml"), "--format", "json"]));
    const messages = report[0].messages.filter((m) => m.ruleId === "platform-limits");
    expect(messages.map((m) => [m.post.id, m.messageId, m.severity])).toEqual([
      ["review", "tooLong", 2],
      ["tags", "tooManyHashtags", 1],
    ]);
    expect(messages[0].message).toMatch(/^306 characters, 26 over X's limit of 280/);
  });

  it("reads the platform from a draft's front matter and points into the file", () => {
    const run = postlint([fixture("platform-limits/caption.md"), "--format", "json"]);
    const [message] = jsonReport(run)[0].messages.filter((m) => m.ruleId === "platform-limits");
    expect(message).toMatchObject({ messageId: "hiddenPastFold", line: 5, column: 1 });
  });

  it("rejects an unknown platform in the limits option, naming the key", () => {
    const run = postlint([fixture("platform-limits/bad-limits/post.txt")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad-limits\/\.postlintrc\.yaml:5:9: invalid config: rules\.platform-limits\[1\]\.limits\.twiter: unknown key "twiter"/);
  });
});

describe("platform-limits: posts from the API", () => {
  it("checks nothing on a platform it does not know", () => {
    expect(runRule(rule, { text: "a".repeat(5000), platform: "myspace" as Platform })).toEqual([]);
  });
});
