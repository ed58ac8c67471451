import { describe, expect, it } from "vitest";
import { compact } from "../../src/reporters/compact.js";
import { fixture } from "../helpers.js";
import { runBoth, TRICKY_CONFIG } from "./shared.js";

describe("compact reporter", () => {
  const inputs = [fixture("drafts/competitor.txt"), fixture("batches/posts.yaml"), fixture("bad/malformed.json")];
  const { run, json } = runBoth("compact", ["-c", TRICKY_CONFIG, ...inputs]);

  it("prints one `file:line:col: severity message [rule]` line per problem, paths relative to cwd", () => {
    const expected = json.flatMap((file) =>
      file.messages.map((message) => {
        const path = file.filePath.replace(/^.*?\/fixtures\//, "fixtures/");
        const severity = message.severity === 2 ? "error" : "warning";
        const rule = message.ruleId ? ` [${message.ruleId}]` : "";
        return `${path}:${message.line}:${message.column}: ${severity} ${message.message.replace(/\s*[\r\n]+\s*/g, " ")}${rule}`;
      }),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(run.stdout.split("\n").slice(0, -1)).toEqual(expected);
  });

  it("keeps a multi-line message on one line", () => {
    expect(run.stdout).toContain("fixtures/drafts/competitor.txt:1:1: warning 100% sure: \"Globex\" is <Globex> & co, isn't it? Second line: a, b [tricky-chars]\n");
  });

  it("reports an unreadable file as an error line without a rule, and exits 2", () => {
    expect(run.stdout).toMatch(/^fixtures\/bad\/malformed\.json:2:15: error invalid JSON: .*[^\]]$/m);
    expect(run.status).toBe(2);
  });

  it("prints nothing for a clean run", () => {
    expect(compact([{ filePath: "/repo/a.txt", errorCount: 0, warningCount: 0, messages: [], postCount: 1 }], { color: false, cwd: "/repo" })).toBe("");
  });
});
