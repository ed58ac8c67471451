import { describe, expect, it } from "vitest";
import { lintFiles } from "../../src/run.js";
import { fixture } from "../helpers.js";

// The no-competitor plugin reports every "Globex", so each message is a word whose place in
// the source file we know.
const competitorConfig = fixture("configs/competitor.yaml");
const lint = async (path: string) => (await lintFiles([fixture(path)], { configFile: competitorConfig }))[0];
const places = async (path: string) => (await lint(path)).messages.map((m) => [m.line, m.column, m.endColumn]);

describe("readers place each word at its line and column in the source file", () => {
  it("txt: the whole file is one post", async () => {
    expect(await places("drafts/competitor.txt")).toEqual([
      [1, 1, 7],
      [2, 26, 32],
    ]);
  });

  it("txt: CRLF line endings, a UTF-8 BOM, tabs and emoji (UTF-16 columns)", async () => {
    expect(await places("drafts/crlf.txt")).toEqual([[2, 19, 25]]);
    expect(await places("drafts/bom.txt")).toEqual([[1, 1, 7]]);
    expect(await places("drafts/tabs.txt")).toEqual([[1, 10, 16]]);
    expect(await places("drafts/emoji.txt")).toEqual([[1, 6, 12]]);
  });

  it("md: positions count the front matter; its fields reach the post", async () => {
    const result = await lint("batches/post.md");
    expect(result.messages.map((m) => [m.line, m.column, m.post])).toEqual([[8, 26, { index: 0, id: "md-1" }]]);
  });

  it("yaml: plain, block literal, folded and quoted scalars", async () => {
    const result = await lint("batches/posts.yaml");
    expect(result.postCount).toBe(4);
    expect(result.messages.map((m) => [m.line, m.column, m.post?.id])).toEqual([
      [3, 25, undefined],
      [9, 19, "spring-launch"],
      [13, 16, "folded"],
      [14, 19, undefined],
    ]);
  });

  it("json: a list of posts and bare strings, placed on the text's line", async () => {
    const result = await lint("batches/posts.json");
    expect(result.postCount).toBe(3);
    expect(result.messages.map((m) => [m.line, m.post])).toEqual([
      [3, { index: 1, id: "j2" }],
      [4, { index: 2 }],
    ]);
    // "Line one\nthen Globex": the \n escape is two characters in the source.
    expect(result.messages[0].column).toBe(41);
  });

  it("jsonl: one post per line, blank lines skipped, escapes counted", async () => {
    const result = await lint("batches/posts.jsonl");
    expect(result.postCount).toBe(3);
    expect(result.messages.map((m) => [m.line, m.column, m.post?.id])).toEqual([
      [3, 33, "l2"],
      [4, 47, "l3"],
    ]);
  });

  it("csv: quoted multi-line cells, a Caption column, dotted field columns", async () => {
    const result = await lint("batches/posts.csv");
    expect(result.postCount).toBe(2);
    expect(result.messages.map((m) => [m.line, m.column, m.post?.id])).toEqual([
      [3, 5, "c1"],
      [4, 12, "c2"],
    ]);
  });
});

describe("readers refuse what they cannot read, with a place", () => {
  const fatal = async (path: string) => {
    const result = await lint(path);
    expect(result.errorCount).toBe(1);
    const [message] = result.messages;
    expect(message).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    return [message.line, message.column, message.message];
  };

  it.each([
    ["bad/binary.txt", 1, /binary file/],
    ["bad/invalid-utf8.txt", 2, /invalid UTF-8/],
    ["bad/empty.txt", 1, /empty file/],
    ["bad/malformed.yaml", 3, /invalid YAML/],
    ["bad/malformed.json", 2, /invalid JSON/],
    ["bad/malformed.jsonl", 3, /invalid JSON/],
    ["bad/unclosed.csv", 2, /invalid CSV: Quote Not Closed/],
    ["bad/no-text.yaml", 1, /\[0\] has no text/],
  ])("%s", async (path, line, pattern) => {
    const [atLine, , message] = await fatal(path);
    expect(atLine).toBe(line);
    expect(message).toMatch(pattern);
  });
});
