#!/usr/bin/env node
// Regex safety: runs every built-in rule on 1 MB adversarial posts (repeated near-misses, long
// runs of separators and masking characters, long hashtags, many emoji, zero-width and
// homoglyph runs...) and prints the time each rule takes on each; all must stay under one
// second. A rule that is catastrophically slow is stopped after a few seconds, not waited for.
//
//   npm run build && node bench/adversarial.js [--limit-ms 1000] [--size 1048576] [--only <rule>] [--scaling]
//
// --scaling also times every rule on inputs a sixteenth the size: a linear rule takes 16× as
// long on the full input, a quadratic one 256×. Garbage collection alone can double the ratio,
// so only ratios above 64 are flagged.
//
// Each rule runs in a worker thread so a runaway pattern can be stopped; the text analysis
// that every rule shares is timed on its own column. Exit status 1 when anything is over.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const DIST = new URL("../dist/src/", import.meta.url);
const STOP_AFTER_MS = 5_000;

/** Builds a string of exactly `size` UTF-16 units by repeating `unit` (a surrogate pair may be cut at the end). */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** name → (size) → text. Each targets a way a pattern can go quadratic or worse. */
const INPUTS = {
  "near-miss profanity": (n) => fill("f*c fu ck sh1 sh!t a$ fuuuu ck Scunthorpe assassin cocktail class Dickens ", n),
  "spaced letters": (n) => fill("f u c s h i a s ", n),
  "separator run": (n) => `f${fill(".-_* ", n - 2)}k`,
  "masking run": (n) => `f${fill("*", n - 2)}k`,
  "hash and dollar run": (n) => fill("#$@!%&", n),
  "zero-width between letters": (n) => fill("f\u200bu\u200cc\u200dk\u2060 ", n),
  "zero-width run": (n) => fill("\u200b", n),
  "homoglyphs": (n) => fill("ѕһіt ƒυϲκ ｆｕｃｋ 𝐟𝐮𝐜𝐤 ", n),
  "combining marks": (n) => fill("s\u0301\u0302\u0303h\u0323i\u0308t ", n),
  "one long word": (n) => fill("a", n),
  "one long hashtag": (n) => `#${fill("prayfor", n - 1)}`,
  "hashtag run": (n) => fill("#WhyIStayed#PrayForBoston#ad#sp", n),
  "many hashtags": (n) => fill("#prayforboston #sale #ad #sp #collab ", n),
  "many emoji": (n) => fill("😂🔥👩‍👩‍👧‍👦🏳️‍🌈🇫🇷👍🏽", n),
  "many mentions and links": (n) => fill("@acme https://acme.com/a?b=c www.x.co a@b.io $ACME ", n),
  "impersonation near-misses": (n) => fill("I'm part of the Acme I work at as an Acme here at Acme I ", n),
  "disclosure near-misses": (n) => fill("#a #ad- paid partner thanks @acme advert #spon ", n),
  "tragedy and promotion near-misses": (n) => fill("stay safe and shop our thoughts are with sale 20% off pray for ", n),
  "hostility near-misses": (n) => fill("no one here knows how to people in this town are ", n),
  "shouting and exclamations": (n) => fill("BUY NOW!!!!!!!!! ", n),
  "no spaces at all": (n) => fill("abc123DEF", n),
  "blank lines": (n) => fill("\n", n),
  "lone surrogates": (n) => fill("\ud800a\udc00", n),
};

if (isMainThread) await main();
else await worker();

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const limitMs = Number(option("--limit-ms", 1000));
  const size = Number(option("--size", 1024 * 1024));
  const only = option("--only", undefined);
  if (!existsSync(new URL("rules.js", DIST))) {
    console.error("bench/adversarial.js: dist/ is missing: run `npm run build` first");
    process.exit(2);
  }
  const { BUILTIN_RULES } = await import(new URL("rules.js", DIST).href);
  const rules = ["(analysis)", ...[...BUILTIN_RULES.keys()].filter((id) => !only || id === only)];
  console.log(`postlint adversarial bench: ${Object.keys(INPUTS).length} inputs of ${size.toLocaleString("en-US")} UTF-16 units, limit ${limitMs} ms per rule\n`);

  const times = new Map(); // `${input}\t${rule}` → ms; Infinity when stopped, NaN when it threw
  for (const rule of rules) {
    for (const [input, ms] of await timeRule(rule, size)) times.set(`${input}\t${rule}`, ms);
  }

  const width = Math.max(...Object.keys(INPUTS).map((name) => name.length));
  const cell = (ms) => (Number.isNaN(ms) ? "threw ✗" : ms === Infinity ? `>${STOP_AFTER_MS / 1000}s ✗` : `${Math.round(ms)}${ms > limitMs ? " ✗" : ""}`).padStart(16);
  console.log(`${"input".padEnd(width)}${rules.map((rule) => rule.padStart(16)).join("")}`);
  for (const input of Object.keys(INPUTS)) {
    console.log(`${input.padEnd(width)}${rules.map((rule) => cell(times.get(`${input}\t${rule}`))).join("")}`);
  }
  console.log(`\n(times in ms; the analysis every rule shares is timed once, apart from the rules)`);
  const superlinear = args.includes("--scaling") ? await scaling(rules, size, times) : [];
  const over = [...times].filter(([, ms]) => !(ms <= limitMs));
  if (superlinear.length > 0) process.exitCode = 1;
  if (over.length === 0) {
    console.log(`✔ every rule under ${limitMs} ms on every input`);
    return;
  }
  console.log(`✖ ${over.length} over ${limitMs} ms:`);
  for (const [key, ms] of over) {
    const [input, rule] = key.split("\t");
    const what = Number.isNaN(ms) ? "threw (see above)" : ms === Infinity ? `stopped after ${STOP_AFTER_MS / 1000} s` : `${Math.round(ms)} ms`;
    console.log(`  ${rule} on "${input}": ${what}`);
  }
  process.exitCode = 1;
}

