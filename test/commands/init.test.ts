// `postlint init`, run as a user runs it, in a fresh folder with stdin not a terminal.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/json-schema.js";
import { loadConfig } from "../../src/index.js";
import { fixture, postlint } from "../helpers.js";

const freshFolder = () => mkdtempSync(join(tmpdir(), "postlint-init-"));

describe("postlint init", () => {
  it("writes a commented .postlintrc.yaml with the brand, author kind and platform given", async () => {
    const cwd = freshFolder();
    const run = postlint(["init", "--brand", "Acme Outdoors", "--author-kind", "agency", "--platform", "instagram"], { cwd, input: "" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Wrote .postlintrc.yaml");
    const text = readFileSync(join(cwd, ".postlintrc.yaml"), "utf8");
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text.split("\n").filter((line) => line.startsWith("#")).length).toBeGreaterThan(20);
    const config = await loadConfig(join(cwd, ".postlintrc.yaml"));
    expect(config.defaults.brand?.name).toBe("Acme Outdoors");
    expect(config.defaults.author?.kind).toBe("agency");
    expect(config.defaults.platform).toBe("instagram");
  });

  it("writes a config that is valid without any flag, and matches the JSON Schema", async () => {
    const cwd = freshFolder();
    expect(postlint(["init"], { cwd, input: "" }).status).toBe(0);
    const file = join(cwd, ".postlintrc.yaml");
    const config = await loadConfig(file);
    expect(config.defaults.brand).toBeUndefined();
    expect(config.settings.disclosure.jurisdiction).toBe("us");
    const validate = new Ajv({ strict: false }).compile(configJsonSchema());
    expect(validate(parse(readFileSync(file, "utf8")))).toBe(true);
  });

  it("comments out example settings that read as settings once uncommented", () => {
    const cwd = freshFolder();
    expect(postlint(["init"], { cwd, input: "" }).status).toBe(0);
    const lines = readFileSync(join(cwd, ".postlintrc.yaml"), "utf8").split("\n");
    expect(lines).toContain('#   name: "Acme Outdoors"');
    expect(lines).toContain("#   kind: agency");
    expect(lines).toContain("# platform: instagram");
  });

  it("quotes a brand name that YAML would otherwise misread", async () => {
    const cwd = freshFolder();
    const brand = 'Acme: "Outdoors" #1';
    expect(postlint(["init", "--brand", brand], { cwd, input: "" }).status).toBe(0);
    expect((await loadConfig(join(cwd, ".postlintrc.yaml"))).defaults.brand?.name).toBe(brand);
  });

  it("gives a config the linter runs with", () => {
    const cwd = freshFolder();
    postlint(["init", "--brand", "Acme"], { cwd, input: "" });
    writeFileSync(join(cwd, "draft.txt"), readFileSync(fixture("drafts/clean.txt")));
    const run = postlint(["draft.txt"], { cwd });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("refuses to replace an existing config without --force, and says how", () => {
    const cwd = freshFolder();
    writeFileSync(join(cwd, ".postlintrc.yaml"), "platform: x\n");
    const run = postlint(["init", "--brand", "Acme"], { cwd, input: "" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^postlint: .*\.postlintrc\.yaml: a postlint config already exists here; use --force/);
    expect(readFileSync(join(cwd, ".postlintrc.yaml"), "utf8")).toBe("platform: x\n");
  });

  it("counts a package.json with a postlint key as an existing config, and one without as none", () => {
    const cwd = freshFolder();
    writeFileSync(join(cwd, "package.json"), JSON.stringify({ name: "content" }));
    expect(postlint(["init"], { cwd, input: "" }).status).toBe(0);

    const other = freshFolder();
    writeFileSync(join(other, "package.json"), JSON.stringify({ name: "content", postlint: { platform: "x" } }));
    const run = postlint(["init"], { cwd: other, input: "" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("package.json: a postlint config already exists");
    expect(existsSync(join(other, ".postlintrc.yaml"))).toBe(false);
  });

  it("replaces the config with --force", async () => {
    const cwd = freshFolder();
    writeFileSync(join(cwd, ".postlintrc.yaml"), "platform: x\n");
    expect(postlint(["init", "--force", "--platform", "linkedin"], { cwd, input: "" }).status).toBe(0);
    expect((await loadConfig(join(cwd, ".postlintrc.yaml"))).defaults.platform).toBe("linkedin");
  });

  it("rejects an unknown author kind or platform with the choices, writing nothing", () => {
    const cwd = freshFolder();
    const run = postlint(["init", "--author-kind", "intern"], { cwd, input: "" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Allowed choices are in-house, agency, freelancer, influencer, employee");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(postlint(["init", "--platform", "myspace"], { cwd, input: "" }).status).toBe(2);
    expect(existsSync(join(cwd, ".postlintrc.yaml"))).toBe(false);
  });

  it("rejects a path argument: it always writes to the current folder", () => {
    const cwd = freshFolder();
    const run = postlint(["init", "somewhere"], { cwd, input: "" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^postlint init: too many arguments/);
  });

  it("documents its flags in --help", () => {
    const run = postlint(["init", "--help"], { cwd: freshFolder() });
    expect(run.status).toBe(0);
    for (const flag of ["--brand", "--author-kind", "--platform", "--force"]) expect(run.stdout).toContain(flag);
  });
});
