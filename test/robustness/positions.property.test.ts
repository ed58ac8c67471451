// Property: for any text, in any input format, every post reads back exactly as written, and
// each word the no-competitor plugin reports is found in the source file at the reported
// line:column (columns in UTF-16 code units, lines ended by LF, CRLF or a lone CR, BOM skipped).
import fc from "fast-check";
import { isMap, isScalar, isSeq, parse, parseDocument, type Scalar } from "yaml";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/run.js";
import { analyze } from "../../src/text/analysis.js";
import type { LintResult } from "../../src/types.js";
import { fixture, ROOT } from "../helpers.js";
import { fileText, hostileText, isBlank, wellFormed } from "./arbitraries.js";
import { encodePosts, lineStartsOf, offsetAt, sliceAt, type Format } from "./formats.js";

const competitorConfig = fixture("configs/competitor.yaml");
// POSTLINT_FUZZ_RUNS=5000 for a deeper search than the default run affords.
const RUNS = { numRuns: Number(process.env.POSTLINT_FUZZ_RUNS ?? 150) };

async function lintAs(name: string, source: string): Promise<LintResult> {
  return lintText(source, { cwd: ROOT, filePath: `fixtures/hostile/${name}`, configFile: competitorConfig, keepPosts: true });
}

/**
 * Checks every report of the plugin against the source; returns how many were checked.
 * `decode` reads a slice of source as the format would (a word folded by an escape, say).
 */
function expectReportsAtTheirWords(result: LintResult, source: string, decode = (slice: string) => slice): number {
  expect(result.fatal).toBeUndefined();
  const starts = lineStartsOf(source);
  const posts = result.posts ?? [];
  let checked = 0;
  for (const post of posts) {
    const words = analyze(post.text ?? "").words.filter((word) => word.norm === "globex");
    const messages = result.messages.filter((message) => message.post?.index === post.index);
    expect(messages.length).toBe(words.length);
    messages.forEach((message, at) => {
      const found = sliceAt(source, starts, message, { line: message.endLine!, column: message.endColumn! });
      expect(decode(found)).toBe(words[at].text);
      checked++;
    });
  }
  return checked;
}

