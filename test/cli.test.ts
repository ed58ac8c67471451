import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, jsonReport, postlint } from "./helpers.js";

const competitor = ["-c", "fixtures/configs/competitor.yaml"];

describe("postlint as a user runs it", () => {
  it("reports violations in stylish form and exits 1 on errors", () => {
    const run = postlint([...competitor, "fixtures/drafts/competitor.txt"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("fixtures/drafts/competitor.txt");
    expect(run.stdout).toMatch(/2:26 +error +Do not name Globex in a brand post\. +no-competitor/);
    expect(run.stdout).toContain("✖ 2 problems (2 errors, 0 warnings)");
    expect(run.stderr).toBe("");
  });

  it("exits 0 when only warnings remain, and 1 when they exceed --max-warnings", () => {
    const args = [...competitor, "--rule", "no-competitor:warn", "fixtures/drafts/competitor.txt"];
    expect(postlint(args).status).toBe(0);
    expect(postlint([...args, "--max-warnings", "2"]).status).toBe(0);
    expect(postlint([...args, "--max-warnings", "1"]).status).toBe(1);
  });

  it("--quiet reports errors only", () => {
    const run = postlint([...competitor, "--rule", "no-competitor:warn", "--quiet", "fixtures/drafts/competitor.txt"]);
    expect(run.stdout).toContain("0 problems");
  });

  it("--rule id:off turns a rule off", () => {
    const run = postlint([...competitor, "--rule", "no-competitor:off", "fixtures/drafts/competitor.txt"]);
    expect(run.status).toBe(0);
  });

  it("-f json prints the SPEC report; -o writes it to a file", () => {
    const run = postlint([...competitor, "-f", "json", "fixtures/batches/posts.jsonl"]);
    const [file] = jsonReport(run);
    expect(file.filePath).toBe(fixture("batches/posts.jsonl"));
    expect(file.messages[0]).toMatchObject({ ruleId: "no-competitor", messageId: "named", severity: 2, line: 3, column: 33, post: { index: 1, id: "l2" } });

    const out = join(mkdtempSync(join(tmpdir(), "postlint-")), "reports", "report.json");
    const written = postlint([...competitor, "-f", "json", "-o", out, "fixtures/batches/posts.jsonl"]);
    expect(written.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))[0].errorCount).toBe(2);
  });

  it("lints directories (input extensions only) and globs, in a stable order", () => {
    const run = postlint([...competitor, "-f", "json", "fixtures/batches", "fixtures/drafts/*.txt"]);
    const files = jsonReport(run).map((result) => result.filePath.replace(/.*fixtures\//, ""));
    expect(files).toEqual([
      "batches/post.md",
      "batches/posts.csv",
      "batches/posts.json",
      "batches/posts.jsonl",
      "batches/posts.yaml",
      "drafts/bom.txt",
      "drafts/clean.txt",
      "drafts/competitor.txt",
      "drafts/crlf.txt",
      "drafts/emoji.txt",
      "drafts/tabs.txt",
    ]);
  });

  it("reads stdin with -, its format named by --stdin-filename", () => {
    const input = '{"text":"fine"}\n{"id":"s2","text":"Globex again"}\n';
    const run = postlint([...competitor, "-f", "json", "--stdin-filename", "scheduled.jsonl", "-"], { input });
    expect(run.status).toBe(1);
    expect(jsonReport(run)[0].messages[0]).toMatchObject({ line: 2, column: 20, post: { index: 1, id: "s2" } });
  });

  it("disclosure.jurisdiction picks the disclosure words that count as clear", () => {
    const posts = "fixtures/configs/jurisdiction/influencer-posts.yaml";
    const us = jsonReport(postlint(["-c", "fixtures/configs/jurisdiction/us.yaml", "-f", "json", posts]));
    expect(us[0].messages).toEqual([]);
    const run = postlint(["-c", "fixtures/configs/jurisdiction/uk.yaml", "-f", "json", posts]);
    expect(run.status).toBe(0);
    const uk = jsonReport(run)[0].messages;
    expect(uk.map((m) => [m.post.index, m.ruleId, m.severity, m.line, m.column])).toEqual([
      [0, "agency-voice", 1, 2, 10],
      [1, "agency-voice", 1, 3, 10],
    ]);
    expect(uk[0].message).toContain("“#gifted”");
    expect(uk[1].message).toContain("“#sponsored”");
  });

  it("--print-config shows the configuration that applies to a file", () => {
    const run = postlint(["--print-config", "fixtures/configs/acme/replies/reply.txt"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("name: Acme Outdoors");
    expect(run.stdout).toMatch(/tone-mismatch: error/);
  });
});

describe("fatal problems: a located message on stderr, exit 2, never a stack trace", () => {
  const expectFatal = (args: string[], pattern: RegExp) => {
    const run = postlint(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };

  it("a missing file", () => expectFatal(["no/such/draft.txt"], /^postlint: no\/such\/draft\.txt: cannot read: no such file or directory/));
  it("a directory with no post files", () => expectFatal(["fixtures/empty-dir"], /^postlint: fixtures\/empty-dir: no input files in this directory/));
  it("a glob that matches nothing", () => expectFatal(["fixtures/**/*.nothing"], /no files match the pattern/));
  it("a binary file", () => expectFatal(["fixtures/bad/binary.txt"], /binary\.txt:1:2: binary file/));
  it("invalid UTF-8", () => expectFatal(["fixtures/bad/invalid-utf8.txt"], /invalid-utf8\.txt:2:5: invalid UTF-8/));
  it("malformed YAML", () => expectFatal(["fixtures/bad/malformed.yaml"], /malformed\.yaml:3:1: invalid YAML/));
  it("malformed JSON", () => expectFatal(["fixtures/bad/malformed.json"], /malformed\.json:2:15: invalid JSON/));
  it("malformed JSONL", () => expectFatal(["fixtures/bad/malformed.jsonl"], /malformed\.jsonl:3:1: invalid JSON/));
  it("malformed CSV", () => expectFatal(["fixtures/bad/unclosed.csv"], /unclosed\.csv:2:1: invalid CSV/));
  it("an empty file", () => expectFatal(["fixtures/bad/empty.txt"], /empty\.txt:1:1: empty file/));
  it("an invalid config", () => expectFatal(["fixtures/configs/unknown-rule/draft.txt"], /\.postlintrc\.yaml:2:3: invalid config: rules\.no-such-rule: unknown rule/));
  it("a JavaScript config that throws", () => expectFatal(["fixtures/configs/throws/draft.txt"], /throws\/postlint\.config\.mjs: cannot load config: config exploded/));
  it("an unreadable -c config", () => expectFatal(["-c", "no-such-config.yaml", "fixtures/drafts/clean.txt"], /no-such-config\.yaml: cannot read config: no such file/));
  it("an unknown option", () => expectFatal(["--no-such-flag", "x.txt"], /^postlint: unknown option '--no-such-flag'/));
  it("a bad --rule", () => expectFatal(["--rule", "profanity", "x.txt"], /expected <rule-id>:<off\|warn\|error>/));
  it("a bad --concurrency", () => expectFatal(["--concurrency", "many", "x.txt"], /expected auto, off or a number of threads/));
  it("an unknown --platform", () => expectFatal(["--platform", "myspace", "x.txt"], /myspace/));
  it("no paths at all", () => expectFatal([], /no files given/));

  it("with several files, the good ones are still reported and the exit is 2", () => {
    const run = postlint([...competitor, "-f", "json", "fixtures/drafts/competitor.txt", "fixtures/bad/malformed.json"]);
    expect(run.status).toBe(2);
    const [bad, good] = jsonReport(run);
    expect(bad.messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(good.errorCount).toBe(2);
    expect(run.stderr).toMatch(/malformed\.json:2:15: invalid JSON/);
  });

  it("--help and --version exit 0", () => {
    expect(postlint(["--help"]).status).toBe(0);
    expect(postlint(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("JavaScript configs", () => {
  it("an ES module config is loaded and applied", () => {
    const withConfig = postlint(["-f", "json", "fixtures/configs/esm/draft.txt"]);
    expect(jsonReport(withConfig)[0].messages).toEqual([]);
    const without = postlint(["-f", "json", "--no-config", "fixtures/configs/esm/draft.txt"]);
    expect(jsonReport(without)[0].messages.map((m) => m.ruleId)).toContain("profanity");
  });
});

describe("the built entry", () => {
  it("runs the CLI bundle through the code cache the build wrote", () => {
    const probe = 'import("./dist/postlint.mjs").then((entry) => console.log(entry.usedCodeCache))';
    const run = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("true");
  });
});
