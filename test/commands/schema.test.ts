// The config JSON Schema is generated from the validator's schema and the rules' options: the
// shipped copy must be current, valid draft-07, and agree with the validator on real configs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/json-schema.js";
import { BUILTIN_RULES, loadConfig } from "../../src/index.js";
import { fixture, ROOT } from "../helpers.js";

const SCHEMA_PATH = "schema/postlintrc.schema.json";
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

describe("schema/postlintrc.schema.json", () => {
  it("is what the generator makes from the current sources (the build writes it)", () => {
    expect(readFileSync(join(ROOT, SCHEMA_PATH), "utf8")).toBe(generated);
  });

  it("is committed as generated (run `npm run build` and commit schema/ after changing rule options)", () => {
    const committed = spawnSync("git", ["show", `HEAD:${SCHEMA_PATH}`], { cwd: ROOT, encoding: "utf8" });
    if (committed.status !== 0 && /not a git repository/.test(committed.stderr)) return; // an unpacked tarball
    expect(committed.stdout).toBe(generated);
  });

  it("is a valid draft-07 schema that names every built-in rule with its options", () => {
    const schema = JSON.parse(generated);
    expect(new Ajv({ strict: false }).validateSchema(schema)).toBe(true);
    const rules = schema.properties.rules.properties;
    expect(Object.keys(rules)).toEqual([...BUILTIN_RULES.keys()]);
    expect(Object.keys(rules)).toEqual(expect.arrayContaining(["agency-voice", "hashtag-hijack", "profanity", "tone-mismatch"]));
    expect(rules["hashtag-hijack"].anyOf[1].items[1].properties.allow).toMatchObject({ type: "array", items: { type: "string" } });
    expect(schema.properties.overrides.items.properties.rules).toEqual(schema.properties.rules);
  });
});

describe("the JSON Schema and the validator agree", () => {
  const validateWithSchema = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(generated));
  async function validatorAccepts(yamlText: string): Promise<boolean> {
    // A folder per config: the loader caches by path.
    const file = join(mkdtempSync(join(tmpdir(), "postlint-schema-")), ".postlintrc.yaml");
    writeFileSync(file, yamlText);
    try {
      await loadConfig(file);
      return true;
    } catch {
      return false;
    }
  }

  const cases: Array<[string, string]> = [
    ["the Acme fixture config", readFileSync(fixture("configs/acme/.postlintrc.yaml"), "utf8").replace("../../trending/feed.yaml", fixture("trending/feed.yaml"))],
    ["rule options of the right types", "rules:\n  hashtag-hijack: [warn, { allow: [AcmeTrail], ambiguity: false }]\n  agency-voice: [error, { hashtagRun: 4 }]\n"],
    ["crisis windows and disclosure", "crisis:\n  - { since: 2026-03-13, until: 2026-03-20, context: floods }\ndisclosure: { jurisdiction: uk }\n"],
    ["an unknown top-level key", "brnad: { name: Acme }\n"],
    ["an unknown brand key", readFileSync(fixture("configs/unknown-key/.postlintrc.yaml"), "utf8")],
    ["a platform that does not exist", "platform: myspace\n"],
    ["an option of the wrong type", readFileSync(fixture("configs/bad-type/.postlintrc.yaml"), "utf8")],
    ["an unknown option", "rules:\n  hashtag-hijack: [error, { allowed: [x] }]\n"],
    ["a severity that is not one", "rules:\n  profanity: loud\n"],
    ["an author kind that does not exist", "author: { kind: intern }\n"],
    ["a list where an object belongs", "brand: [Acme]\n"],
  ];

  it.each(cases)("%s", async (_name, yamlText) => {
    const schemaAccepts = validateWithSchema(parse(yamlText));
    expect(schemaAccepts).toBe(await validatorAccepts(yamlText));
  });

  it("accepts what the validator accepts and rejects what it rejects, on both sides of the cases above", async () => {
    const verdicts = await Promise.all(cases.map(([, text]) => validatorAccepts(text)));
    expect(verdicts.filter(Boolean).length).toBe(3);
  });
});