describe("positions: the text at the reported line:column is the text the rule matched", () => {
  for (const format of ["txt", "md"] as const) {
    it(`${format}: any text, with or without a BOM`, async () => {
      await fc.assert(
        fc.asyncProperty(fileText, fc.boolean(), async (text, bom) => {
          fc.pre(!isBlank(text) && !text.startsWith("\ufeff"));
          const { name, source } = encodePosts(format, [text]);
          const result = await lintAs(name, bom ? `\ufeff${source}` : source);
          expect(result.posts?.[0].text).toBe(text); // not a byte lost (the BOM is not text)
          expectReportsAtTheirWords(result, source);
        }),
        RUNS,
      );
    });
  }

  for (const format of ["json", "jsonl"] as const) {
    it(`${format}: any text, NUL and lone surrogates included (as JSON escapes)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 5 }), fc.nat(), async (texts, style) => {
          const { name, source } = encodePosts(format, texts, style);
          const result = await lintAs(name, source);
          expect(result.posts?.map((post) => post.text)).toEqual(texts);
          expectReportsAtTheirWords(result, source);
        }),
        RUNS,
      );
    });
  }

  it("csv: any text in quoted cells, LF or CRLF records", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fileText, { minLength: 1, maxLength: 5 }), fc.nat(), async (texts, style) => {
        // csv-parse skips a record whose only content is blank; a post is never blank in practice.
        fc.pre(texts.every((text) => !isBlank(text)));
        const { name, source } = encodePosts("csv", texts, style);
        const result = await lintAs(name, source);
        expect(result.posts?.map((post) => post.text)).toEqual(texts);
        expectReportsAtTheirWords(result, source);
      }),
      RUNS,
    );
  });

  it("yaml: every scalar style reads back exactly and places words exactly, escapes and folds included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fileText, { minLength: 1, maxLength: 4 }), fc.nat(), async (texts, style) => {
        const { name, source } = encodePosts("yaml", texts, style);
        // yaml 2.9's writer can fold a long double-quoted line between the two halves of a
        // surrogate pair, writing a file that has lost the character: not postlint's input to judge.
        fc.pre(wellFormed(source) === source);
        const result = await lintAs(name, source);
        // The same writer sometimes drops a leading space of a block scalar: compare with what
        // a YAML parser reads from the file, not with what we meant to write.
        const written = (parse(source).posts as Array<string | { text: string }>).map((post) => (typeof post === "string" ? post : post.text));
        expect(result.posts?.map((post) => post.text)).toEqual(written);
        const scalars = textScalars(source);
        // A long word in a double-quoted scalar may be folded by an escaped line break: "Glob\⏎  ex".
        const decode = (slice: string) => (slice.includes("\\") ? parse(`"${slice}"`) : slice);
        expectReportsAtTheirWords(result, source, decode);
        const starts = lineStartsOf(source);
        for (const message of result.messages) {
          const [from, to] = scalars[message.post!.index].range;
          expect(offsetAt(starts, message.line, message.column)).toBeGreaterThanOrEqual(from);
          expect(offsetAt(starts, message.endLine!, message.endColumn!)).toBeLessThanOrEqual(to);
        }
      }),
      RUNS,
    );
  });
});

/** The text scalar of each post in a YAML batch written by encodePosts: its style and source range. */
function textScalars(source: string): Array<{ type: Scalar["type"]; range: [number, number] }> {
  const posts = (parseDocument(source).contents as { get(key: string, keep: true): unknown }).get("posts", true);
  if (!isSeq(posts)) throw new Error("expected a posts list");
  return posts.items.map((item) => {
    const scalar = isMap(item) ? item.get("text", true) : item;
    if (!isScalar(scalar) || !scalar.range) throw new Error("expected a text scalar");
    return { type: scalar.type, range: [scalar.range[0], scalar.range[1]] };
  });
}

describe("positions on real files", () => {
  const cases: Array<[Format, string, string]> = [
    ["txt", "lone CR line endings", "One\rtwo\rthree Globex\r"],
    ["txt", "CRLF line endings", "One\r\ntwo\r\nthree Globex\r\n"],
    ["txt", "tabs count as one column", "\t\tGlobex\tGlobex"],
    ["txt", "astral emoji count two columns each", "😀😀 Globex 👩‍👩‍👧 Globex"],
    ["txt", "combining marks and RTL text", "e\u0301 שלום Globex مرحبا Globex"],
    ["txt", "zero-width characters between words", "\u200bGlobex\u200d\u2060Globex"],
    ["jsonl", "escapes before the word", '{"text":"\\u00e9\\n\\t\\ud83d\\ude00 Globex"}\n'],
    ["jsonl", "every character escaped, as Python's json.dumps writes it", '{"text": "\\u00c9t\\u00e9 \\ud83c\\udfd5 Globex \\u2014 Globex"}\n'],
    ["jsonl", "a field before the text with the same value", '{"author": {"name": "Globex"}, "id": "Globex", "text": "Globex"}\n'],
    ["jsonl", "the text key written with spaces and after a nested text key", '{"meta": {"text": "x"}, "text" :  "Globex x"}\n'],
  ];
  for (const [format, what, source] of cases) {
    it(`${format}: ${what}`, async () => {
      const result = await lintAs(format === "txt" ? "post.txt" : "posts.jsonl", source);
      expect(expectReportsAtTheirWords(result, source)).toBeGreaterThan(0);
    });
  }

  it("a UTF-8 BOM is not a column: the first word is at 1:1", async () => {
    const result = await lintAs("post.txt", "\ufeffGlobex");
    expect(result.messages.map((m) => [m.line, m.column, m.endColumn])).toEqual([[1, 1, 7]]);
  });
});
