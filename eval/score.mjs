// Scores postlint against the blind sets: node eval/score.mjs [set ...] [--misses] (after npm run build).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
const repo = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(join(repo, "package.json"));
const YAML = require("yaml");
const root = fileURLToPath(new URL(".", import.meta.url));
const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const sets = args.filter((a) => !a.startsWith("--"));
const chosen = sets.length ? sets : readdirSync(root).filter((d) => existsSync(join(root, d, "FOCUS")));
for (const set of chosen) {
  const focus = readFileSync(join(root, set, "FOCUS"), "utf8").trim();
  let tp = 0, fp = 0, fn = 0, tn = 0, sevOk = 0;
  const misses = [];
  for (const scenario of readdirSync(join(root, set)).sort()) {
    const dir = join(root, set, scenario);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).filter((f) => /^posts.*\.ya?ml$/.test(f))) {
      const path = join(dir, file);
      const posts = YAML.parse(readFileSync(path, "utf8"));
      let out;
      try {
        out = execFileSync("node", [join(repo, "bin", "postlint.js"), "-f", "json", path], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      } catch (error) {
        if (error.status === 2) { console.error(`${path}: ${error.stderr}`); continue; }
        out = error.stdout;
      }
      const report = JSON.parse(out)[0];
      const got = new Map();
      for (const m of report.messages) {
        if (m.ruleId !== focus) continue;
        const prev = got.get(m.post.index);
        const sev = m.severity === 2 ? "error" : "warning";
        if (!prev || sev === "error") got.set(m.post.index, sev);
        (got.msgs ??= new Map()).set(m.post.index, [...(got.msgs.get(m.post.index) ?? []), `${m.messageId}: ${m.message.slice(0, 90)}`]);
      }
      posts.forEach((post, index) => {
        const want = post.expect ?? "none";
        const have = got.get(index) ?? "none";
        if (want !== "none" && have !== "none") { tp++; if (want === have) sevOk++; else misses.push(["SEV", scenario, post, have, got.msgs?.get(index)]); }
        else if (want === "none" && have === "none") tn++;
        else if (want === "none") { fp++; misses.push(["FP", scenario, post, have, got.msgs?.get(index)]); }
        else { fn++; misses.push(["FN", scenario, post, have]); }
      });
    }
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  console.log(`${set} (${focus}): ${tp + fp + fn + tn} posts, precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, severity agrees ${sevOk}/${tp}  [tp ${tp} fp ${fp} fn ${fn} tn ${tn}]`);
  if (showMisses) for (const [kind, scenario, post, have, msgs] of misses) {
    console.log(`  ${kind} ${scenario}: want ${post.expect ?? "none"} got ${have}: ${JSON.stringify(post.text).slice(0, 200)}${post.why ? `\n      why: ${post.why}` : ""}${msgs ? `\n      ${msgs.join("\n      ")}` : ""}`);
  }
}
