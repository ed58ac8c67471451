// `--format html`: a self-contained review page for the people who approve posts. The summary
// and chart on top, then every post as a card styled after its platform, with each problem's
// range marked in the text and explained beside it. Built from small modules in ./html/.
import { BUILTIN_RULES } from "../rules.js";
import type { LintMessage, LintResult, PostSummary } from "../types.js";
import { VERSION } from "../version.js";
import { renderCard, type NumberedMessage } from "./html/card.js";
import { escapeHtml } from "./html/escape.js";
import { renderFilters } from "./html/filters.js";
import { renderPage } from "./html/page.js";
import { renderSummary, type RuleCount, type Totals } from "./html/summary.js";
import type { ReporterOptions } from "./index.js";
import { docsUrl } from "./rule-docs.js";
import { displayPath } from "./stylish.js";

export function html(results: LintResult[], options: ReporterOptions): string {
  const totals: Totals = { files: results.length, posts: 0, postsWithProblems: 0, errors: 0, warnings: 0, byRule: [] };
  const byRule = new Map<string, RuleCount>();
  let nextPost = 0;
  let nextMessage = 0;
  const files = results.map((result, fileIndex) => {
    const file = displayPath(result.filePath, options.cwd);
    const { posts, problemsByPost, fatal } = postsOf(result);
    const cards = posts.map((post) => {
      const problems: NumberedMessage[] = (problemsByPost.get(post.index) ?? []).map((message, index) => ({ id: `m${++nextMessage}`, number: index + 1, message }));
      totals.posts++;
      if (problems.length > 0) totals.postsWithProblems++;
      for (const { message } of problems) {
        const ruleId = message.ruleId ?? "postlint";
        const count = byRule.get(ruleId) ?? byRule.set(ruleId, { ruleId, errors: 0, warnings: 0 }).get(ruleId)!;
        if (message.severity === 2) count.errors++;
        else count.warnings++;
      }
      return renderCard({ id: `post${++nextPost}`, post, problems, file, docsOf });
    });
    totals.errors += result.errorCount;
    totals.warnings += result.warningCount;
    const fatalHtml = fatal.map((message) => `<p class="fatal" role="alert">${escapeHtml(`${file}:${message.line}:${message.column}: ${message.message}`)}</p>`);
    const empty = cards.length === 0 && fatal.length === 0 ? [`<p class="empty">No posts in this file.</p>`] : [];
    return `<section class="file" aria-labelledby="file${fileIndex}">
<h2 id="file${fileIndex}">${escapeHtml(file)}</h2>
${[...fatalHtml, ...empty, ...cards].join("\n")}
</section>`;
  });
  totals.byRule = [...byRule.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || a.ruleId.localeCompare(b.ruleId));
  const body = `<header class="top">
<h1>Post review</h1>
<p>${totals.posts} ${totals.posts === 1 ? "post" : "posts"} in ${totals.files} ${totals.files === 1 ? "file" : "files"} · postlint ${escapeHtml(VERSION)}</p>
</header>
${renderSummary(totals)}
${renderFilters(totals.byRule)}
<main id="posts" tabindex="-1">
${files.join("\n")}
<p class="empty" id="no-match" hidden>No posts match these filters.</p>
</main>`;
  return renderPage("postlint: post review", body);
}

/**
 * The file's posts and their problems. Results keep each post's text when the CLI knows an html
 * report is wanted; without it (a cached result, an API caller) the posts are still listed.
 */
function postsOf(result: LintResult): { posts: PostSummary[]; problemsByPost: Map<number, LintMessage[]>; fatal: LintMessage[] } {
  const problemsByPost = new Map<number, LintMessage[]>();
  const fatal: LintMessage[] = [];
  for (const message of result.messages) {
    if (message.fatal || !message.post) fatal.push(message);
    else problemsByPost.set(message.post.index, [...(problemsByPost.get(message.post.index) ?? []), message]);
  }
  const posts =
    result.posts ??
    Array.from({ length: result.postCount }, (_, index): PostSummary => {
      const first = problemsByPost.get(index)?.[0];
      return { index, id: first?.post?.id, line: first?.line ?? 1 };
    });
  return { posts, problemsByPost, fatal };
}

function docsOf(ruleId: string): string | undefined {
  const docs = BUILTIN_RULES.get(ruleId)?.meta.docs;
  return docs ? docsUrl(docs) : undefined;
}
