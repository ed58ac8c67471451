import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json } from "../../src/reporters/json.js";
import { lintFiles } from "../../src/run.js";
import { fixture, postlint } from "../helpers.js";

// The CLI writes a JSON report to stdout as it goes (spooling each file's messages), so that a
// big batch does not hold every message in memory. It must be the very same report.
describe("the streamed JSON report", () => {
  it("is byte for byte the report the API results give, spool and fatal files included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "postlint-stream-"));
    const lines = Array.from({ length: 3000 }, (_, n) => JSON.stringify({ id: `p${n}`, text: `Post ${n}: better than Globex, “quoted” 🎉` }));
    writeFileSync(join(dir, "a-big.jsonl"), `${lines.join("\n")}\n`); // ~750 kB of messages: spooled
    writeFileSync(join(dir, "b-broken.json"), "[oops");
    writeFileSync(join(dir, "c-clean.txt"), "Nothing to report here.\n");
    writeFileSync(join(dir, "d-small.txt"), "Globex, once.\n");
    const config = fixture("configs/competitor.yaml");

    const run = postlint(["-c", config, "-f", "json", dir]);
    const expected = json(await lintFiles([dir], { configFile: config, concurrency: "off" }));
    expect(run.status).toBe(2);
    expect(run.stdout.length).toBeGreaterThan(500_000);
    expect(run.stdout).toBe(expected);

    // Without a writable temporary folder the messages wait in memory: the same report.
    const noTemp = postlint(["-c", config, "-f", "json", dir], { env: { TMPDIR: join(dir, "no-such-folder") } });
    expect(noTemp.stdout).toBe(expected);
  });

  it("writes nothing when the run cannot start", () => {
    const missing = postlint(["-f", "json", "no/such/file.txt"]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
  });
});