/** Times every rule on inputs a sixteenth the size and prints the ratios that look worse than linear. */
async function scaling(rules, size, times) {
  const flagged = [];
  for (const rule of rules) {
    for (const [input, small] of await timeRule(rule, Math.floor(size / 16))) {
      const large = times.get(`${input}\t${rule}`);
      // Below ~50 ms the timer's noise swamps the ratio.
      if (Number.isFinite(small) && Number.isFinite(large) && large >= 50 && large / Math.max(small, 1) > 64) {
        flagged.push(`  ${rule} on "${input}": ${Math.round(small)} ms at a sixteenth of the size, ${Math.round(large)} ms at full size`);
      }
    }
  }
  console.log(flagged.length ? `✖ worse than linear (over 64× the time for 16× the input):\n${flagged.join("\n")}` : "✔ every rule scales about linearly (under 64× the time for 16× the input)");
  return flagged;
}

/** Times one rule on every input in a worker, restarting it past an input that does not finish. */
async function timeRule(rule, size) {
  const results = new Map();
  const names = Object.keys(INPUTS);
  let next = 0;
  while (next < names.length) {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { rule, size, from: next } });
    await new Promise((resolve) => {
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          results.set(names[next], Infinity);
          next++;
          void worker.terminate();
        }, STOP_AFTER_MS);
      };
      arm();
      worker.on("message", ({ input, ms, error }) => {
        if (error) console.error(`  ${rule} threw on "${input}": ${error}`);
        results.set(input, error ? Number.NaN : ms);
        next = names.indexOf(input) + 1;
        arm();
      });
      worker.on("error", (error) => {
        console.error(`  ${rule} crashed on "${names[next]}": ${error.message}`);
        results.set(names[next], Number.NaN);
        next++;
      });
      worker.on("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  return results;
}

async function worker() {
  const { rule: ruleId, size, from } = workerData;
  const { analyze } = await import(new URL("text/analysis.js", DIST).href);
  const { BUILTIN_RULES } = await import(new URL("rules.js", DIST).href);
  const rule = BUILTIN_RULES.get(ruleId);
  const now = new Date("2026-03-15T12:00:00Z");
  const settings = {
    now,
    disclosure: { jurisdiction: "us" },
    trending: [
      { tag: "PrayForBoston", sensitive: true, context: "a bombing" },
      { tag: "NationalCoffeeDay", context: "a food holiday" },
    ],
    crisis: [{ since: new Date("2026-03-01"), until: new Date("2026-03-31"), context: "regional floods" }],
  };
  const fields = {
    brand: { name: "Acme Outdoors", aliases: ["Acme"], handles: ["@acme"], topics: ["hiking", "tents"], voice: "friendly" },
    author: { kind: "agency", name: "Dana Kim", organization: "Brightside Media", initials: "DK" },
    account: { handle: "@acme", owner: "brand" },
    platform: "instagram",
    sponsored: true,
    inReplyTo: "Your tent leaked all night and support never answered. Worst purchase ever.",
    date: now,
  };
  const names = Object.keys(INPUTS);
  // Load each rule's data before timing: the first check pays for it once per process.
  rule?.check({ ...fields, text: "warm up", index: 0, analysis: analyze("warm up") }, { options: {}, settings, report() {} });
  for (const input of names.slice(from)) {
    const text = INPUTS[input](size);
    try {
      let started = performance.now();
      const analysis = analyze(text);
      let ms = performance.now() - started;
      if (rule) {
        started = performance.now();
        rule.check({ ...fields, text, index: 0, analysis }, { options: {}, settings, report() {} });
        ms = performance.now() - started;
      }
      parentPort.postMessage({ input, ms });
    } catch (error) {
      parentPort.postMessage({ input, ms: Number.NaN, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
