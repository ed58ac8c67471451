import { describe, expect, it } from "vitest";
import { jsonReport, postlint } from "./helpers.js";

// The README's example: Acme's September calendar, drafted by its agency, all four rules on.
describe("the README example, end to end through the CLI", () => {
  const run = postlint(["-f", "json", "fixtures/examples"]);
  const report = jsonReport(run);
  const byPost = (id: string) =>
    report[0].messages.filter((m) => m.post?.id === id).map((m) => `${m.ruleId}:${m.severity === 2 ? "error" : "warn"}`);

  it("lints the calendar, not the config or the trending feed beside it", () => {
    expect(report.map((r) => r.filePath.replace(/.*fixtures\//, ""))).toEqual(["examples/calendar.yaml"]);
    expect(run.status).toBe(1);
  });

  it("passes the on-brand launch post", () => {
    expect(byPost("tent-launch")).toEqual([]);
  });

  it("stops a sale pushed on a hurricane hashtag", () => {
    expect(byPost("storm-sale")).toEqual(expect.arrayContaining(["hashtag-hijack:error", "tone-mismatch:error"]));
  });

  it("warns about an unrelated trending tag on a promotion", () => {
    expect(byPost("coffee-day")).toContain("hashtag-hijack:warn");
  });

  it("catches profanity in a flippant reply to a complaint", () => {
    expect(byPost("reply-shipping")).toEqual(expect.arrayContaining(["profanity:error", "tone-mismatch:warn"]));
  });

  it("stops an agency writer posing as brand staff", () => {
    expect(byPost("staff-voice")).toContain("agency-voice:error");
  });

  it("flags an ambiguous sponsorship disclosure", () => {
    expect(byPost("ambassador")).toContain("agency-voice:warn");
  });
});
