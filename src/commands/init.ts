// `postlint init`: writes a commented starter .postlintrc.yaml in the current folder. It asks
// nothing, so it behaves the same in a terminal, a script and CI; flags fill in the brand, the
// author kind and the platform, and everything else is there as a commented example.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { parseArguments, throughIO } from "../command-line.js";
import { getDefaultSearchPlaces } from "cosmiconfig";
import type { CliIO } from "../cli.js";
import { MODULE_NAME } from "../config/load.js";
import { BUILTIN_RULES } from "../rules.js";
import { AUTHOR_KINDS, PLATFORMS } from "../types.js";

export const CONFIG_FILE_NAME = ".postlintrc.yaml";

export interface InitAnswers {
  brand?: string;
  authorKind?: string;
  platform?: string;
}

export async function init(argv: string[], io: CliIO): Promise<number> {
  const program = new Command("postlint init")
    .description(`Write a commented starter ${CONFIG_FILE_NAME} in the current folder.`)
    .option("--brand <name>", "the brand the posts speak for, e.g. \"Acme Outdoors\"")
    .addOption(new Option("--author-kind <kind>", "who writes the posts").choices(AUTHOR_KINDS))
    .addOption(new Option("--platform <name>", "the platform posts go to when they name none").choices(PLATFORMS))
    .option("--force", "replace an existing config file");
  const ended = parseArguments(throughIO(program, io), argv);
  if (ended !== undefined) return ended;
  const options = program.opts<InitAnswers & { force?: boolean }>();

  const target = join(io.cwd, CONFIG_FILE_NAME);
  const existing = existingConfigs(io.cwd);
  if (existing.length > 0 && !options.force) {
    io.stderr(`postlint: ${existing[0]}: a postlint config already exists here; use --force to replace it with a new ${CONFIG_FILE_NAME}\n`);
    return 2;
  }
  try {
    writeFileSync(target, starterConfig(options));
  } catch (error) {
    io.stderr(`postlint: ${target}: cannot write the config: ${(error as Error).message}\n`);
    return 2;
  }
  const shadowing = existing.filter((file) => file !== target);
  io.stdout(`Wrote ${CONFIG_FILE_NAME}: review its settings, then run npx postlint <your posts>\n`);
  if (shadowing.length > 0) {
    io.stderr(`postlint: note: ${shadowing.join(", ")} also configures postlint here; remove it, or it may be read instead of ${CONFIG_FILE_NAME}\n`);
  }
  return 0;
}

/** Config files postlint would read in this folder (package.json only with a "postlint" key). */
function existingConfigs(directory: string): string[] {
  return getDefaultSearchPlaces(MODULE_NAME)
    .map((place) => join(directory, place))
    .filter((path) => existsSync(path) && (!path.endsWith("package.json") || hasPostlintKey(path)));
}

function hasPostlintKey(packageJson: string): boolean {
  try {
    return MODULE_NAME in (JSON.parse(readFileSync(packageJson, "utf8")) as object);
  } catch {
    return false;
  }
}

/** The starter file: given answers as settings, the rest as commented examples. */
export function starterConfig(answers: InitAnswers): string {
  // JSON strings are valid YAML double-quoted scalars: safe for any brand name.
  const quote = (value: string) => JSON.stringify(value);
  const rules = [...BUILTIN_RULES.values()].map(({ meta }) => `  ${meta.id}: ${meta.defaultSeverity}`.padEnd(30) + `# ${meta.description}`);
  // A given answer is a setting; without one, the same line with an example value, commented.
  const setting = (given: string | undefined, line: (value: string) => string, example: string) =>
    given !== undefined ? line(given) : `# ${line(example)}`;
  return [
    "# yaml-language-server: $schema=./node_modules/postlint/schema/postlintrc.schema.json",
    "# postlint configuration. `npx postlint rules` lists the rules; `npx postlint --print-config <file>`",
    "# shows what applies to a file. Paths in this file are relative to it.",
    "",
    "# postlint:recommended runs every rule at its default severity; postlint:strict makes all errors.",
    "extends: postlint:recommended",
    "",
    "# The brand the posts speak for. Its names and handles tell the brand's own voice from others';",
    "# topics keep on-topic hashtags from being read as trend-jacking.",
    answers.brand !== undefined ? "brand:" : "# brand:",
    setting(answers.brand, (name) => `  name: ${quote(name)}`, "Acme Outdoors"),
    "#   aliases: [Acme]",
    '#   handles: ["@acme"]',
    "#   topics: [hiking, camping, tents]",
    "#   voice: friendly                # formal | friendly | playful | empathetic",
    "",
    `# Who writes the posts: ${AUTHOR_KINDS.join(" | ")}.`,
    "# Posts by an agency, a freelancer or an influencer must say so (agency-voice).",
    answers.authorKind !== undefined ? "author:" : "# author:",
    setting(answers.authorKind, (kind) => `  kind: ${kind}`, "agency"),
    "#   organization: Brightside Media",
    "#   name: Dana Kim",
    '#   initials: DK                   # signs replies on shared accounts as "^DK"',
    "",
    "# The account posts go out from (owner: brand | personal | third-party).",
    '# account: { handle: "@acme", owner: brand }',
    "",
    `# Where posts go when they do not say: ${PLATFORMS.join(" | ")}.`,
    setting(answers.platform, (platform) => `platform: ${platform}`, "instagram"),
    "",
    "# Which disclosures count as clear: us (FTC guides) or uk (ASA/CMA guidance, stricter).",
    "disclosure:",
    "  jurisdiction: us",
    "",
    "# Trending-hashtag feeds (YAML or JSON lists of { tag, context, sensitive, since, until }).",
    "# trending: [trending.yaml]",
    "",
    "# Windows in which scheduled posts are held for review.",
    "# crisis:",
    "#   - { since: 2026-03-13, until: 2026-03-20, context: regional floods }",
    "",
    "# Custom rule modules (see the README's custom rules section).",
    '# plugins: ["./rules-local/no-competitor.js"]',
    "",
    "# Each rule: off | warn | error, or [severity, { options }].",
    "rules:",
    ...rules,
    "",
    "# Different settings for some files, by glob relative to this file.",
    "# overrides:",
    '#   - files: ["replies/**"]',
    "#     rules: { tone-mismatch: error }",
    "",
  ].join("\n");
}
