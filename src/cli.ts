// Command line → run → report → exit code. Nothing else: the work happens in run.ts.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { parseArguments, throughIO } from "./command-line.js";
import { DEFAULT_CACHE_FILE } from "./cache.js";
import { applyBaseline, SUPPRESSIONS_FILE } from "./suppressions.js";
import { toSeverity, type CliOverrides } from "./config/resolve.js";
import { PostlintError } from "./errors.js";
import { Progress } from "./progress.js";
import { loadReporter, REPORTER_NAMES, REPORTERS_SHOWING_POSTS } from "./reporters/index.js";
import { JsonReportStream } from "./reporters/json-stream.js";
import { ConfigResolver, lintFiles, lintText, type RunOptions } from "./run.js";
import { printConfig } from "./print-config.js";
import { writeReport } from "./report-file.js";
import type { Concurrency } from "./parallel.js";
import { PLATFORMS, type LintResult, type Severity } from "./types.js";
import { VERSION } from "./version.js";

interface CliOptions {
  /** A path with -c, false with --no-config. */
  config?: string | false;
  format: string;
  outputFile?: string;
  platform?: string;
  rule?: Record<string, Severity>;
  trending?: string[];
  maxWarnings?: number;
  quiet?: boolean;
  stdinFilename?: string;
  color?: boolean;
  printConfig?: string;
  maxFileSize?: number;
  maxPostLength?: number;
  cache?: boolean;
  cacheLocation?: string;
  suppressAll?: boolean;
  concurrency?: Concurrency;
  pruneSuppressions?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** `postlint init` and `postlint rules`, loaded only when asked for. */
const SUBCOMMANDS = new Map<string, () => Promise<(argv: string[], io: CliIO) => Promise<number>>>([
  ["init", async () => (await import("./commands/init.js")).init],
  ["rules", async () => (await import("./commands/rules.js")).rules],
]);

/** Runs postlint with the given arguments and resolves to the exit code (0, 1 or 2). */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const subcommand = SUBCOMMANDS.get(argv[0]);
  if (subcommand) return (await subcommand())(argv.slice(1), io);
  const program = buildProgram(io);
  const ended = parseArguments(program, argv);
  if (ended !== undefined) return ended;
  const paths = program.args;
  const options = program.opts() as CliOptions;

  const cwd = io.cwd;
  const cli: CliOverrides = { platform: options.platform, rules: options.rule ?? {}, trending: (options.trending ?? []).map((path) => resolve(cwd, path)) };
  const runOptions: RunOptions = {
    cwd,
    cli,
    quiet: options.quiet,
    configFile: typeof options.config === "string" ? options.config : undefined,
    noConfig: options.config === false,
    keepPosts: REPORTERS_SHOWING_POSTS.has(options.format),
    limits: { maxFileBytes: options.maxFileSize, maxPostLength: options.maxPostLength },
    concurrency: options.concurrency,
    cacheLocation: options.cacheLocation ?? (options.cache ? DEFAULT_CACHE_FILE : undefined),
  };

