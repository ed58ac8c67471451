// The SARIF report is validated against the published SARIF 2.1.0 schema (fixtures/sarif/) and
// checked against the JSON report of the same run, result by result.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../../src/index.js";
import { sarif } from "../../src/reporters/sarif.js";
import { fixture, postlint } from "../helpers.js";
import { runBoth, TRICKY_CONFIG } from "./shared.js";

// CommonJS packages: required, so their default exports need no interop guesswork.
const require = createRequire(import.meta.url);
const AjvDraft04: typeof import("ajv-draft-04").default = require("ajv-draft-04");
const addFormats: typeof import("ajv-formats").default = require("ajv-formats");

const schema = JSON.parse(readFileSync(fixture("sarif/sarif-schema-2.1.0.json"), "utf8"));
const ajv = new AjvDraft04({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe("sarif reporter", () => {
  const inputs = [fixture("drafts/competitor.txt"), fixture("batches/posts.yaml"), fixture("bad/malformed.json")];
  const { run, json } = runBoth("sarif", ["-c", TRICKY_CONFIG, ...inputs]);
  const log = JSON.parse(run.stdout);
  const [sarifRun] = log.runs;

  it("is checked by a validator that rejects what the schema forbids", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: { name: "x", rules: [{ id: "r", helpUri: "rules/r.md" }] } } }] })).toBe(false);
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] }] })).toBe(false);
  });

  it("is valid against the published SARIF 2.1.0 schema", () => {
    expect(log.version).toBe("2.1.0");
    expectValidSarif(log);
  });

  it("describes every built-in rule in tool.driver with description, docs link and default level", () => {
    const rules = sarifRun.tool.driver.rules;
    expect(sarifRun.tool.driver.name).toBe("postlint");
    for (const { meta } of BUILTIN_RULES.values()) {
      const descriptor = rules.find((rule: { id: string }) => rule.id === meta.id);
      expect(descriptor.shortDescription.text).toBe(meta.description);
      expect(descriptor.helpUri).toMatch(new RegExp(`${meta.docs}$`));
      expect(descriptor.defaultConfiguration.level).toBe(meta.defaultSeverity === "warn" ? "warning" : meta.defaultSeverity === "off" ? "none" : "error");
    }
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual(expect.arrayContaining(["no-competitor", "tricky-chars"]));
  });

  it("carries a rule's README as its help when the package ships it", () => {
    const voice = sarifRun.tool.driver.rules.find((rule: { id: string }) => rule.id === "agency-voice");
    expect(voice.help.markdown).toBe(readFileSync(fixture("../rules/agency-voice/README.md"), "utf8"));
  });

  it("has one result per problem with ruleId, level, message and a region in a path relative to cwd", () => {
    const problems = json.flatMap((file) => file.messages.filter((message) => !message.fatal).map((message) => ({ file: file.filePath, ...message })));
    expect(sarifRun.results).toHaveLength(problems.length);
    sarifRun.results.forEach((result: any, index: number) => {
      const problem = problems[index];
      expect(result.ruleId).toBe(problem.ruleId);
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(problem.ruleId);
      expect(result.level).toBe(problem.severity === 2 ? "error" : "warning");
      expect(result.message.text).toBe(problem.message);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation).toEqual({ uri: problem.file.replace(/^.*?\/fixtures\//, "fixtures/"), uriBaseId: "%SRCROOT%" });
      expect(region).toEqual({ startLine: problem.line, startColumn: problem.column, endLine: problem.endLine, endColumn: problem.endColumn });
    });
  });

  it("reports an unreadable file as a tool execution notification, not as a result without a rule", () => {
    const [invocation] = sarifRun.invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: "error",
        message: { text: expect.stringMatching(/^invalid JSON/) },
        locations: [{ physicalLocation: { artifactLocation: { uri: "fixtures/bad/malformed.json", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 15 } } }],
      }),
    ]);
    expect(sarifRun.results.every((result: { ruleId?: string }) => typeof result.ruleId === "string")).toBe(true);
    expect(run.status).toBe(2);
  });

  it("is valid for a clean run, stdin, and files outside the working folder", () => {
    const { run: clean } = runBoth("sarif", ["--no-config", fixture("drafts/clean.txt")]);
    const cleanLog = JSON.parse(clean.stdout);
    expectValidSarif(cleanLog);
    expect(cleanLog.runs[0].results).toEqual([]);
    expect(cleanLog.runs[0].invocations[0].executionSuccessful).toBe(true);

    const { run: piped } = runBoth("sarif", ["-c", TRICKY_CONFIG, "-"], { input: "Globex, again" });
    const pipedLog = JSON.parse(piped.stdout);
    expectValidSarif(pipedLog);
    expect(pipedLog.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("%3Cstdin%3E");

    const { run: outside } = runBoth("sarif", ["-c", TRICKY_CONFIG, fixture("drafts/competitor.txt")], { cwd: fixture("configs") });
    const outsideLog = JSON.parse(outside.stdout);
    expectValidSarif(outsideLog);
    expect(outsideLog.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*\/fixtures\/drafts\/competitor\.txt$/);
  });

  it("encodes characters a URI cannot hold in file paths", () => {
    const log = JSON.parse(
      sarif([{ filePath: "/repo/posts/spring #1 (50%).txt", errorCount: 0, warningCount: 1, postCount: 1, messages: [{ ruleId: "profanity", severity: 1, message: "m", line: 1, column: 1, endLine: 1, endColumn: 2 }] }], {
        color: false,
        cwd: "/repo",
      }),
    );
    expectValidSarif(log);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("posts/spring%20%231%20(50%25).txt");
  });

  it("writes to a file with -o", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const out = join(mkdtempSync(join(tmpdir(), "postlint-sarif-")), "reports", "postlint.sarif");
    const written = postlint(["-f", "sarif", "-c", TRICKY_CONFIG, "-o", out, fixture("drafts/competitor.txt")]);
    expect(written.status).toBe(1);
    expect(written.stdout).toBe("");
    expectValidSarif(JSON.parse(readFileSync(out, "utf8")));
  });
});
