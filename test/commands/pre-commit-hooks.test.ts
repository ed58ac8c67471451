// .pre-commit-hooks.yaml: what pre-commit reads to run postlint as a hook.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Array<Record<string, unknown>>;
const hook = hooks.find((entry) => entry.id === "postlint")!;
// pre-commit matches `files` and `exclude` with Python's re.search; these patterns mean the same in JavaScript.
const matches = (pattern: unknown, path: string) => new RegExp(String(pattern)).test(path);

describe(".pre-commit-hooks.yaml", () => {
  it("declares the postlint hook as a node hook running the package's bin", () => {
    expect(hook).toMatchObject({ id: "postlint", name: "postlint", language: "node", entry: "postlint" });
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
  });

  it("matches every input extension postlint reads", () => {
    for (const path of ["draft.txt", "posts/launch.md", "calendar.yaml", "calendar.yml", "posts.json", "big.jsonl", "big.ndjson", "sheet.csv"]) {
      expect(matches(hook.files, path), path).toBe(true);
    }
  });

  it("does not match other files, nor configs, manifests and the baseline", () => {
    for (const path of ["src/app.js", "image.png", "notes.txt.bak", "README.mdx"]) expect(matches(hook.files, path), path).toBe(false);
    for (const path of [".postlintrc.yaml", "content/.postlintrc.json", "package.json", "package-lock.json", "postlint-suppressions.json", ".pre-commit-config.yaml"]) {
      expect(matches(hook.exclude, path), path).toBe(true);
    }
    for (const path of ["posts/package.yaml", "launch.json", "drafts/config.md"]) expect(matches(hook.exclude, path), path).toBe(false);
  });

  it("lets pre-commit pass the staged files as arguments", () => {
    expect(hook.pass_filenames ?? true).toBe(true);
    expect(hook.args ?? []).toEqual([]);
  });
});
