// Property: whatever the text and whatever the file, postlint answers with a report or a
// located fatal message. No rule crashes, no "unexpected error", no stack trace, and every
// reported range lies inside its post.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/run.js";
import type { LintResult } from "../../src/types.js";
import { fixture, postlint, ROOT } from "../helpers.js";
import { hostileText } from "./arbitraries.js";
import { lineStartsOf, offsetAt } from "./formats.js";

const allRules = fixture("hostile/all-rules.yaml");
const now = new Date("2026-03-15T12:00:00Z");
// POSTLINT_FUZZ_RUNS=5000 for a deeper search than the default run affords.
const RUNS = { numRuns: Number(process.env.POSTLINT_FUZZ_RUNS ?? 150) };

function lint(name: string, content: string | Uint8Array): Promise<LintResult> {
  return lintText(content, { cwd: ROOT, filePath: `fixtures/hostile/${name}`, configFile: allRules, keepPosts: true, now });
}

/** A fatal result is an input problem postlint explains, never a crash of postlint or a rule. */
function expectNoCrash(result: LintResult): void {
  for (const message of result.messages.filter((m) => m.fatal)) {
    expect(message.ruleId, `a rule crashed: ${message.message}`).toBeNull();
    expect(message.message).not.toMatch(/unexpected error/);
  }
}

/** Post fields that send the rules down their branches: replies, sponsorship, platforms, dates. */
const postFields = fc.record(
  {
    id: fc.string({ maxLength: 6 }),
    platform: fc.constantFrom("x", "instagram", "facebook", "linkedin", "threads", "bluesky", "mastodon", "tiktok"),
    date: fc.constantFrom("2012-07-21", "2026-03-15T09:30:00Z", "1970-01-01", "2099-12-31"),
    sponsored: fc.boolean(),
    inReplyTo: hostileText,
    account: fc.record({ handle: fc.constantFrom("@acme", "@dana_k"), owner: fc.constantFrom("brand", "personal", "third-party") }),
    author: fc.record({ kind: fc.constantFrom("in-house", "agency", "freelancer", "influencer", "employee"), initials: fc.constantFrom("DK", "") }),
    brand: fc.record({ name: fc.constantFrom("Acme", "Globex", "É", ""), voice: fc.constantFrom("formal", "friendly", "playful", "empathetic") }),
  },
  { requiredKeys: [] },
);

describe("built-in rules never throw, and report inside the post", () => {
  it("any text as a .txt draft: every range inside the file", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const result = await lint("post.txt", text);
        expectNoCrash(result);
        if (result.fatal) return; // NUL (binary) or blank: located input errors, checked elsewhere
        const source = new TextDecoder().decode(new TextEncoder().encode(text)).replace(/^\ufeff/, "");
        const starts = lineStartsOf(source);
        for (const message of result.messages) {
          const from = offsetAt(starts, message.line, message.column);
          const to = offsetAt(starts, message.endLine!, message.endColumn!);
          expect(0 <= from && from <= to && to <= source.length, `${message.ruleId} at ${from}-${to} of ${source.length}`).toBe(true);
          expect(message.column).toBeLessThanOrEqual((starts[message.line] ?? source.length + 1) - starts[message.line - 1] + 1);
        }
      }),
      RUNS,
    );
  });

  it("any text and fields in a .jsonl batch (NUL and lone surrogates as escapes): every range inside its post's string", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileText, postFields), { minLength: 1, maxLength: 6 }), async (posts) => {
        const lines = posts.map(([text, fields]) => JSON.stringify({ ...fields, text }));
        const source = lines.join("\n");
        const result = await lint("posts.jsonl", source);
        expectNoCrash(result);
        expect(result.fatal).toBeUndefined();
        expect(result.posts?.map((post) => post.text)).toEqual(posts.map(([text]) => text));
        for (const message of result.messages) {
          const line = lines[message.post!.index];
          const literal = JSON.stringify(posts[message.post!.index][0]);
          const at = line.lastIndexOf(literal); // "text" is the last key written
          expect(message.line).toBe(message.post!.index + 1);
          expect(message.endLine).toBe(message.line);
          expect(message.column - 1).toBeGreaterThanOrEqual(at + 1);
          expect(message.endColumn! - 1).toBeLessThanOrEqual(at + literal.length - 1);
          expect(message.endColumn!).toBeGreaterThanOrEqual(message.column);
        }
      }),
      RUNS,
    );
  });
});

const FORMATS = ["txt", "md", "yaml", "json", "jsonl", "csv"] as const;

describe("arbitrary files: a report or a located fatal message, never a crash", () => {
  it("any JSON value, written as .json, .yaml and .jsonl", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const text = JSON.stringify(value) ?? "null";
        for (const [name, content] of [
          ["posts.json", text],
          ["posts.yaml", stringify(value)],
          ["posts.jsonl", Array.isArray(value) ? value.map((item) => JSON.stringify(item)).join("\n") : text],
        ] as const) {
          expectNoCrash(await lint(name, content));
        }
      }),
      RUNS,
    );
  });

  it("posts whose fields have the wrong types", async () => {
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom("text", "id", "platform", "date", "sponsored", "inReplyTo", "account", "author", "brand", "postlint", "caption"), anyValue), async (post) => {
        expectNoCrash(await lint("posts.json", JSON.stringify([post])));
        expectNoCrash(await lint("posts.jsonl", JSON.stringify(post)));
        expectNoCrash(await lint("posts.yaml", stringify([post])));
      }),
      RUNS,
    );
  });

  it("any bytes, under every input extension", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...FORMATS), async (bytes, format) => {
        expectNoCrash(await lint(`file.${format}`, bytes));
      }),
      RUNS,
    );
  });

  it("any text, under every input extension", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom(...FORMATS), async (text, format) => {
        expectNoCrash(await lint(`file.${format}`, text));
      }),
      RUNS,
    );
  });

  it("through the CLI: exit 0, 1 or 2 and never a stack trace", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes))), fc.constantFrom(...FORMATS), (input, format) => {
        const run = postlint(["-c", allRules, "--stdin-filename", `input.${format}`, "-"], { input });
        expect([0, 1, 2]).toContain(run.status);
        expect(run.stderr).not.toMatch(/\n\s+at |unexpected error/);
        if (run.status === 2) expect(run.stderr).toMatch(/^postlint: (\S*\/)?input\.\w+(:\d+:\d+)?: /m);
      }),
      { numRuns: 6 },
    );
  });
});
