import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, github } from "../../src/reporters/github.js";
import type { LintResult } from "../../src/types.js";
import { fixture } from "../helpers.js";
import { runBoth, TRICKY_CONFIG } from "./shared.js";

/** Reads a workflow command back as GitHub's runner does. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (text: string) => text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
  const properties = Object.fromEntries(
    match[2].split(",").map((pair) => {
      const cut = pair.indexOf("=");
      return [pair.slice(0, cut), unescape(pair.slice(cut + 1))];
    }),
  );
  return { command: match[1], properties, message: unescape(match[3]) };
}

describe("github reporter", () => {
  const { run, json } = runBoth("github", ["-c", TRICKY_CONFIG, fixture("drafts/competitor.txt"), fixture("batches/posts.yaml"), fixture("bad/malformed.json")]);
  const lines = run.stdout.trimEnd().split("\n");

  it("writes one ::error or ::warning command per problem, which reads back to the problem exactly", () => {
    const messages = json.flatMap((file) => file.messages.map((message) => ({ file: file.filePath.replace(/^.*?\/fixtures\//, "fixtures/"), ...message })));
    expect(lines).toHaveLength(messages.length);
    lines.forEach((line, index) => {
      const expected = messages[index];
      const parsed = parseCommand(line);
      expect(parsed.command).toBe(expected.severity === 2 ? "error" : "warning");
      expect(parsed.message).toBe(expected.message);
      expect(parsed.properties.file).toBe(expected.file);
      expect(parsed.properties.line).toBe(String(expected.line));
      expect(parsed.properties.col).toBe(String(expected.column));
      if (expected.endLine !== undefined) {
        expect(parsed.properties.endLine).toBe(String(expected.endLine));
        expect(parsed.properties.endColumn).toBe(String(expected.endColumn));
      }
      expect(parsed.properties.title).toBe(expected.ruleId ? `postlint: ${expected.ruleId}` : "postlint");
    });
  });

  it("escapes %, CR and LF in the message, and : and , in properties, as GitHub documents", () => {
    const tricky = lines.find((line) => line.startsWith("::warning file=fixtures/drafts/competitor.txt,line=1,"));
    expect(tricky).toBe(
      "::warning file=fixtures/drafts/competitor.txt,line=1,col=1,endLine=1,endColumn=7,title=postlint%3A tricky-chars::100%25 sure: \"Globex\" is <Globex> & co, isn't it?%0D%0ASecond line: a, b",
    );
    expect(escapeProperty("a,b: 50%\n")).toBe("a%2Cb%3A 50%25%0A");
    expect(escapeData("a,b: 50%\r\n")).toBe("a,b: 50%25%0D%0A");
  });

  it("annotates an unreadable file at its place and exits 2", () => {
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=fixtures\/bad\/malformed\.json,line=2,col=15,title=postlint::invalid JSON/));
    expect(run.status).toBe(2);
  });

  it("drops columns for a range over several lines (GitHub keeps them only on one line)", () => {
    const results: LintResult[] = [
      {
        filePath: "/repo/posts/a, b.yaml",
        errorCount: 1,
        warningCount: 0,
        postCount: 1,
        messages: [{ ruleId: "tone-mismatch", messageId: "x", severity: 2, message: "m", line: 3, column: 5, endLine: 4, endColumn: 2, post: { index: 0 } }],
      },
    ];
    expect(github(results, { color: false, cwd: "/repo" })).toBe("::error file=posts/a%2C b.yaml,line=3,endLine=4,title=postlint%3A tone-mismatch::m\n");
  });

  it("prints nothing for a clean run", () => {
    const { run: clean } = runBoth("github", ["--no-config", fixture("drafts/clean.txt")]);
    expect(clean.stdout).toBe("");
    expect(clean.status).toBe(0);
  });
});
