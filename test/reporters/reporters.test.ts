import { describe, expect, it } from "vitest";
import { json } from "../../src/reporters/json.js";
import { stylish } from "../../src/reporters/stylish.js";
import type { LintResult } from "../../src/types.js";

const results: LintResult[] = [
  { filePath: "/repo/clean.txt", errorCount: 0, warningCount: 0, messages: [], postCount: 1 },
  {
    filePath: "/repo/posts.yaml",
    errorCount: 1,
    warningCount: 1,
    postCount: 2,
    messages: [
      { ruleId: "profanity", messageId: "strong", severity: 2, message: "“shit” is profane.", line: 3, column: 12, endLine: 3, endColumn: 16, post: { index: 0, id: "a" }, suggestion: "s***" },
      { ruleId: "profanity", messageId: "mild", severity: 1, message: "“damn” reads as mild profanity.", line: 7, column: 4, endLine: 7, endColumn: 8, post: { index: 1 } },
    ],
  },
  { filePath: "/repo/broken.json", errorCount: 1, warningCount: 0, postCount: 0, messages: [{ ruleId: null, fatal: true, severity: 2, message: "invalid JSON: oops", line: 2, column: 5 }] },
];

describe("stylish", () => {
  const output = stylish(results, { color: false, cwd: "/repo" });

  it("groups by file and post, with line:col, severity, message and rule", () => {
    expect(output).toContain("posts.yaml\n  post 1 (a)\n  3:12  error    “shit” is profane.  profanity");
    expect(output).toContain("  post 2\n  7:4   warning  “damn” reads as mild profanity.  profanity");
    expect(output).toContain("suggestion: “s***”");
    expect(output).not.toContain("clean.txt");
  });

  it("ends with the summary line", () => {
    expect(output.trim().split("\n").at(-1)).toBe("✖ 3 problems (2 errors, 1 warning)");
  });

  it("prints only the summary of zero when clean", () => {
    expect(stylish([results[0]], { color: false, cwd: "/repo" })).toBe("✔ 0 problems (0 errors, 0 warnings)\n");
  });

  it("colors when asked", () => {
    expect(stylish(results, { color: true, cwd: "/repo" })).toContain("\u001b[31m");
  });
});

describe("json", () => {
  const parsed = JSON.parse(json(results));

  it("has the SPEC §6 shape", () => {
    expect(parsed[1]).toEqual({
      filePath: "/repo/posts.yaml",
      errorCount: 1,
      warningCount: 1,
      messages: [
        { ruleId: "profanity", messageId: "strong", severity: 2, message: "“shit” is profane.", line: 3, column: 12, endLine: 3, endColumn: 16, post: { index: 0, id: "a" }, suggestion: "s***" },
        { ruleId: "profanity", messageId: "mild", severity: 1, message: "“damn” reads as mild profanity.", line: 7, column: 4, endLine: 7, endColumn: 8, post: { index: 1 } },
      ],
    });
  });

  it("gives a file that could not be read one fatal message", () => {
    expect(parsed[2].messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: "invalid JSON: oops", line: 2, column: 5 }]);
  });
});
