// The filter bar and the few lines of script behind it. Without scripts the bar stays hidden
// and every post and problem is shown; with them, filtering hides problems (and their marks in
// the text) by rule and severity, and posts that have none left or do not match the search.
import { escapeHtml } from "./escape.js";
import type { RuleCount } from "./summary.js";

export function renderFilters(byRule: RuleCount[]): string {
  const rules = byRule
    .map((rule) => `<option value="${escapeHtml(rule.ruleId)}">${escapeHtml(rule.ruleId)} (${rule.errors + rule.warnings})</option>`)
    .join("");
  return `<form class="filters" id="filters" role="search" aria-label="Filter posts" hidden>
<label>Search <input type="search" name="search" placeholder="Words, handles, messages…" autocomplete="off"></label>
<label>Rule <select name="rule"><option value="">All rules</option>${rules}</select></label>
<label>Severity <select name="severity"><option value="">Errors and warnings</option><option value="error">Errors only</option><option value="warn">Warnings only</option></select></label>
<label class="check"><input type="checkbox" name="clean" checked> Posts without problems</label>
<output name="shown" role="status" aria-live="polite"></output>
</form>`;
}

/** Plain ES2017 for any browser; it reads everything it needs from the page's data attributes. */
export const FILTER_SCRIPT = `
const form = document.getElementById("filters");
const cards = Array.from(document.querySelectorAll(".card"));
function apply() {
  const search = form.search.value.trim().toLowerCase();
  const rule = form.rule.value, severity = form.severity.value;
  const hidden = new Set();
  let shown = 0;
  for (const card of cards) {
    const problems = Array.from(card.querySelectorAll(".problem"));
    let left = 0;
    for (const problem of problems) {
      const keep = (!rule || problem.dataset.rule === rule) && (!severity || problem.dataset.sev === severity);
      problem.hidden = !keep;
      if (keep) left++; else hidden.add(problem.id);
    }
    const wanted = problems.length === 0 ? !rule && !severity && form.clean.checked : left > 0;
    const words = Array.from(card.querySelectorAll("[data-search]"), (element) => element.textContent).join(" ").toLowerCase();
    card.hidden = !(wanted && (!search || words.includes(search)));
    if (!card.hidden) shown++;
  }
  for (const mark of document.querySelectorAll("[data-m]")) mark.classList.toggle("off", hidden.has(mark.dataset.m));
  for (const file of document.querySelectorAll(".file")) file.hidden = !file.querySelector(".card:not([hidden])") && !file.querySelector(".fatal");
  document.getElementById("no-match").hidden = shown > 0 || cards.length === 0;
  form.shown.value = shown === cards.length ? "Showing all " + shown + " posts" : "Showing " + shown + " of " + cards.length + " posts";
}
form.hidden = false;
form.addEventListener("input", apply);
form.addEventListener("submit", (event) => event.preventDefault());
apply();
`;