  try {
    if (options.printConfig !== undefined) {
      io.stdout(await printConfig(resolve(cwd, options.printConfig), new ConfigResolver(runOptions)));
      return 0;
    }
    if (paths.length === 0) {
      io.stderr("postlint: no files given: postlint [options] <files, directories, globs or -> (see postlint --help)\n");
      return 2;
    }
    const progress = new Progress(io, Boolean(options.quiet));
    runOptions.onPost = () => progress.tick();
    const stream = streamsReport(options, runOptions, cwd) ? streamJsonReport(runOptions, io) : undefined;
    let results: LintResult[];
    try {
      results = await lintAll(paths, runOptions, options, io);
    } catch (error) {
      stream?.abort();
      throw error;
    } finally {
      progress.done();
    }
    if (stream) {
      stream.end();
      for (const line of new Set(results.flatMap((result) => (result.fatal ? [result.fatal] : [])))) io.stderr(`postlint: ${line}\n`);
      return exitCode(results, options.maxWarnings);
    }
    const diff = options.fix || options.fixDryRun ? await applyFixes(results, runOptions, options, io) : undefined;
    const suppressed = applyBaseline(results, cwd, { record: options.suppressAll, prune: options.pruneSuppressions });
    if (suppressed > 0) io.stderr(`postlint: ${suppressed} known problem${suppressed === 1 ? "" : "s"} suppressed by ${SUPPRESSIONS_FILE}\n`);

    const report = diff ?? (await loadReporter(options.format))(results, { color: useColor(options, io), cwd });
    if (options.outputFile) writeReport(resolve(cwd, options.outputFile), report, results);
    else io.stdout(report);
    for (const line of new Set(results.flatMap((result) => (result.fatal ? [result.fatal] : [])))) io.stderr(`postlint: ${line}\n`);
    return exitCode(results, options.maxWarnings);
  } catch (error) {
    if (error instanceof PostlintError) {
      io.stderr(`postlint: ${error.format()}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`postlint: unexpected error: ${message}\n`);
    return 2;
  }
}

async function lintAll(paths: string[], runOptions: RunOptions, options: CliOptions, io: CliIO): Promise<LintResult[]> {
  const files = paths.filter((path) => path !== "-");
  const results = files.length > 0 ? await lintFiles(files, runOptions) : [];
  if (paths.includes("-")) {
    const name = options.stdinFilename ?? "<stdin>.txt";
    const result = await lintText(await io.readStdin(), { ...runOptions, filePath: name });
    if (!options.stdinFilename) result.filePath = "<stdin>";
    runOptions.onFileDone?.(result);
    results.push(result);
  }
  return results;
}

/**
 * --fix rewrites the drafts and puts their new results in place; --fix-dry-run returns the diff
 * to print instead of the report. Loaded only when asked for.
 */
async function applyFixes(results: LintResult[], runOptions: RunOptions, options: CliOptions, io: CliIO): Promise<string | undefined> {
  const { fixFiles } = await import("./fix.js");
  const outcome = await fixFiles(results, runOptions, { dryRun: Boolean(options.fixDryRun) });
  for (const notice of outcome.notices) io.stderr(`postlint: ${notice}\n`);
  if (options.fixDryRun) return outcome.diff;
  results.splice(0, results.length, ...outcome.results);
  return undefined;
}

/**
 * A JSON report to stdout is written as the run goes (memory stays flat on big batches), unless
 * something needs every message first: fixes, a baseline, the cache.
 */
function streamsReport(options: CliOptions, runOptions: RunOptions, cwd: string): boolean {
  const plain = options.format === "json" && !options.outputFile && !options.fix && !options.fixDryRun;
  const baseline = options.suppressAll || options.pruneSuppressions || existsSync(resolve(cwd, SUPPRESSIONS_FILE));
  return plain && !baseline && runOptions.cacheLocation === undefined;
}

/** Wires a streamed JSON report into the run: each message out as found, each file as it ends. */
function streamJsonReport(runOptions: RunOptions, io: CliIO): { end(): void; abort(): void } {
  const stream = new JsonReportStream((chunk) => io.stdout(chunk));
  runOptions.onMessage = (message) => stream.message(message);
  runOptions.onFileDone = (result) => stream.fileDone(result);
  const cleanUp = () => stream.dispose();
  process.once("exit", cleanUp);
  return {
    end() {
      process.removeListener("exit", cleanUp);
      stream.end();
    },
    abort() {
      process.removeListener("exit", cleanUp);
      stream.dispose();
    },
  };
}

function exitCode(results: LintResult[], maxWarnings: number | undefined): number {
  if (results.some((result) => result.fatal)) return 2;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}

function buildProgram(io: CliIO): Command {
  const program = new Command("postlint")
    .description("Lint social-media posts before they are published: undisclosed agency voice, hashtag hijacking, profanity, tone.")
    .usage("[options] <files, directories, globs or - for stdin>")
    .version(VERSION, "-v, --version")
    .argument("[paths...]")
    .option("-c, --config <file>", "use this config file instead of searching")
    .option("--no-config", "ignore config files: the recommended rules only")
    .addOption(new Option("-f, --format <name>", "report format").choices(REPORTER_NAMES).default("stylish"))
    .option("-o, --output-file <file>", "write the report to a file instead of stdout")
    .addOption(new Option("--platform <name>", "default platform for posts that name none").choices(PLATFORMS))
    .option("--rule <id:severity>", "override one rule, e.g. --rule profanity:off (repeatable)", collectRule)
    .option("--trending <file>", "extra trending-hashtag feed, YAML or JSON (repeatable)", collect)
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseCount)
    .option("--quiet", "report errors only")
    .option("--stdin-filename <name>", "name (and so format) of the input read from stdin")
    .option("--color", "force colored output")
    .option("--no-color", "disable colored output")
    .option("--print-config <path>", "print the configuration that applies to a file, and exit")
    .option("--max-file-size <MB>", "largest file read whole, in megabytes (default 32; JSON Lines is streamed)", parseMegabytes)
    .option("--max-post-length <n>", "longest post linted, in characters (default 100000)", parseCount)
    .option("--concurrency <n>", "worker threads for many files: auto, off, or a number", parseConcurrency)
    .option("--suppress-all", `record every current problem in ${SUPPRESSIONS_FILE}; later runs report only new ones`)
    .option("--prune-suppressions", `drop entries of ${SUPPRESSIONS_FILE} that no longer occur`)
    .option("--fix", "apply the safe fixes rules offer to .txt and .md drafts, then report what is left")
    .option("--fix-dry-run", "print the safe fixes as a unified diff instead of the report; change nothing")
    .option("--cache", "skip files whose content and resolved config are unchanged since the last run")
    .option("--cache-location <path>", `where the cache is kept (a file, or a folder for ${DEFAULT_CACHE_FILE}); implies --cache`)
    .addHelpText("after", "\nCommands:\n  postlint init    write a commented starter .postlintrc.yaml (see postlint init --help)\n  postlint rules   list the rules: id, default severity, description, docs (--format json)\n");
  return throughIO(program, io);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function collectRule(value: string, previous: Record<string, Severity> = {}): Record<string, Severity> {
  const cut = value.lastIndexOf(":");
  const severity = cut > 0 ? toSeverity(value.slice(cut + 1).trim()) : undefined;
  if (!severity) throw new InvalidArgumentError(`expected <rule-id>:<off|warn|error>, got "${value}"`);
  return { ...previous, [value.slice(0, cut).trim()]: severity };
}

function parseConcurrency(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  if (/^\d+$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  throw new InvalidArgumentError(`expected auto, off or a number of threads, got "${value}"`);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return Number(value);
}

function parseMegabytes(value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || Number(value) <= 0) throw new InvalidArgumentError(`expected a size in megabytes, got "${value}"`);
  return Math.round(Number(value) * 1024 * 1024);
}

function useColor(options: CliOptions, io: CliIO): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return !options.outputFile && io.stdoutIsTTY;
}

/** What the CLI touches of the outside world; tests pass their own. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

function processIO(): CliIO {
  // A reader that closes the pipe early (`postlint big.jsonl | head -1`) is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  // Ctrl-C: erase a progress line and stop with the conventional 128 + SIGINT. The report is
  // written in one synchronous step, so no half-written -o file can be left behind.
  process.once("SIGINT", () => {
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
    process.exit(130);
  });
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
