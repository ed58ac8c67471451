import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintFiles } from "../src/run.js";
import { fixture, jsonReport, postlint } from "./helpers.js";

const competitor = ["-c", fixture("configs/competitor.yaml")];

describe("--cache", () => {
  it("reuses results of unchanged files and re-lints changed ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "postlint-cache-"));
    const draft = join(dir, "draft.txt");
    const cacheFile = join(dir, "lint.cache");
    writeFileSync(draft, "Globex is fine.\n");
    const first = postlint([...competitor, "-f", "json", "--cache-location", cacheFile, draft]);
    expect(existsSync(cacheFile)).toBe(true);
    expect(JSON.parse(readFileSync(cacheFile, "utf8")).entries[draft]).toBeDefined();

    const second = postlint([...competitor, "-f", "json", "--cache-location", cacheFile, draft]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(1);

    writeFileSync(draft, "All clean now.\n");
    const third = postlint([...competitor, "-f", "json", "--cache-location", cacheFile, draft]);
    expect(jsonReport(third)[0].errorCount).toBe(0);
    expect(third.status).toBe(0);
  });

  it("keys on the resolved config too: another rule setting re-lints", () => {
    const dir = mkdtempSync(join(tmpdir(), "postlint-cache-"));
    const draft = join(dir, "draft.txt");
    writeFileSync(draft, "Globex again.\n");
    const cache = ["--cache-location", join(dir, "c")];
    expect(postlint([...competitor, ...cache, draft]).status).toBe(1);
    expect(postlint([...competitor, ...cache, "--rule", "no-competitor:off", draft]).status).toBe(0);
  });

  it("never caches a file that could not be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "postlint-cache-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "[oops");
    const cache = ["--cache-location", join(dir, "c")];
    expect(postlint([...cache, bad]).status).toBe(2);
    writeFileSync(bad, '["fine"]');
    expect(postlint([...competitor, ...cache, bad]).status).toBe(0);
  });
});

describe("many files on worker threads", () => {
  it("report the same results, in the same order, as one thread", async () => {
    const dir = mkdtempSync(join(tmpdir(), "postlint-threads-"));
    for (let n = 0; n < 260; n++) {
      writeFileSync(join(dir, `d${String(n).padStart(3, "0")}.txt`), n % 3 === 0 ? `Post ${n} names Globex.\n` : `Post ${n} is clean.\n`);
    }
    const run = postlint([...competitor, "-f", "json", "--concurrency", "2", dir]);
    const threaded = jsonReport(run);
    const single = await lintFiles([dir], { configFile: fixture("configs/competitor.yaml"), concurrency: "off" });
    expect(threaded.map((r) => [r.filePath, r.errorCount, r.messages.map((m) => m.column)])).toEqual(
      single.map((r) => [r.filePath, r.errorCount, r.messages.map((m) => m.column)]),
    );
    expect(threaded.filter((r) => r.errorCount > 0)).toHaveLength(87);

    // With the built-in rules on, the threads find their data files too.
    const builtIn = postlint(["-f", "json", "--no-config", "--concurrency", "2", dir]);
    expect(builtIn.stderr).toBe("");
    expect(jsonReport(builtIn).every((r) => r.messages.every((m) => !m.fatal))).toBe(true);
  });
});
