// The top of the page: how many posts, errors and warnings, and a bar chart of problems by rule
// drawn in inline SVG (no script, no image file), with its numbers also written out as text.
import { escapeHtml } from "./escape.js";

export interface RuleCount {
  ruleId: string;
  errors: number;
  warnings: number;
}

export interface Totals {
  files: number;
  posts: number;
  postsWithProblems: number;
  errors: number;
  warnings: number;
  byRule: RuleCount[];
}

export function renderSummary(totals: Totals): string {
  const stat = (label: string, value: number, kind: string) => `<div class="stat ${kind}"><dt>${label}</dt><dd>${value}</dd></div>`;
  return `<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<dl class="stats">
${stat("Posts", totals.posts, "posts")}
${stat("With problems", totals.postsWithProblems, "flagged")}
${stat("Errors", totals.errors, "error")}
${stat("Warnings", totals.warnings, "warn")}
</dl>
${totals.byRule.length > 0 ? chart(totals.byRule) : `<p class="all-clear">No problems found.</p>`}
</section>`;
}

const ROW = 28;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 300;
const COUNT_WIDTH = 110;

/** Stacked horizontal bars, errors then warnings, one row per rule, most problems first. */
function chart(byRule: RuleCount[]): string {
  const most = Math.max(...byRule.map((rule) => rule.errors + rule.warnings));
  const width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH;
  const height = byRule.length * ROW;
  const rows = byRule.map((rule, index) => {
    const y = index * ROW;
    const errorWidth = (rule.errors / most) * BAR_WIDTH;
    const warningWidth = (rule.warnings / most) * BAR_WIDTH;
    const counts = [rule.errors ? `${rule.errors} ${rule.errors === 1 ? "error" : "errors"}` : "", rule.warnings ? `${rule.warnings} ${rule.warnings === 1 ? "warning" : "warnings"}` : ""]
      .filter(Boolean)
      .join(", ");
    return `<g class="bar" data-rule="${escapeHtml(rule.ruleId)}">
<title>${escapeHtml(rule.ruleId)}: ${counts}</title>
<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="central">${escapeHtml(rule.ruleId)}</text>
${rule.errors ? `<rect class="error" x="${LABEL_WIDTH}" y="${y + 5}" width="${round(errorWidth)}" height="${ROW - 10}" rx="2"/>` : ""}
${rule.warnings ? `<rect class="warn" x="${round(LABEL_WIDTH + errorWidth)}" y="${y + 5}" width="${round(warningWidth)}" height="${ROW - 10}" rx="2"/>` : ""}
<text class="count" x="${round(LABEL_WIDTH + errorWidth + warningWidth + 6)}" y="${y + ROW / 2}" dominant-baseline="central">${rule.errors + rule.warnings}</text>
</g>`;
  });
  const description = byRule.map((rule) => `${rule.ruleId}: ${rule.errors} errors, ${rule.warnings} warnings`).join("; ");
  return `<figure class="chart">
<figcaption id="chart-title">Problems by rule <span class="legend"><span class="key error"></span> errors <span class="key warn"></span> warnings</span></figcaption>
<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<desc id="chart-desc">${escapeHtml(description)}</desc>
${rows.join("\n")}
</svg>
</figure>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
