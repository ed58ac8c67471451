// JUnit XML, for CI systems that show test reports (Jenkins, GitLab, Azure, GitHub test-report
// actions): one testsuite per file, one testcase per post. A post with errors fails, with every
// error listed in one <failure> (several <failure> elements per testcase break some readers).
// Warnings do not fail a post: they are listed in its <system-out>, so the report shows them
// while the pass/fail count matches postlint's exit code. A file that could not be read, or
// stopped being readable part way, gets a testcase with an <error>.
import type { LintMessage, LintResult, PostSummary } from "../types.js";
import type { ReporterOptions } from "./index.js";
import { displayPath } from "./stylish.js";

interface Counts {
  tests: number;
  failures: number;
  errors: number;
}

export function junit(results: LintResult[], options: ReporterOptions): string {
  const total: Counts = { tests: 0, failures: 0, errors: 0 };
  const suites = results.map((result) => {
    const { xml, counts } = testsuite(result, displayPath(result.filePath, options.cwd));
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
    return xml;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="postlint" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" time="0">`,
    ...suites,
    `</testsuites>`,
    "",
  ].join("\n");
}

function testsuite(result: LintResult, file: string): { xml: string; counts: Counts } {
  const posts: PostSummary[] = result.posts ?? Array.from({ length: result.postCount }, (_, index) => ({ index, line: 1 }));
  const byPost = new Map<number, LintMessage[]>();
  const fatal: LintMessage[] = [];
  for (const message of result.messages) {
    if (message.fatal || !message.post) fatal.push(message);
    else byPost.set(message.post.index, [...(byPost.get(message.post.index) ?? []), message]);
  }
  const counts: Counts = { tests: posts.length, failures: 0, errors: 0 };
  const cases = posts.map((post) => {
    const messages = byPost.get(post.index) ?? [];
    const errors = messages.filter((message) => message.severity === 2);
    const warnings = messages.filter((message) => message.severity !== 2);
    const name = `post ${post.index + 1}${post.id !== undefined ? ` (${post.id})` : ""}`;
    const line = messages[0]?.line ?? post.line;
    const body: string[] = [];
    if (errors.length > 0) {
      counts.failures++;
      const summary = errors.length === 1 ? errors[0].message : `${errors.length} errors: ${errors[0].message}`;
      body.push(`      <failure message="${attribute(summary)}" type="${attribute(errors[0].ruleId ?? "postlint")}">${text(listing(errors))}</failure>`);
    }
    if (warnings.length > 0 || (errors.length > 0 && post.text !== undefined)) {
      const parts = [warnings.length > 0 ? listing(warnings) : "", post.text !== undefined ? `Post text:\n${post.text}` : ""];
      body.push(`      <system-out>${text(parts.filter(Boolean).join("\n\n"))}</system-out>`);
    }
    const open = `    <testcase classname="${attribute(file)}" name="${attribute(name)}" file="${attribute(file)}" line="${line}" time="0"`;
    return body.length > 0 ? `${open}>\n${body.join("\n")}\n    </testcase>` : `${open}/>`;
  });
  if (fatal.length > 0) {
    counts.tests++;
    counts.errors++;
    const first = fatal[0];
    cases.push(
      `    <testcase classname="${attribute(file)}" name="read ${attribute(file)}" file="${attribute(file)}" line="${first.line}" time="0">\n` +
        `      <error message="${attribute(first.message)}" type="fatal">${text(listing(fatal))}</error>\n` +
        `    </testcase>`,
    );
  }
  const open = `  <testsuite name="${attribute(file)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="0" time="0"`;
  return { xml: cases.length > 0 ? `${open}>\n${cases.join("\n")}\n  </testsuite>` : `${open}/>`, counts };
}

function listing(messages: LintMessage[]): string {
  return messages
    .map((message) => `${message.line}:${message.column}  ${message.severity === 2 ? "error" : "warning"}  ${message.message}${message.ruleId ? `  [${message.ruleId}]` : ""}`)
    .join("\n");
}

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/FFFF) become U+FFFD. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function text(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute values also escape quotes, and line breaks and tabs, which parsers would turn into spaces. */
export function attribute(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
