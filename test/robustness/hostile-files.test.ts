// Adversarial inputs through the CLI, as a CI job or a pre-commit hook would meet them: each
// ends with a report or a located "postlint: file:line:col: what is wrong" and exit 2, never
// a stack trace and never a hang. Big inputs are generated into a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintFiles } from "../../src/run.js";
import { fixture, jsonReport, postlint, type CliRun } from "../helpers.js";

const competitor = fixture("configs/competitor.yaml");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "postlint-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Exit 2 with one located line per problem on stderr, and no stack trace. */
function expectFatal(run: CliRun, pattern: RegExp): void {
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |unexpected error/);
  expect(run.status).toBe(2);
}

describe("structures built to exhaust a parser", () => {
  it('a YAML alias bomb ("billion laughs") is refused, not expanded', () => {
    expectFatal(postlint([fixture("hostile/alias-bomb.yaml")]), /alias-bomb\.yaml:\d+:\d+: invalid YAML: too many aliases/);
  });

  it("JSON nested 100,000 deep as the batch: a located error", () => {
    const file = write("deep.json", "[".repeat(100_000) + "]".repeat(100_000));
    expectFatal(postlint([file]), /deep\.json:1:1: \[0\] must be a string or an object with "text"/);
  });

  it("JSON nested 100,000 deep inside a post's fields: the post is still linted", () => {
    const nested = "[".repeat(100_000) + "]".repeat(100_000);
    const file = write("deep-field.json", `[{"text": "We beat Globex", "extra": ${nested}}]`);
    const run = postlint(["-c", competitor, "-f", "json", file]);
    expect(run.status).toBe(1);
    expect(jsonReport(run)[0].messages.map((m) => [m.line, m.column])).toEqual([[1, 20]]);
  });

  it("YAML nested 100,000 deep: a located error that says so", () => {
    const file = write("deep.yaml", `posts:\n  - text: hi\n    extra: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    expectFatal(postlint([file]), /deep\.yaml:3:\d+: invalid YAML: nested too deeply/);
  });

  it("a CSV with 100,000 columns is linted", () => {
    const header = ["text", ...Array.from({ length: 99_999 }, (_, index) => `c${index}`)].join(",");
    const file = write("wide.csv", `${header}\nWe beat Globex,${"x,".repeat(99_998)}x\n`);
    const run = postlint(["-c", competitor, "-f", "json", file]);
    expect(run.status).toBe(1);
    expect(jsonReport(run)[0].messages.map((m) => [m.line, m.column])).toEqual([[2, 9]]);
  });

  it("a CSV whose last quote never closes, after 5,000 good rows: located, not a hang", () => {
    const rows = Array.from({ length: 5_000 }, (_, index) => `${index},"post ${index}"`);
    const file = write("unclosed.csv", `id,text\n${rows.join("\n")}\n5000,"never closed\nand on\n`);
    expectFatal(postlint([file]), /unclosed\.csv:\d+:\d+: invalid CSV: Quote Not Closed/);
  });
});

describe("limits, with options to raise them", () => {
  // 217,006 characters on one line; the competitor is named once, at the very end.
  const long = () => write("long.txt", `${"We beat them on every trail. ".repeat(7_000)}Globex`);

  it("a post longer than --max-post-length (default 100,000) is refused with its length", () => {
    expectFatal(postlint([long()]), /long\.txt:1:1: post 1 is 203,006 characters long, more than the 100,000 postlint lints .*--max-post-length/);
  });

  it("--max-post-length raises the limit: the long single-line post is linted, its word placed at the far end", () => {
    const run = postlint(["-c", competitor, "--max-post-length", "300000", "-f", "json", long()]);
    expect(run.status).toBe(1);
    expect(jsonReport(run)[0].messages.map((m) => [m.line, m.column, m.endColumn])).toEqual([[1, 203_001, 203_007]]);
  });

  it("a file larger than --max-file-size is refused before it is read; JSON Lines is streamed past it", () => {
    const lines = Array.from({ length: 12_000 }, (_, index) => JSON.stringify({ id: index, text: `Post ${index} about our tents and trails` }));
    const yaml = write("big.yaml", lines.map((line) => `- ${line}`).join("\n"));
    expectFatal(postlint(["--max-file-size", "0.5", yaml]), /big\.yaml: file is 0\.\d MB, more than the 0\.5 MB read at once: raise --max-file-size/);
    expect(postlint(["--max-file-size", "0.5", write("big.jsonl", lines.join("\n"))]).status).toBe(0);
  });

  it("by default a whole-file format stops at 32 MB (a sparse 33 MB file: refused from its size alone)", () => {
    const file = write("huge.yaml", "");
    truncateSync(file, 33 * 1024 * 1024);
    expectFatal(postlint([file]), /huge\.yaml: file is 33 MB, more than the 32 MB read at once/);
  });

  it("a bad limit is a usage error", () => {
    expectFatal(postlint(["--max-post-length", "lots", "x.txt"]), /--max-post-length.*expected a whole number/);
  });
});

describe("paths that are not plain files", () => {
  it("a directory symlink loop is walked once, without hanging", () => {
    const root = join(dir, "loop");
    mkdirSync(join(root, "sub"), { recursive: true });
    writeFileSync(join(root, "sub", "post.txt"), "We beat Globex");
    symlinkSync("..", join(root, "sub", "up"));
    symlinkSync(root, join(root, "sub", "again"));
    const run = postlint(["-c", competitor, "-f", "json", root]);
    expect(run.status).toBe(1);
    expect(jsonReport(run).map((result) => result.filePath)).toEqual([join(root, "sub", "post.txt")]);
  });

  it("a file symlink that points at itself", () => {
    const self = join(dir, "self.txt");
    symlinkSync(self, self);
    expectFatal(postlint([self]), /self\.txt: cannot read: too many levels of symbolic links/);
  });

  it("a FIFO is refused without opening it (opening would block)", () => {
    const fifo = join(dir, "drafts.txt");
    execFileSync("mkfifo", [fifo]);
    expectFatal(postlint([fifo]), /drafts\.txt: not a regular file \(a FIFO, socket or device\)/);
  });

  it("with --cache too: a FIFO or a device is refused, not hashed (which would block or never end)", () => {
    const fifo = join(dir, "cached.txt");
    execFileSync("mkfifo", [fifo]);
    const cache = ["--cache-location", join(dir, "cache.json")];
    expectFatal(postlint([...cache, fifo]), /cached\.txt: not a regular file/);
    expectFatal(postlint([...cache, "/dev/zero"]), /\/dev\/zero: not a regular file/);
  });

  it("a FIFO inside a linted folder is skipped, not opened", () => {
    const folder = join(dir, "with-fifo");
    mkdirSync(folder);
    execFileSync("mkfifo", [join(folder, "a.txt")]);
    writeFileSync(join(folder, "b.txt"), "We beat Globex");
    const run = postlint(["-c", competitor, "-f", "json", folder]);
    expect(run.status).toBe(1);
    expect(jsonReport(run).map((result) => result.filePath)).toEqual([join(folder, "b.txt")]);
  });

  it("a device is refused", () => {
    expectFatal(postlint(["/dev/zero"]), /\/dev\/zero: not a regular file/);
  });

  it("a file that disappears between listing and reading is a located error; the others are linted", async () => {
    const folder = join(dir, "vanishing");
    mkdirSync(folder);
    for (const name of ["a.txt", "b.txt", "c.jsonl"]) writeFileSync(join(folder, name), name.endsWith(".jsonl") ? '{"text":"Globex"}\n' : "We beat Globex");
    // Each post linted deletes the next file in the listing, after the listing was made.
    const order = ["a.txt", "b.txt", "c.jsonl"];
    let done = 0;
    const results = await lintFiles([folder], {
      configFile: competitor,
      concurrency: "off",
      onPost: () => rmSync(join(folder, order[++done] ?? "none"), { force: true }),
    });
    expect(results.map((result) => [result.fatal ?? "ok", result.errorCount])).toEqual([
      ["ok", 1],
      [`${join(folder, "b.txt")}: cannot read: no such file or directory`, 1],
      ["ok", 1],
    ]);
  });
});

describe("bad bytes and bad settings", () => {
  it("invalid UTF-8 in the middle of a JSONL batch is located by line", () => {
    const good = (index: number) => Buffer.from(`${JSON.stringify({ id: index, text: `post ${index}` })}\n`);
    const bad = Buffer.concat([Buffer.from('{"id": 5000, "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const lines = Array.from({ length: 10_000 }, (_, index) => (index === 4_999 ? bad : good(index)));
    const run = postlint([write("mixed.jsonl", Buffer.concat(lines))]);
    expectFatal(run, /mixed\.jsonl:5000:26: invalid UTF-8/);
  });

  it("a config that is not an object", () => {
    expectFatal(postlint([fixture("configs/not-object/draft.txt")]), /not-object\/\.postlintrc\.yaml:1:1: invalid config: the file must hold an object/);
  });

  it("a JavaScript config that throws when loaded", () => {
    expectFatal(postlint([fixture("configs/throws/draft.txt")]), /throws\/postlint\.config\.mjs: cannot load config: config exploded/);
  });

  it("a trending feed with an impossible date", () => {
    const run = postlint(["--trending", fixture("hostile/feed-bad-date.yaml"), fixture("hostile/draft.txt")]);
    expectFatal(run, /feed-bad-date\.yaml:3:3: invalid trending feed: \[0\]\.since: must be a date/);
  });
});
