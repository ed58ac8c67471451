// npm run bench: times whole postlint processes (median of several runs) and writes
// bench/RESULTS.md. Targets (SPEC §8): cold start ≤ 2.5 × `node -e 0`; ≥ 20,000 posts/s on the
// 100k-post JSONL on one core; peak RSS < 250 MB and flat as the file grows.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeDrafts, writeJsonl } from "./generate.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, "bench", "corpus");
const bin = join(root, "bin", "postlint.js");
const probe = join(root, "bench", "rss-probe.cjs");
const quick = process.argv.includes("--quick");

if (!existsSync(join(root, "dist", "postlint.mjs"))) {
  console.error("bench: dist/ is missing: run `npm run build` (or `npm ci`) first");
  process.exit(2);
}

const CONFIG = `# Benchmark config: a brand with an agency author, so every rule has work to do.
brand: { name: Acme Outdoors, aliases: [Acme], handles: ["@acme"], topics: [hiking, camping, tents, trail running], voice: friendly }
author: { kind: agency, organization: Brightside Media, name: Dana Kim, initials: DK }
account: { handle: "@acme", owner: brand }
trending: [trending.yaml]
`;
const TRENDING = `- { tag: "#StormElla", context: hurricane landfall, sensitive: true }
- { tag: "#NationalCoffeeDay", context: marketing day }
- { tag: "#SuperBowl", context: the game }
`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs a command `runs` times; returns the median wall time (ms) and the median peak RSS (bytes). */
function measure(args, runs) {
  const times = [];
  const rss = [];
  const rssFile = join(tmpdir(), `postlint-bench-rss-${process.pid}`);
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["--require", probe, ...args], {
      cwd: corpus,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, POSTLINT_BENCH_RSS_FILE: rssFile, CI: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status === 2) throw new Error(`postlint failed: ${result.stderr}`);
    if (existsSync(rssFile)) rss.push(Number(readFileSync(rssFile, "utf8")));
  }
  rmSync(rssFile, { force: true });
  return { ms: median(times), rss: rss.length ? median(rss) : NaN };
}

async function prepareCorpus(sizes) {
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, ".postlintrc.yaml"), CONFIG);
  writeFileSync(join(corpus, "trending.yaml"), TRENDING);
  writeFileSync(join(corpus, "draft.txt"), "New trail runners just dropped. Link in bio! #TrailRunning\n");
  for (const size of sizes) {
    const path = join(corpus, `posts-${size}.jsonl`);
    if (!existsSync(path)) await writeJsonl(path, size);
  }
  if (!existsSync(join(corpus, "drafts"))) writeDrafts(join(corpus, "drafts"), 1000);
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const fmt = (n) => Math.round(n).toLocaleString("en-US");

// 300k shows that memory levels off: posts and the report's messages are streamed.
const sizes = quick ? [1000, 10000] : [1000, 10000, 100000, 300000];
await prepareCorpus(sizes);

const rows = [];
const coldRuns = quick ? 7 : 15;
const node = measure(["-e", "0"], coldRuns);
// The draft alone, then as a content repo lints it: with a YAML brand config and a trending feed.
for (const [label, args] of [
  ["cold start, one-line draft, no config", [bin, "--no-config", "draft.txt"]],
  ["cold start, one-line draft, brand config + feed", [bin, "draft.txt"]],
]) {
  const cold = measure(args, coldRuns);
  const ratio = cold.ms / node.ms;
  rows.push([label, `${cold.ms.toFixed(0)} ms`, `${ratio.toFixed(2)} × node -e 0 (${node.ms.toFixed(0)} ms)`, `${mb(cold.rss)} MB`, ratio <= 2.5 ? "✔ ≤ 2.5×" : "✖ > 2.5×"]);
}

// SPEC §8 sets the batch target with the four mission rules on; the other four rules are turned
// off for those rows, and a last row shows the 100k batch with all eight.
const MISSION_ONLY = ["leaked-brief", "platform-limits", "crisis-freeze", "brand-terms"].flatMap((rule) => ["--rule", `${rule}:off`]);
let largest;
for (const size of sizes) {
  const run = measure([bin, "-f", "json", ...MISSION_ONLY, `posts-${size}.jsonl`], size >= 300000 ? 1 : size >= 100000 ? 3 : 5);
  const rate = (size * 1000) / run.ms;
  largest = { size, rate, rss: run.rss };
  const verdict = size === 100000 ? `${rate >= 20000 ? "✔" : "✖"} ≥ 20,000/s, ${run.rss < 250 * 1024 * 1024 ? "✔" : "✖"} < 250 MB` : size > 100000 ? "flat memory" : "";
  rows.push([`${fmt(size)}-post JSONL`, `${fmt(run.ms)} ms`, `${fmt(rate)} posts/s`, `${mb(run.rss)} MB`, verdict]);
}
if (sizes.includes(100000)) {
  const all = measure([bin, "-f", "json", "posts-100000.jsonl"], 3);
  rows.push(["100,000-post JSONL, all eight rules", `${fmt(all.ms)} ms`, `${fmt((100000 * 1000) / all.ms)} posts/s`, `${mb(all.rss)} MB`, ""]);
}
const drafts = measure([bin, "-f", "json", "drafts"], 3);
rows.push(["1,000 .txt drafts (folder)", `${fmt(drafts.ms)} ms`, `${fmt((1000 * 1000) / drafts.ms)} posts/s`, `${mb(drafts.rss)} MB`, ""]);

const alexBin = join(root, "node_modules", ".bin", "alex");
if (existsSync(alexBin)) {
  const alex = measure([alexBin, "drafts"], 3);
  rows.push(["alex on the same 1,000 drafts", `${fmt(alex.ms)} ms`, `postlint is ${(alex.ms / drafts.ms).toFixed(1)} × faster`, `${mb(alex.rss)} MB`, ""]);
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}, ${process.platform}/${process.arch}`;
const table = [
  "| measure | time (median) | rate | peak RSS | target |",
  "|---|---|---|---|---|",
  ...rows.map((row) => `| ${row.join(" | ")} |`),
].join("\n");
const report = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.
Machine: ${machine}.
Cold starts and the drafts folder run every built-in rule; the JSONL batches run the four mission
rules (agency-voice, hashtag-hijack, profanity, tone-mismatch), as SPEC §8 sets the target, and
the last JSONL row all eight. A brand config and a trending feed apply
(bench/corpus/.postlintrc.yaml); the JSONL posts are generated by bench/generate.js (seeded). Threads: \`--concurrency auto\` (no threads on
fewer than 3 cores).
Each figure is the median of several whole \`postlint\` processes; peak RSS is the process's maxRSS.

${table}
`;
writeFileSync(join(root, "bench", "RESULTS.md"), report);
console.log(report);
