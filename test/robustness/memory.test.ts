// Memory stays flat however long a JSON Lines batch is: measured from outside, on the CLI as a
// child process (peak RSS from peak-rss.mjs), never by timing. The 50 MB run is slow, so it
// runs with POSTLINT_SLOW_TESTS=1; a 20 MB run under a heap smaller than the file always runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ROOT } from "../helpers.js";

const PEAK_RSS = join(ROOT, "test/robustness/peak-rss.mjs");
const SLOW = process.env.POSTLINT_SLOW_TESTS === "1";
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "postlint-memory-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a JSON Lines batch of about `megabytes` MB, one post per line, built by `post(index)`. */
function batch(name: string, megabytes: number, post: (index: number) => object): string {
  const lines: string[] = [];
  let size = 0;
  for (let index = 0; size < megabytes * 1024 * 1024; index++) {
    const line = `${JSON.stringify(post(index))}\n`;
    lines.push(line);
    size += line.length;
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join(""));
  return path;
}

/** Runs the CLI in a child process; its exit status and peak resident set size in MB. */
function measure(args: string[], nodeFlags: string[] = []): { status: number | null; peakMB: number; stderr: string } {
  const run = spawnSync(process.execPath, [...nodeFlags, PEAK_RSS, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CI: "true", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  const peak = /peak-rss-kb (\d+)/.exec(run.stderr);
  return { status: run.status, peakMB: peak ? Math.round(Number(peak[1]) / 1024) : Number.NaN, stderr: run.stderr };
}

describe("memory does not grow with the batch", () => {
  it("a 20 MB JSON Lines batch is linted inside a 16 MB heap: posts are not kept", () => {
    // Long posts with few tokens: many bytes per unit of work, so the run stays short.
    const file = batch("twenty.jsonl", 20, (index) => ({ id: `p${index}`, text: `Post ${index} ${"trailandtents".repeat(70)}` }));
    const run = measure(["-c", fixture("configs/competitor.yaml"), file], ["--max-old-space-size=16"]);
    expect(run.stderr).not.toMatch(/heap out of memory|unexpected error/);
    expect(run.status).toBe(0);
    expect(run.peakMB).toBeLessThan(250);
  });

  it.runIf(SLOW)("a 50 MB JSON Lines batch of real-looking posts, every recommended rule on: peak RSS under 250 MB, and it fits a 32 MB heap", () => {
    const texts = [
      "Trail season is here! Our new Ridge 2 tent packs down to the size of a water bottle 🏕️ https://acme.com/ridge",
      "@mara_hikes So sorry your order arrived late! I've flagged it with our shipping team. ^DK",
      "Stay dry out there: the Summit jacket is 20% off this weekend only #ad #hiking",
      "What a view from the top of the Ridgeline loop. Where are you headed this weekend?",
    ];
    const file = batch("fifty.jsonl", 50, (index) => ({ id: `p${index}`, platform: "instagram", text: `${texts[index % texts.length]} (${index})` }));
    const free = measure(["--no-config", "-f", "json", "-o", join(dir, "fifty-report.json"), file]);
    const capped = measure(["--no-config", "-f", "json", "-o", join(dir, "fifty-report.json"), file], ["--max-old-space-size=32"]);
    console.log(`50 MB JSONL, recommended rules: peak RSS ${free.peakMB} MB; with a 32 MB heap cap: ${capped.peakMB} MB`);
    expect([0, 1]).toContain(free.status);
    expect(free.peakMB).toBeLessThan(250);
    expect(capped.stderr).not.toMatch(/heap out of memory/);
    expect([0, 1]).toContain(capped.status);
  }, 600_000);

  it.runIf(SLOW)("a 5 MB single-line post is linted when the limit is raised, without running out of memory", () => {
    const file = join(dir, "five.txt");
    writeFileSync(file, "Stay safe and shop our sale! I'm part of the Acme team 😂 #PrayForBoston ".repeat(72_000));
    const run = measure(["--no-config", "--max-post-length", "6000000", "-f", "json", "-o", join(dir, "five-report.json"), file]);
    console.log(`5 MB single-line post: peak RSS ${run.peakMB} MB`);
    expect(run.stderr).not.toMatch(/heap out of memory|unexpected error/);
    expect([0, 1]).toContain(run.status);
  }, 600_000);
});
