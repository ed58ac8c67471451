// `postlint rules`: every rule postlint can run here (the built-in ones, and the custom rules
// the config in this folder turns on), with its default severity, description and docs;
// `--format json` for scripts.
import { join } from "node:path";
import { Command, Option } from "commander";
import { parseArguments, throughIO } from "../command-line.js";
import type { CliIO } from "../cli.js";
import { PostlintError } from "../errors.js";
import { docsUrl } from "../reporters/rule-docs.js";
import { BUILTIN_RULES } from "../rules.js";
import { ConfigResolver } from "../run.js";
import type { Rule } from "../types.js";

export interface RuleListing {
  id: string;
  defaultSeverity: string;
  description: string;
  /** The rule's README, relative to the package (built-in rules) or as the plugin gives it. */
  docs: string | null;
  /** The docs as an absolute URL, for links. */
  docsUrl: string | null;
  /** Option names with their types and descriptions. */
  options: Record<string, { type: string; description?: string }>;
  builtin: boolean;
}

export async function rules(argv: string[], io: CliIO): Promise<number> {
  const program = new Command("postlint rules")
    .description("List the rules: id, default severity, description and docs.")
    .addOption(new Option("-f, --format <name>", "output format").choices(["table", "json"]).default("table"))
    .option("-c, --config <file>", "also list the custom rules this config turns on (default: the config for this folder)")
    .option("--no-config", "list the built-in rules only");
  const ended = parseArguments(throughIO(program, io), argv);
  if (ended !== undefined) return ended;
  const options = program.opts<{ format: "table" | "json"; config: string | false }>();

  let custom: Rule[] = [];
  if (options.config !== false) {
    try {
      const configFile = typeof options.config === "string" ? options.config : undefined;
      const config = await new ConfigResolver({ cwd: io.cwd, configFile }).forFile(join(io.cwd, "post.txt"));
      custom = config.enabled.map((entry) => entry.rule).filter((rule) => BUILTIN_RULES.get(rule.meta.id) !== rule);
    } catch (error) {
      if (!(error instanceof PostlintError)) throw error;
      io.stderr(`postlint: ${error.format()}\n`);
      return 2;
    }
  }
  const listing = [...[...BUILTIN_RULES.values()].map((rule) => describeRule(rule, true)), ...custom.map((rule) => describeRule(rule, false))];
  io.stdout(options.format === "json" ? `${JSON.stringify(listing, null, 2)}\n` : table(listing));
  return 0;
}

export function describeRule(rule: Rule, builtin: boolean): RuleListing {
  const { meta } = rule;
  return {
    id: meta.id,
    defaultSeverity: meta.defaultSeverity,
    description: meta.description,
    docs: meta.docs ?? null,
    docsUrl: meta.docs && builtin ? docsUrl(meta.docs) : null,
    options: Object.fromEntries(
      Object.entries(meta.options ?? {}).map(([name, option]) => [name, { type: "anyOf" in option ? option.anyOf.map((choice) => ("type" in choice ? choice.type : "any")).join(" | ") : option.type, ...(option.description ? { description: option.description } : {}) }]),
    ),
    builtin,
  };
}

function table(listing: RuleListing[]): string {
  const rows = [["rule", "default", "description", "docs"], ...listing.map((rule) => [rule.id, rule.defaultSeverity, rule.description, rule.docs ?? "-"])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return `${rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join("  ")).join("\n")}\n`;
}
