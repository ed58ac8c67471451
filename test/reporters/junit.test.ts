// The JUnit report is read back with a real XML parser (Python's ElementTree, present wherever
// postlint's tests run), so "valid, escaped XML" is checked, not assumed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { junit } from "../../src/reporters/junit.js";
import type { LintResult } from "../../src/types.js";
import { fixture } from "../helpers.js";
import { runBoth, TRICKY_CONFIG } from "./shared.js";

interface Element {
  tag: string;
  attrib: Record<string, string>;
  text: string | null;
  children: Element[];
}

/** Parses XML with Python's expat-based ElementTree; throws on anything not well-formed. */
function parseXml(xml: string): Element {
  const script = `
import json, sys, xml.etree.ElementTree as ET
def walk(e):
    return {"tag": e.tag, "attrib": e.attrib, "text": e.text, "children": [walk(c) for c in e]}
print(json.dumps(walk(ET.fromstring(sys.stdin.buffer.read()))))
`;
  const parsed = spawnSync("python3", ["-c", script], { input: xml, encoding: "utf8" });
  if (parsed.status !== 0) throw new Error(`not well-formed XML: ${parsed.stderr}`);
  return JSON.parse(parsed.stdout) as Element;
}

const children = (element: Element, tag: string) => element.children.filter((child) => child.tag === tag);

describe("junit reporter", () => {
  const inputs = [fixture("drafts/competitor.txt"), fixture("batches/posts.yaml"), fixture("drafts/clean.txt"), fixture("bad/malformed.json")];
  const { run, json } = runBoth("junit", ["-c", TRICKY_CONFIG, ...inputs]);
  const root = parseXml(run.stdout);
  const suites = children(root, "testsuite");

  it("is well-formed XML with one testsuite per file", () => {
    expect(root.tag).toBe("testsuites");
    expect(suites.map((suite) => suite.attrib.name)).toEqual(json.map((file) => file.filePath.replace(/^.*?\/fixtures\//, "fixtures/")));
  });

  it("has one testcase per post, failing the posts with errors and passing the others", () => {
    const batch = suites.find((suite) => suite.attrib.name === "fixtures/batches/posts.yaml")!;
    const cases = children(batch, "testcase");
    expect(cases.map((testcase) => testcase.attrib.name)).toEqual(["post 1", "post 2 (spring-launch)", "post 3 (folded)", "post 4"]);
    expect(batch.attrib).toMatchObject({ tests: "4", failures: "4", errors: "0" });
    const clean = suites.find((suite) => suite.attrib.name === "fixtures/drafts/clean.txt")!;
    expect(clean.attrib).toMatchObject({ tests: "1", failures: "0", errors: "0" });
    expect(children(clean, "testcase")[0].children).toEqual([]);
  });

  it("lists every error of a post in its failure, and its warnings in system-out, escaped and read back intact", () => {
    const draft = suites.find((suite) => suite.attrib.name === "fixtures/drafts/competitor.txt")!;
    const [testcase] = children(draft, "testcase");
    const [failure] = children(testcase, "failure");
    const { messages } = json.find((file) => file.filePath.endsWith("drafts/competitor.txt"))!;
    const errors = messages.filter((message) => message.severity === 2);
    const warnings = messages.filter((message) => message.severity === 1);
    expect(failure.attrib.message).toBe(`2 errors: ${errors[0].message}`);
    for (const error of errors) expect(failure.text).toContain(`${error.line}:${error.column}  error  ${error.message}  [no-competitor]`);
    const [out] = children(testcase, "system-out");
    // XML parsers turn CR LF into LF in text content; the message is otherwise intact.
    for (const warning of warnings) expect(out.text).toContain(`warning  ${warning.message.replace(/\r\n/g, "\n")}  [tricky-chars]`);
    expect(out.text).toContain("Post text:\nGlobex makes tents too.");
  });

  it("gives an unreadable file a testcase with an error, and the run exits 2", () => {
    const broken = suites.find((suite) => suite.attrib.name === "fixtures/bad/malformed.json")!;
    expect(broken.attrib).toMatchObject({ tests: "1", errors: "1" });
    const [error] = children(children(broken, "testcase")[0], "error");
    expect(error.attrib.message).toMatch(/^invalid JSON/);
    expect(run.status).toBe(2);
  });

  it("totals the counts on testsuites", () => {
    const sum = (key: string) => suites.reduce((total, suite) => total + Number(suite.attrib[key]), 0);
    expect(root.attrib).toMatchObject({ tests: String(sum("tests")), failures: String(sum("failures")), errors: String(sum("errors")) });
  });

  it("stays well-formed when posts hold characters XML cannot (controls, lone surrogates) and quotes in attributes", () => {
    const dir = mkdtempSync(join(tmpdir(), "postlint-junit-"));
    writeFileSync(join(dir, "posts.json"), JSON.stringify([{ id: 'a"<&>\'\n\tb', text: "Globex\u0007 bell \u000b tab \ud800 half \uffff end" }]));
    const { run: odd } = runBoth("junit", ["-c", TRICKY_CONFIG, "posts.json"], { cwd: dir });
    const parsed = parseXml(odd.stdout);
    const testcase = children(children(parsed, "testsuite")[0], "testcase")[0];
    expect(testcase.attrib.name).toBe('post 1 (a"<&>\'\n\tb)');
    expect(children(testcase, "system-out")[0].text).toContain("Globex\ufffd bell \ufffd tab \ufffd half \ufffd end");
  });

  it("without kept posts, still makes one testcase per post from the count", () => {
    const results: LintResult[] = [{ filePath: "/repo/a.jsonl", errorCount: 0, warningCount: 0, messages: [], postCount: 3 }];
    const parsed = parseXml(junit(results, { color: false, cwd: "/repo" }));
    expect(children(children(parsed, "testsuite")[0], "testcase").map((testcase) => testcase.attrib.name)).toEqual(["post 1", "post 2", "post 3"]);
  });
});
