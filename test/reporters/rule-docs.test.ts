import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { docsUrl, PACKAGE_ROOT, readDoc, repositoryFilesBase } from "../../src/reporters/rule-docs.js";
import { ROOT } from "../helpers.js";

describe("rule docs links", () => {
  it("finds the package root from the sources", () => {
    expect(`${PACKAGE_ROOT}/`).toBe(ROOT);
  });

  it("links into the installed package while package.json names no GitHub repository", () => {
    const url = docsUrl("rules/agency-voice/README.md");
    expect(url).toMatch(/^file:\/\//);
    expect(existsSync(fileURLToPath(url))).toBe(true);
    expect(readDoc("rules/agency-voice/README.md")).toMatch(/agency-voice/);
    expect(readDoc("rules/no-such-rule/README.md")).toBeUndefined();
  });

  it("links to GitHub for the repository forms npm accepts", () => {
    const base = "https://github.com/acme/postlint/blob/HEAD/";
    expect(repositoryFilesBase("github:acme/postlint")).toBe(base);
    expect(repositoryFilesBase("https://github.com/acme/postlint")).toBe(base);
    expect(repositoryFilesBase({ url: "git+https://github.com/acme/postlint.git" })).toBe(base);
    expect(repositoryFilesBase({ url: "git@github.com:acme/postlint.git" })).toBe(base);
    expect(repositoryFilesBase({ url: "https://gitlab.com/acme/postlint" })).toBeUndefined();
    expect(repositoryFilesBase(undefined)).toBeUndefined();
  });
});
