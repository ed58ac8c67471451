// The library API (SPEC §7) as a program uses it: lintFiles, lintText and loadConfig with a
// config that loads a custom rule from a path, from the sources and from the built package.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_RULES, lintFiles, lintText, loadConfig } from "../src/index.js";
import { fixture, ROOT } from "./helpers.js";

const folder = fixture("api");

describe("library API with a custom rule from the config's plugins", () => {
  it("lintFiles finds the config, loads the rule from its path, applies its options", async () => {
    const [result] = await lintFiles(["draft.txt"], { cwd: folder });
    expect(result.filePath).toBe(join(folder, "draft.txt"));
    expect(result.errorCount).toBe(1);
    expect(result.messages).toEqual([
      expect.objectContaining({
        ruleId: "no-competitor-names",
        messageId: "named",
        severity: 2,
        message: "Do not name Initech: a brand post never promotes a competitor, even by comparison.",
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 31,
        post: { index: 0 },
      }),
    ]);
  });

  it("lintText lints text that is not on disk, with the config of the folder it names", async () => {
    const result = await lintText("Globex who? Initech who?", { cwd: folder, filePath: "reply.txt" });
    expect(result.messages.map((message) => [message.ruleId, message.column])).toEqual([
      ["no-competitor-names", 1],
      ["no-competitor-names", 13],
    ]);
  });

  it("lintText reads batch formats by the file name given", async () => {
    const result = await lintText(JSON.stringify([{ id: "a", text: "fine" }, { id: "b", text: "Initech" }]), { cwd: folder, filePath: "batch.json" });
    expect(result.postCount).toBe(2);
    expect(result.messages.map((message) => message.post)).toEqual([{ index: 1, id: "b" }]);
  });

  it("loadConfig returns the resolved config: post defaults and the enabled rules with options", async () => {
    const config = await loadConfig(folder);
    expect(config.filePath).toBe(join(folder, ".postlintrc.yaml"));
    expect(config.defaults).toMatchObject({ brand: { name: "Acme Outdoors" }, platform: "instagram" });
    const custom = config.enabled.find((entry) => entry.rule.meta.id === "no-competitor-names");
    expect(custom).toMatchObject({ severity: "error", options: { names: ["Globex", "Initech"] } });
    expect(config.enabled.map((entry) => entry.rule.meta.id)).toEqual(expect.arrayContaining([...BUILTIN_RULES.keys()]));
  });

  it("loadConfig throws a located error for an invalid config", async () => {
    await expect(loadConfig(fixture("configs/unknown-rule/.postlintrc.yaml"))).rejects.toMatchObject({
      name: "PostlintError",
      location: { file: fixture("configs/unknown-rule/.postlintrc.yaml"), line: 2, column: 3 },
    });
  });
});

describe("the built package", () => {
  it("is importable by its name and lints with the custom rule", () => {
    const script = `
      import { lintFiles, lintText, loadConfig } from "postlint";
      const [result] = await lintFiles(["draft.txt"], { cwd: ${JSON.stringify(folder)} });
      const text = await lintText("Initech", { cwd: ${JSON.stringify(folder)}, filePath: "x.txt" });
      const config = await loadConfig(${JSON.stringify(folder)});
      console.log(JSON.stringify({ rule: result.messages[0].ruleId, text: text.errorCount, types: [typeof lintFiles, typeof lintText, typeof loadConfig], plugins: config.enabled.length }));
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({ rule: "no-competitor-names", text: 1, types: ["function", "function", "function"] });
  });

  it("ships types a TypeScript user can write a custom rule and call the API with", () => {
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const args = [tsc, "--noEmit", "--strict", "--skipLibCheck", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--types", "node", fixture("api/consumer.ts")];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
