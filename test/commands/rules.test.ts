// `postlint rules`: the rule list a user reads, and the JSON a script reads.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../../src/index.js";
import { fixture, postlint, ROOT } from "../helpers.js";

describe("postlint rules", () => {
  it("prints a table with every rule's id, default severity, description and docs path", () => {
    const run = postlint(["rules", "--no-config"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^rule\s+default\s+description\s+docs$/);
    expect(lines).toHaveLength(BUILTIN_RULES.size + 1);
    for (const { meta } of BUILTIN_RULES.values()) {
      const row = lines.find((line) => line.startsWith(`${meta.id} `));
      expect(row).toBeDefined();
      expect(row).toMatch(new RegExp(`^${meta.id}\\s+${meta.defaultSeverity}\\s+`));
      expect(row).toContain(meta.description);
      expect(row?.endsWith(meta.docs ?? "-")).toBe(true);
    }
  });

  it("points each built-in rule at the README in its own folder", () => {
    for (const { meta } of BUILTIN_RULES.values()) {
      expect(meta.docs).toBe(`rules/${meta.id}/README.md`);
      expect(existsSync(join(ROOT, dirname(meta.docs ?? "")))).toBe(true);
    }
  });

  it("prints JSON with --format json", () => {
    const run = postlint(["rules", "--format", "json", "--no-config"]);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout);
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual([...BUILTIN_RULES.keys()]);
    const hijack = rules.find((rule: { id: string }) => rule.id === "hashtag-hijack");
    expect(hijack).toMatchObject({ defaultSeverity: "error", docs: "rules/hashtag-hijack/README.md", builtin: true });
    expect(hijack.docsUrl).toMatch(/README\.md$/);
    expect(hijack.options.allow).toMatchObject({ type: "array" });
  });

  it("adds the custom rules the config loads", () => {
    const run = postlint(["rules", "--format", "json", "-c", fixture("configs/competitor.yaml")]);
    expect(run.status).toBe(0);
    const custom = JSON.parse(run.stdout).find((rule: { id: string }) => rule.id === "no-competitor");
    expect(custom).toMatchObject({ description: "Never name a competitor", defaultSeverity: "error", builtin: false, docs: null });
  });

  it("finds the config of the folder it runs in, and reports a broken one at its place", () => {
    const run = postlint(["rules"], { cwd: fixture("configs/unknown-rule") });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^postlint: .*unknown-rule\/\.postlintrc\.yaml:2:3: .*unknown rule "no-such-rule"/);
  });

  it("rejects an unknown format", () => {
    const run = postlint(["rules", "--format", "xml"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Allowed choices are table, json");
  });

  it("is listed in the main --help", () => {
    const run = postlint(["--help"]);
    expect(run.stdout).toContain("postlint rules");
    expect(run.stdout).toContain("postlint init");
  });
});
