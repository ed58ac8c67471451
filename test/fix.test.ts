import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyEdits, replaceIfUnchanged } from "../src/fix.js";
import { unifiedDiff } from "../src/unified-diff.js";
import { fixture, jsonReport, postlint } from "./helpers.js";

/** A copy of fixtures/fix to change: --fix writes files. */
function drafts(): string {
  const dir = mkdtempSync(join(tmpdir(), "postlint-fix-"));
  cpSync(fixture("fix"), dir, { recursive: true });
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

describe("--fix", () => {
  it("applies the style guide's spellings and replacements in a Markdown draft, front matter kept", () => {
    const dir = drafts();
    const run = postlint(["--fix", "launch.md"], { cwd: dir });
    expect(read(dir, "launch.md")).toBe(
      "---\nplatform: instagram\nid: launch\n---\nAcme Outdoors presents the new TrailLite pack.\nLighter than anything Globex makes. #AcmeTrails\n",
    );
    // The report shows what is left to do by hand: the banned term has no safe fix.
    expect(run.stdout).toMatch(/6:23\s+warning\s+“Globex” is not to be used/);
    expect(run.stdout).toMatch(/1 problem \(0 errors, 1 warning\)/);
    expect(run.status).toBe(0);
  });

  it("keeps CRLF line endings, and leaves suggestions of rules whose fixes are not marked safe", () => {
    const dir = drafts();
    postlint(["--fix", "crlf.txt"], { cwd: dir });
    // profanity suggests a masked "h***", but masking changes what the post says: not applied.
    expect(read(dir, "crlf.txt")).toBe("Route planned on my iPhone,\r\npack on my back. What the hell, it rained. #AcmeTrails\r\n");
  });

  it("keeps a byte order mark", () => {
    const dir = drafts();
    postlint(["--fix", "bom.txt"], { cwd: dir });
    expect(readFileSync(join(dir, "bom.txt"))).toEqual(Buffer.from("\ufeffNew TrailLite colours today #AcmeTrails\n"));
  });

  it("appends a missing campaign hashtag", () => {
    const dir = drafts();
    writeFileSync(join(dir, "short.txt"), "Day one on the fells\n");
    postlint(["--fix", "short.txt"], { cwd: dir });
    expect(read(dir, "short.txt")).toBe("Day one on the fells #AcmeTrails\n");
  });

  it("never touches batch files, where a post is a quoted value", () => {
    const dir = drafts();
    const before = read(dir, "batch.yaml");
    const run = postlint(["--fix", "batch.yaml", "--format", "json"], { cwd: dir });
    expect(read(dir, "batch.yaml")).toBe(before);
    expect(jsonReport(run)[0].messages.map((m) => m.messageId)).toEqual(["replace", "casing"]);
  });

  it("fixes the target of a symbolic link and keeps the link", () => {
    const dir = drafts();
    symlinkSync(join(dir, "bom.txt"), join(dir, "link.txt"));
    postlint(["--fix", "link.txt"], { cwd: dir });
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(read(dir, "bom.txt")).toBe("\ufeffNew TrailLite colours today #AcmeTrails\n");
  });

  it("leaves no temporary file behind", () => {
    const dir = drafts();
    postlint(["--fix", "."], { cwd: dir });
    expect(readdirSync(dir).filter((name) => name.includes("postlint-fix"))).toEqual([]);
  });
});

describe("--fix-dry-run", () => {
  it("prints a unified diff and changes nothing", () => {
    const dir = drafts();
    const before = read(dir, "launch.md");
    const run = postlint(["--fix-dry-run", "launch.md"], { cwd: dir });
    expect(read(dir, "launch.md")).toBe(before);
    expect(run.stdout).toBe(
      [
        "--- a/launch.md",
        "+++ b/launch.md",
        "@@ -2,5 +2,5 @@",
        " platform: instagram",
        " id: launch",
        " ---",
        "-Acme Co presents the new Traillite pack.",
        "+Acme Outdoors presents the new TrailLite pack.",
        " Lighter than anything Globex makes. #AcmeTrails",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing when there is nothing to fix", () => {
    const run = postlint(["--fix-dry-run", fixture("drafts/clean.txt"), "--no-config"]);
    expect(run.stdout).toBe("");
  });
});

describe("fix building blocks", () => {
  it("applies edits in text order and leaves out one that overlaps another", () => {
    const edits = [
      { start: 6, end: 11, text: "there" },
      { start: 0, end: 5, text: "Hi" },
      { start: 8, end: 11, text: "XXX" },
    ];
    expect(applyEdits("hello world", edits)).toBe("Hi there");
  });

  it("does not replace a file whose content is not the content read", () => {
    const dir = drafts();
    const path = join(dir, "short.txt");
    writeFileSync(path, "saved by an editor meanwhile\n");
    expect(replaceIfUnchanged(path, Buffer.from("what postlint read\n"), Buffer.from("fixed\n"))).toBe(false);
    expect(read(dir, "short.txt")).toBe("saved by an editor meanwhile\n");
    expect(readdirSync(dir).filter((name) => name.includes("postlint-fix"))).toEqual([]);
    expect(replaceIfUnchanged(path, Buffer.from("saved by an editor meanwhile\n"), Buffer.from("fixed\n"))).toBe(true);
    expect(read(dir, "short.txt")).toBe("fixed\n");
  });

  it("writes hunks with context, and marks a last line without a newline", () => {
    const before = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].join("\n");
    const after = before.replace("b", "B").replace("j", "J");
    expect(unifiedDiff("p.txt", before, after)).toBe(
      [
        "--- a/p.txt",
        "+++ b/p.txt",
        "@@ -1,5 +1,5 @@",
        " a",
        "-b",
        "+B",
        " c",
        " d",
        " e",
        "@@ -7,4 +7,4 @@",
        " g",
        " h",
        " i",
        "-j",
        "\\ No newline at end of file",
        "+J",
        "\\ No newline at end of file",
        "",
      ].join("\n"),
    );
  });
});

describe("--fix on request and by the rule's own judgement", () => {
  function repo(config: string, draft: string): string {
    const dir = mkdtempSync(join(tmpdir(), "postlint-fix-"));
    writeFileSync(join(dir, ".postlintrc.yaml"), config);
    writeFileSync(join(dir, "draft.txt"), draft);
    return dir;
  }

  it("masks profanity only when the brand asks for it (profanity maskOnFix)", () => {
    const draft = "What the hell, this shit rained all day.\n";
    const asked = repo("rules:\n  profanity: [error, { maskOnFix: true }]\n", draft);
    postlint(["--fix", "draft.txt"], { cwd: asked });
    expect(read(asked, "draft.txt")).toBe("What the h***, this s*** rained all day.\n");

    const notAsked = repo("rules:\n  profanity: error\n", draft);
    postlint(["--fix", "draft.txt"], { cwd: notAsked });
    expect(read(notAsked, "draft.txt")).toBe(draft);
  });

  it("moves a disclosure buried in a block of hashtags to the front", () => {
    const config = "brand: { name: Acme Outdoors, handles: ['@acme'] }\nauthor: { kind: influencer, name: Jess Rivera }\naccount: { handle: '@jess', owner: personal }\nsponsored: true\nplatform: instagram\n";
    const dir = repo(config, "Three days on the trail in the @acme Ridgeline tent. #camping #hiking #outdoors #ad\n");
    const run = postlint(["--fix", "draft.txt"], { cwd: dir });
    expect(read(dir, "draft.txt")).toBe("#ad Three days on the trail in the @acme Ridgeline tent. #camping #hiking #outdoors\n");
    expect(run.status).toBe(0);
  });
});
