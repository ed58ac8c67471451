// The page's only stylesheet. System fonts only (the report must work offline); colors are
// variables so dark mode is one block; severity is never shown by color alone (labels, numbers,
// and a solid underline for errors, a dashed one for warnings).
export const STYLES = `
:root {
  color-scheme: light dark;
  --page: #f4f5f7; --card: #ffffff; --ink: #1c1e21; --muted: #5f6670; --line: #dde1e6;
  --error: #c62828; --error-bg: #fde2e1; --warn: #9a6700; --warn-bg: #fff1c2;
  --accent: #5f6670; --focus: #1a73e8; --clean: #1e7d32;
}
@media (prefers-color-scheme: dark) {
  :root {
    --page: #15171a; --card: #1f2226; --ink: #e8eaed; --muted: #a0a7b0; --line: #363a40;
    --error: #ff8a80; --error-bg: #5c1f1f; --warn: #f2c14e; --warn-bg: #4d3b08;
    --accent: #a0a7b0; --focus: #8ab4f8; --clean: #81c995;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
a { color: inherit; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: var(--card); padding: 6px 10px; z-index: 2; }
.page { max-width: 1120px; margin: 0 auto; padding: 24px 16px 64px; }
.top h1 { margin: 0; font-size: 1.6rem; }
.top p { margin: 4px 0 0; color: var(--muted); }
h2 { font-size: 1.15rem; margin: 0 0 12px; }
.summary { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 16px 20px; margin: 20px 0; display: flex; flex-wrap: wrap; gap: 12px 40px; align-items: flex-start; }
.summary h2 { flex-basis: 100%; margin: 0; }
.stats { display: grid; grid-template-columns: repeat(2, minmax(110px, auto)); gap: 10px 24px; margin: 0; }
.stat dt { color: var(--muted); font-size: .85rem; }
.stat dd { margin: 0; font-size: 1.8rem; font-weight: 700; line-height: 1.1; }
.stat.error dd { color: var(--error); }
.stat.warn dd { color: var(--warn); }
.chart { margin: 0; max-width: 100%; }
.chart figcaption { color: var(--muted); font-size: .85rem; margin-bottom: 4px; }
.chart svg { max-width: 100%; height: auto; }
.chart .label, .chart .count { fill: var(--ink); font-size: 13px; }
.chart rect.error, .key.error { fill: var(--error); background: var(--error); }
.chart rect.warn, .key.warn { fill: var(--warn); background: var(--warn); }
.legend { margin-left: 12px; }
.key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-left: 8px; }
.all-clear { color: var(--clean); font-weight: 600; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; background: var(--page); padding: 10px 0; border-bottom: 1px solid var(--line); margin-bottom: 16px; }
.filters[hidden] { display: none; }
.filters label { display: flex; gap: 6px; align-items: center; color: var(--muted); font-size: .9rem; }
.filters input[type=search], .filters select { font: inherit; color: var(--ink); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
.filters input[type=search] { width: 16em; }
.filters output { margin-left: auto; color: var(--muted); font-size: .9rem; }
.file { margin-top: 28px; }
.file > h2 { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 1rem; word-break: break-all; }
.fatal { background: var(--error-bg); border-left: 4px solid var(--error); border-radius: 6px; padding: 8px 12px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9rem; white-space: pre-wrap; word-break: break-word; }
.card { display: grid; grid-template-columns: minmax(0, 440px) minmax(0, 1fr); gap: 20px; background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 12px; padding: 16px; margin: 0 0 16px; }
.card[data-state=error] { border-left-color: var(--error); }
.card[data-state=warn] { border-left-color: var(--warn); }
.card[data-state=clean] { border-left-color: var(--clean); }
.card[hidden] { display: none; }
@media (max-width: 760px) { .card { grid-template-columns: minmax(0, 1fr); } }
.preview { border: 1px solid var(--line); border-radius: 14px; padding: 12px 14px; align-self: start; min-width: 0; }
.post-head { display: flex; align-items: center; gap: 10px; margin-bottom: 8px; }
.avatar { flex: none; width: 36px; height: 36px; border-radius: 50%; display: grid; place-items: center; font-weight: 700; color: #fff; background: var(--accent); }
.who { display: flex; flex-direction: column; min-width: 0; }
.handle { font-weight: 700; overflow-wrap: anywhere; }
.byline { color: var(--muted); font-size: .8rem; }
.badge { margin-left: auto; flex: none; font-size: .75rem; font-weight: 700; letter-spacing: .02em; padding: 2px 8px; border-radius: 999px; color: #fff; background: var(--accent); }
.parent { margin: 0 0 8px; padding: 6px 10px; border-left: 3px solid var(--line); color: var(--muted); font-size: .9rem; }
.parent .label, .fix .label { font-weight: 600; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.text.below { opacity: .72; }
.text.missing { color: var(--muted); font-style: italic; }
.fold { display: flex; align-items: center; gap: 8px; margin: 6px 0; color: var(--muted); font-size: .75rem; white-space: nowrap; }
.fold::before, .fold::after { content: ""; flex: 1; min-width: 12px; border-top: 1px dashed var(--muted); }
.fold .more { font-weight: 700; font-size: .9rem; color: var(--ink); }
.post-foot { margin-top: 10px; color: var(--muted); font-size: .8rem; }
.post-foot .tag { font-weight: 700; }
mark { color: inherit; border-radius: 2px; padding: 1px 0; }
mark.error { background: var(--error-bg); text-decoration: underline solid var(--error) 2px; text-underline-offset: 3px; }
mark.warn { background: var(--warn-bg); text-decoration: underline dashed var(--warn) 2px; text-underline-offset: 3px; }
mark.off { background: transparent; text-decoration: none; }
.ref { display: inline-block; min-width: 1.3em; margin: 0 1px; padding: 0 3px; border-radius: 999px; font-size: .7rem; font-weight: 700; line-height: 1.4; text-align: center; text-decoration: none; vertical-align: super; color: #fff; }
.ref.error { background: var(--error); }
.ref.warn { background: var(--warn); }
.ref.off { display: none; }
@media (prefers-color-scheme: dark) { .ref, .number { color: #111; } }
.problems { min-width: 0; }
.problems h3 { margin: 0 0 8px; font-size: 1rem; }
.problems h3 .where { font-weight: 400; }
.where { color: var(--muted); font-size: .8rem; }
.problems ol { list-style: none; margin: 0; padding: 0; }
.problem { border-top: 1px solid var(--line); padding: 8px 0; }
.problem[hidden] { display: none; }
.problem:target { background: var(--page); outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
.problem p { margin: 0 0 4px; }
.problem-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.number { display: inline-block; min-width: 1.5em; border-radius: 999px; text-align: center; font-size: .75rem; font-weight: 700; color: #fff; }
.problem.error .number { background: var(--error); }
.problem.warn .number { background: var(--warn); }
.severity { font-weight: 700; font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
.problem.error .severity { color: var(--error); }
.problem.warn .severity { color: var(--warn); }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; }
.fix { font-size: .9rem; }
.fix q { quotes: "“" "”"; }
.fix .before { text-decoration: line-through; color: var(--muted); }
.clean { color: var(--clean); font-weight: 600; margin: 0; }
.empty { color: var(--muted); text-align: center; padding: 32px; }
/* Platform looks: the accent, the shape and the type each network's own posts use. */
.platform-x .preview, .platform-threads .preview { border-radius: 16px; }
.platform-x { --accent: #0f1419; }
.platform-threads { --accent: #101010; }
.platform-instagram { --accent: #d62976; }
.platform-instagram .avatar { background: linear-gradient(45deg, #feda75, #fa7e1e, #d62976, #962fbf, #4f5bd5); }
.platform-instagram .badge { background: linear-gradient(90deg, #fa7e1e, #d62976, #962fbf); }
.platform-facebook { --accent: #1877f2; }
.platform-facebook .preview, .platform-linkedin .preview { border-radius: 8px; }
.platform-linkedin { --accent: #0a66c2; }
.platform-linkedin .avatar { border-radius: 4px; }
.platform-bluesky { --accent: #1185fe; }
.platform-mastodon { --accent: #6364ff; }
.platform-mastodon .avatar { border-radius: 8px; }
.platform-tiktok { --accent: #010101; }
.platform-tiktok .badge { box-shadow: -2px 0 0 #25f4ee, 2px 0 0 #fe2c55; }
@media (prefers-color-scheme: dark) {
  .platform-x, .platform-threads, .platform-tiktok { --accent: #3a3f45; }
}
@media print { .filters, .skip { display: none; } .card { break-inside: avoid; } }
`;
