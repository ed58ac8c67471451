import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, jsonReport, postlint } from "./helpers.js";

const config = ["-c", fixture("configs/competitor.yaml")];

function repo(posts: string): string {
  const dir = mkdtempSync(join(tmpdir(), "postlint-baseline-"));
  writeFileSync(join(dir, "calendar.yaml"), posts);
  return dir;
}

const CALENDAR = `- id: a
  text: Globex who?
- Better than Globex, no id here
- id: c
  text: clean post
`;

describe("baseline suppressions", () => {
  it("--suppress-all records today's problems; later runs report only new ones and say how many were suppressed", () => {
    const dir = repo(CALENDAR);
    const recorded = postlint([...config, "--suppress-all", "calendar.yaml"], { cwd: dir });
    expect(recorded.status).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, "postlint-suppressions.json"), "utf8"));
    expect(baseline.suppressions["calendar.yaml"]["id:a"]).toEqual({ "no-competitor": 1 });

    // Reordered, plus a new problem in post c: only the new one is reported.
    writeFileSync(join(dir, "calendar.yaml"), `- Better than Globex, no id here
- id: c
  text: clean post, unlike Globex
- id: a
  text: Globex who?
`);
    const later = postlint([...config, "-f", "json", "calendar.yaml"], { cwd: dir });
    expect(later.status).toBe(1);
    const [result] = jsonReport(later);
    expect(result.messages.map((m) => m.post?.id)).toEqual(["c"]);
    expect(result.errorCount).toBe(1);
    expect(later.stderr).toContain("2 known problems suppressed by postlint-suppressions.json");
  });

  it("--prune-suppressions drops entries for problems that were fixed", () => {
    const dir = repo(CALENDAR);
    postlint([...config, "--suppress-all", "calendar.yaml"], { cwd: dir });
    writeFileSync(join(dir, "calendar.yaml"), CALENDAR.replace("Globex who?", "Who?"));
    const pruned = postlint([...config, "--prune-suppressions", "calendar.yaml"], { cwd: dir });
    expect(pruned.status).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, "postlint-suppressions.json"), "utf8"));
    expect(baseline.suppressions["calendar.yaml"]["id:a"]).toBeUndefined();
    expect(Object.keys(baseline.suppressions["calendar.yaml"])).toHaveLength(1);
    // Re-adding the fixed problem reports it again.
    writeFileSync(join(dir, "calendar.yaml"), CALENDAR);
    expect(postlint([...config, "calendar.yaml"], { cwd: dir }).status).toBe(1);
  });

  it("never suppresses a file that cannot be read", () => {
    const dir = repo("[oops");
    expect(postlint(["--suppress-all", "calendar.yaml"], { cwd: dir }).status).toBe(2);
  });
});
