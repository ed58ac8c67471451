import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import rule, { validateVoice, voicePresetNames } from "../../rules/tone-mismatch/index.js";
import { scoreSentiment } from "../../rules/tone-mismatch/sentiment.js";
import { runRule } from "../../src/engine.js";
import { analyze } from "../../src/text/analysis.js";
import type { CrisisWindow, PostFields, RuleSettings } from "../../src/types.js";

const FIXTURES = new URL("../../fixtures/tone-mismatch/", import.meta.url);

interface Case extends Omit<PostFields, "date"> {
  date?: string | Date;
  expect: string[];
  settings?: { crisis?: Array<{ since?: string | Date; until?: string | Date; context?: string }> };
}

interface LoadedCase {
  file: string;
  fields: PostFields;
  settings: Partial<RuleSettings>;
  expected: string[];
}

function loadCases(): LoadedCase[] {
  const cases: LoadedCase[] = [];
  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith(".yaml")).sort()) {
    const data = parse(readFileSync(new URL(file, FIXTURES), "utf8")) as { defaults?: Partial<PostFields>; cases: Case[] };
    for (const { expect: expected, settings, date, ...fields } of data.cases) {
      const post = { ...data.defaults, ...fields } as PostFields;
      if (date !== undefined) post.date = new Date(date);
      const crisis: CrisisWindow[] = (settings?.crisis ?? []).map((window) => ({
        context: window.context,
        since: window.since === undefined ? undefined : new Date(window.since),
        until: window.until === undefined ? undefined : new Date(window.until),
      }));
      cases.push({ file, fields: post, settings: { crisis }, expected });
    }
  }
  return cases;
}

/** The family a messageId belongs to: precision and recall are measured per family and overall. */
function family(messageId: string): string {
  if (messageId.startsWith("moment")) return "moment";
  if (messageId.startsWith("reply")) return "reply";
  if (messageId.startsWith("voice")) return "voice";
  if (["insult", "contempt", "generalization"].includes(messageId)) return "hostility";
  if (messageId === "personalSlip") return "slip";
  return messageId;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

describe("tone-mismatch dev set", () => {
  const cases = loadCases();
  const tallies = new Map<string, Tally>();
  const misses: string[] = [];
  const tally = (name: string) => {
    let entry = tallies.get(name);
    if (!entry) tallies.set(name, (entry = { tp: 0, fp: 0, fn: 0 }));
    return entry;
  };
  for (const { file, fields, settings, expected } of cases) {
    const actual = new Set(runRule(rule, fields, { settings }).map((violation) => violation.messageId));
    const wanted = new Set(expected);
    for (const id of new Set([...actual, ...wanted])) {
      const outcome = actual.has(id) && wanted.has(id) ? "tp" : actual.has(id) ? "fp" : "fn";
      tally(family(id))[outcome]++;
      tally("overall")[outcome]++;
      if (outcome !== "tp") misses.push(`${file} ${outcome} ${id}: ${fields.text}`);
    }
  }
  const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
  const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

  if (process.env.TONE_MISMATCH_MISSES) console.log(misses.join("\n"));

  it("holds at least 150 labeled posts, clean and flagged", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(60);
  });

  for (const name of ["overall", "moment", "hostility", "sarcasm", "reply", "slip", "voice"]) {
    it(`reaches precision and recall of 0.90 for ${name}`, () => {
      const t = tallies.get(name) ?? { tp: 0, fp: 0, fn: 0 };
      const summary = `${name}: precision ${precision(t).toFixed(3)}, recall ${recall(t).toFixed(3)} (${JSON.stringify(t)})\n${misses.join("\n")}`;
      expect(t.tp, summary).toBeGreaterThan(0);
      expect(precision(t), summary).toBeGreaterThanOrEqual(0.9);
      expect(recall(t), summary).toBeGreaterThanOrEqual(0.9);
    });
  }
});
