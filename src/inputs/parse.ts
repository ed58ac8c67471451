// YAML and JSON parsing with located errors, shared by the input readers, the config
// loader and the trending feeds.
import type { Document, LineCounter } from "yaml";
import { PostlintError } from "../errors.js";
import { yaml } from "../lazy.js";
import { lineColumnAt } from "./position.js";

export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Parses YAML; a syntax error, a duplicate key or an alias bomb throws a located PostlintError. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const { LineCounter: Counter, parseDocument } = yaml();
  const lineCounter = new Counter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const error = document.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    throw new PostlintError(`invalid YAML: ${reasonOf(error.message)}`, { file, line: at.line, column: at.col });
  }
  return { document, lineCounter };
}

/** The plain value of a YAML text (aliases resolved, with a cap against "billion laughs"). */
export function parseYamlValue(text: string, file: string): unknown {
  return yamlValueOf(parseYaml(text, file), file);
}

/** The plain value of a parsed YAML document, with the same cap. */
export function yamlValueOf({ document, lineCounter }: ParsedYaml, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const at = lineCounter.linePos(0);
    throw new PostlintError(`invalid YAML: ${reasonOf((error as Error).message)}`, { file, line: at.line, column: at.col });
  }
}

/** Parses JSON; a syntax error says where, as line:column. */
export function parseJson(text: string, file: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = position ? lineColumnAt(text, Number(position[1])) : { line: 1, column: 1 };
    const reason = error instanceof RangeError ? "nested too deeply" : firstLine(message.replace(/ in JSON at position \d+.*$/s, ""));
    throw new PostlintError(`invalid JSON: ${reason}`, { file, line: at.line + lineOffset, column: at.column });
  }
}

/** The parser's words, except where they describe the parser rather than the file. */
function reasonOf(message: string): string {
  if (/call stack/i.test(message)) return "nested too deeply";
  if (/excessive alias count/i.test(message)) return 'too many aliases: the document would expand without bound (a "billion laughs")';
  return firstLine(message);
}

function firstLine(message: string): string {
  return message.split("\n")[0].replace(/\s+at line \d+, column \d+:?$/, "");
}
