// How every postlint command (the linter, init, rules) uses commander: output through the CLI's
// io, errors prefixed with the command's name, and parsing that returns an exit code instead of
// exiting the process.
import { CommanderError, type Command } from "commander";
import type { CliIO } from "./cli.js";

export function throughIO(program: Command, io: CliIO): Command {
  return program.exitOverride().configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
    outputError: (text, write) => write(`${program.name()}: ${text.replace(/^error: /, "")}`),
  });
}

/** Parses the arguments; when parsing ends the run (--help, --version, bad usage), its exit code. */
export function parseArguments(program: Command, argv: string[]): number | undefined {
  try {
    program.parse(argv, { from: "user" });
    return undefined;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
