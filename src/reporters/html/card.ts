// One post as a card: the post the way its platform shows it (handle, date, badge, text with
// each problem marked and the "… more" fold), and beside it the problems, numbered like the
// references in the text, with the rule, the place in the file and the suggested fix.
import { platformInfo, truncationPoint } from "../../platforms.js";
import { PLATFORMS, type LintMessage, type PostSummary } from "../../types.js";
import { escapeHtml } from "./escape.js";
import { highlight, type Piece } from "./highlight.js";

/** A problem with the element id and number the page gives it. */
export interface NumberedMessage {
  id: string;
  number: number;
  message: LintMessage;
}

export interface CardInput {
  /** Element id of the card. */
  id: string;
  post: PostSummary;
  problems: NumberedMessage[];
  /** The file as the report names it (relative to where postlint ran). */
  file: string;
  /** Where a rule's documentation lives, when known. */
  docsOf(ruleId: string): string | undefined;
}

export function renderCard({ id, post, problems, file, docsOf }: CardInput): string {
  // Readers validate the platform; results built by API callers might not be.
  const platform = post.platform && PLATFORMS.includes(post.platform) ? post.platform : undefined;
  const info = platform ? platformInfo(platform) : undefined;
  const errors = problems.filter((problem) => problem.message.severity === 2).length;
  const state = errors > 0 ? "error" : problems.length > 0 ? "warn" : "clean";
  const title = `Post ${post.index + 1}${post.id !== undefined ? ` · ${post.id}` : ""}`;
  return `<article class="card platform-${escapeHtml(platform ?? "none")}" id="${id}" data-state="${state}" aria-labelledby="${id}-title">
<div class="preview">
${header(post, info?.name)}
${post.inReplyTo !== undefined ? `<blockquote class="parent" data-search><span class="label">Replying to</span> <span dir="auto">${escapeHtml(post.inReplyTo)}</span></blockquote>` : ""}
${body({ ...post, platform }, problems, info?.name)}
${footer(post)}
</div>
<section class="problems" aria-label="Problems in ${escapeHtml(title)}">
<h3 id="${id}-title">${escapeHtml(title)} <span class="where">${escapeHtml(file)}:${post.line}</span></h3>
${problems.length > 0 ? `<ol>\n${problems.map((problem) => problemItem(problem, post.text, docsOf)).join("\n")}\n</ol>` : `<p class="clean">✓ No problems</p>`}
</section>
</article>`;
}

function header(post: PostSummary, platformName: string | undefined): string {
  const handle = post.handle ?? "";
  const initial = [...handle.replace(/^@/, "")][0]?.toUpperCase() ?? "?";
  const author = post.author;
  const byline = author && (author.name || author.organization)
    ? `by ${[author.name, author.organization].filter(Boolean).join(", ")}${author.kind ? ` (${author.kind})` : ""}`
    : "";
  return `<header class="post-head">
<span class="avatar" aria-hidden="true">${escapeHtml(initial)}</span>
<span class="who"><bdi class="handle" data-search>${escapeHtml(handle || "No account")}</bdi>${byline ? `<span class="byline" data-search>${escapeHtml(byline)}</span>` : ""}</span>
<span class="badge">${escapeHtml(platformName ?? "Post")}</span>
</header>`;
}

function body(post: PostSummary, problems: NumberedMessage[], platformName: string | undefined): string {
  if (post.text === undefined) return `<p class="text missing">The text of this post was not kept in this run (a cached result): run without --cache to see it.</p>`;
  const ranges = problems.flatMap(({ id, message }) =>
    message.start !== undefined && message.end !== undefined ? [{ id, start: message.start, end: message.end, severity: message.severity }] : [],
  );
  const numbers = new Map(problems.map((problem) => [problem.id, problem.number]));
  const fold = truncationPoint(post.text, post.platform);
  const { above, below } = highlight(post.text, ranges, fold);
  const aboveHtml = `<div class="text" dir="auto" data-search>${above.map((piece) => pieceHtml(piece, numbers)).join("")}</div>`;
  if (fold === undefined) return aboveHtml;
  return `${aboveHtml}
<div class="fold" role="note" title="${escapeHtml(platformName ?? "The platform")} shows the first ${fold} characters; the rest is hidden behind “more”"><span class="more">… more</span><span class="fold-note">${escapeHtml(platformName ?? "The platform")} cuts here (${fold} characters)</span></div>
<div class="text below" dir="auto" data-search>${below.map((piece) => pieceHtml(piece, numbers)).join("")}</div>`;
}

function pieceHtml(piece: Piece, numbers: Map<string, number>): string {
  if (piece.kind === "ref") {
    const { id, severity } = piece.range;
    const label = `problem ${numbers.get(id)}, ${severity === 2 ? "error" : "warning"}`;
    return `<a class="ref ${severity === 2 ? "error" : "warn"}" href="#${id}" data-m="${id}" aria-label="${label}">${numbers.get(id)}</a>`;
  }
  let html = escapeHtml(piece.text);
  for (const range of [...piece.covering].reverse()) {
    html = `<mark class="${range.severity === 2 ? "error" : "warn"}" data-m="${range.id}">${html}</mark>`;
  }
  return html;
}

function footer(post: PostSummary): string {
  const parts: string[] = [];
  if (post.date !== undefined) parts.push(`<time datetime="${escapeHtml(post.date)}">${escapeHtml(formatDate(post.date))}</time>`);
  if (post.sponsored) parts.push(`<span class="tag">Sponsored</span>`);
  if (post.text !== undefined) parts.push(`<span class="length">${[...post.text].length} characters</span>`);
  return parts.length > 0 ? `<footer class="post-foot">${parts.join(" · ")}</footer>` : "";
}

const DATE = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short", year: "numeric" });
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", hour: "2-digit", minute: "2-digit" });

/** In UTC, so the report reads the same wherever it is built; a date without a time shows none. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return midnight ? DATE.format(date) : `${DATE.format(date)}, ${TIME.format(date)} UTC`;
}

function problemItem({ id, number, message }: NumberedMessage, text: string | undefined, docsOf: CardInput["docsOf"]): string {
  const severity = message.severity === 2 ? "error" : "warn";
  const rule = message.ruleId ?? "postlint";
  const docs = message.ruleId ? docsOf(message.ruleId) : undefined;
  const ruleHtml = docs ? `<a class="rule" href="${escapeHtml(docs)}">${escapeHtml(rule)}</a>` : `<code class="rule">${escapeHtml(rule)}</code>`;
  return `<li class="problem ${severity}" id="${id}" data-rule="${escapeHtml(rule)}" data-sev="${severity}" tabindex="-1">
<p class="problem-head"><span class="number" aria-hidden="true">${number}</span> <span class="severity">${severity === "error" ? "Error" : "Warning"}</span> ${ruleHtml} <span class="where">line ${message.line}, column ${message.column}</span></p>
<p class="message" data-search>${escapeHtml(message.message)}</p>
${fixHtml(message, text)}</li>`;
}

function fixHtml(message: LintMessage, text: string | undefined): string {
  if (message.suggestion === undefined) return "";
  const original = text !== undefined && message.start !== undefined && message.end !== undefined ? text.slice(message.start, message.end) : undefined;
  const replacement = message.suggestion === "" ? "remove it" : `<q class="after">${escapeHtml(message.suggestion)}</q>`;
  // A long original (a whole sentence to reword) is already marked in the text: repeat only the short ones.
  const before = original && original.length <= 40 ? `<q class="before">${escapeHtml(original)}</q> → ` : "";
  return `<p class="fix"><span class="label">Fix:</span> ${before}${replacement}</p>\n`;
}
