// What postlint writes: a closed pipe ends the run quietly, -o replaces the report whole (temp
// file + rename) and never overwrites a file being linted, Ctrl-C stops with exit 130.
import { spawn, spawnSync } from "node:child_process";
import { linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReporter, REPORTER_NAMES } from "../../src/reporters/index.js";
import type { LintResult } from "../../src/types.js";
import { fixture, postlint, ROOT } from "../helpers.js";

const competitor = fixture("configs/competitor.yaml");
const CLI = join(ROOT, "bin/postlint.js");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "postlint-output-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A JSON Lines batch in which every post names the competitor: one report line per post. */
function batch(name: string, posts: number): string {
  const path = join(dir, name);
  writeFileSync(path, Array.from({ length: posts }, (_, index) => JSON.stringify({ id: `p${index}`, text: `We beat Globex again, post ${index}` })).join("\n"));
  return path;
}

describe("a reader that stops early (EPIPE)", () => {
  // The JSON report is one compact line, so its reader stops after a number of bytes instead.
  for (const [format, reader, expected] of [
    ["stylish", "head -1", /^[^\n]*\n$/], // the first line (stylish's is blank), and no more
    ["json", "head -c 100", /^\[\{"filePath":.{87}$/s], // exactly the 100 bytes read
  ] as const) {
    it(`postlint big.jsonl -f ${format} | ${reader}: stops quietly, nothing on stderr`, () => {
      const big = batch(`big-${format}.jsonl`, 8_000); // ~1 MB of report: far beyond a pipe's buffer
      const run = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" -c "${competitor}" -f ${format} "${big}" | ${reader}`], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(expected);
      expect(run.status).toBe(0);
    });
  }
});

describe("-o, --output-file", () => {
  const draft = () => {
    const path = join(dir, "draft.txt");
    writeFileSync(path, "We beat Globex.");
    return path;
  };

  it("replaces an existing report by renaming a complete new one over it, leaving no temporary file", () => {
    const folder = mkdtempSync(join(dir, "reports-"));
    const report = join(folder, "report.json");
    writeFileSync(report, "an old report, much longer than the new one will be ".repeat(1_000));
    const before = statSync(report).ino;
    const run = postlint(["-c", competitor, "-f", "json", "-o", report, draft()]);
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(report, "utf8"))[0].errorCount).toBe(1);
    expect(statSync(report).ino).not.toBe(before); // a new file, not the old one rewritten in place
    expect(readdirSync(folder)).toEqual(["report.json"]);
  });

  it("never writes over a file being linted, even through a symlink or a hard link", () => {
    const input = draft();
    const symlink = join(dir, "via-symlink.txt");
    const hardlink = join(dir, "via-hardlink.txt");
    symlinkSync(input, symlink);
    linkSync(input, hardlink);
    for (const output of [input, symlink, hardlink]) {
      const run = postlint(["-c", competitor, "-o", output, input]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/: the report would overwrite a file being linted: choose another --output-file/);
      expect(readFileSync(input, "utf8")).toBe("We beat Globex.");
    }
  });

  it("a report that cannot be written is a located error, and leaves nothing behind", () => {
    const run = postlint(["-c", competitor, "-o", dir, draft()]); // a directory
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^postlint: .*postlint-output-\w+: cannot write the report: is a directory/m);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("/dev/stdout is written through, to a pipe or to the file the shell redirected it to, never renamed over", () => {
    const redirected = join(dir, "redirected.json");
    const shell = (tail: string) =>
      spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" -c "${competitor}" -f json -o /dev/stdout "${draft()}" ${tail}`], { encoding: "utf8" });
    const piped = shell("| cat");
    expect(JSON.parse(piped.stdout)[0].errorCount).toBe(1);
    expect(shell(`> "${redirected}"`).status).toBe(1);
    expect(JSON.parse(readFileSync(redirected, "utf8"))[0].errorCount).toBe(1);
    expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(true);
  });

  it("through a symlink, the file it points to is replaced and the link kept", () => {
    const folder = mkdtempSync(join(dir, "linked-"));
    const real = join(folder, "real.json");
    const link = join(folder, "link.json");
    writeFileSync(real, "old");
    symlinkSync(real, link);
    expect(postlint(["-c", competitor, "-f", "json", "-o", link, draft()]).status).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, "utf8"))[0].errorCount).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(["link.json", "real.json"]);
  });
});

describe("reports of any size", () => {
  // 200,000 problems: a big batch with a rule that fires on every post.
  const results = (): LintResult[] => [
    {
      filePath: join(ROOT, "posts.jsonl"),
      errorCount: 200_000,
      warningCount: 0,
      postCount: 200_000,
      messages: Array.from({ length: 200_000 }, (_, index) => ({
        ruleId: "no-competitor",
        messageId: "named",
        severity: 2 as const,
        message: "Do not name Globex in a brand post.",
        line: index + 1,
        column: 9,
        endLine: index + 1,
        endColumn: 15,
        post: { index },
      })),
    },
  ];

  // Seconds each (the html page is large): with POSTLINT_SLOW_TESTS=1.
  for (const name of REPORTER_NAMES.filter((name) => name !== "stylish")) {
    it.runIf(process.env.POSTLINT_SLOW_TESTS === "1")(`${name}: 200,000 problems`, async () => {
      expect((await loadReporter(name))(results(), { color: false, cwd: ROOT }).length).toBeGreaterThan(200_000);
    });
  }

  it("stylish: 200,000 problems", async () => {
    expect((await loadReporter("stylish"))(results(), { color: false, cwd: ROOT }).length).toBeGreaterThan(200_000);
  });
});

describe("Ctrl-C", () => {
  it("SIGINT in the middle of a run stops it with exit 130, no stack trace and no report file", async () => {
    const big = batch("long-run.jsonl", 400_000); // several seconds of linting
    const report = join(dir, "interrupted.json");
    const child = spawn(process.execPath, [CLI, "-c", competitor, "-f", "json", "-o", report, big], { env: { ...process.env, CI: "true" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const exit = new Promise<[number | null, string | null]>((resolve) => child.on("exit", (code, signal) => resolve([code, signal])));
    child.kill("SIGINT");
    expect(await exit).toEqual([130, null]);
    expect(stderr).toBe("");
    expect(readdirSync(dir).filter((name) => name.includes("interrupted"))).toEqual([]);
  });
});
