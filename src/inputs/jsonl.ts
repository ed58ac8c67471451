// A .jsonl/.ndjson batch: one post object per line, read as a stream so memory stays flat
// however long the file is. Bad lines are located by line number.
import { PostlintError } from "../errors.js";
import { isPlainObject } from "../config/validate.js";
import { decodeText } from "./decode.js";
import { EncodedTextFinder } from "./json.js";
import { parseJson } from "./parse.js";
import type { Locator } from "./position.js";
import { fieldsOfRecord, textKeyOf, type SourcePost } from "./source-post.js";

/** Longest line accepted: a post is never this long, a runaway file without newlines might be. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, file: string): AsyncIterable<SourcePost> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  let index = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, newline);
      const line = pending.length ? concat([...pending, piece], pendingBytes + piece.length) : piece;
      pending = [];
      pendingBytes = 0;
      start = newline + 1;
      lineNumber++;
      const post = parseLine(line, file, lineNumber, index);
      if (post) {
        index++;
        yield post;
      }
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) {
        throw new PostlintError(`line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB: is this really JSON Lines?`, { file, line: lineNumber + 1, column: 1 });
      }
    }
  }
  if (pendingBytes > 0) {
    const post = parseLine(concat(pending, pendingBytes), file, lineNumber + 1, index);
    if (post) yield post;
  }
}

function parseLine(bytes: Uint8Array, file: string, line: number, index: number): SourcePost | undefined {
  let text = decodeText(bytes, file, line);
  if (text.endsWith("\r")) text = text.slice(0, -1);
  if (text.trim() === "") return undefined;
  const value = parseJson(text, file, line - 1);
  const where = { file, line, path: `line ${line}:` };
  let fields;
  if (typeof value === "string") fields = { text: value };
  else if (isPlainObject(value)) fields = fieldsOfRecord(value, { ...where, path: "" });
  else throw new PostlintError(`post ${index + 1} must be a JSON object with "text" (or a string)`, { file, line, column: 1 });
  const key = typeof value === "string" ? undefined : textKeyOf(value);
  // Placed only when a rule reports something: most posts never need it.
  let locator: Locator | undefined;
  return { fields, locate: (offset) => (locator ??= new EncodedTextFinder(text, line - 1).locate(fields.text, key))(offset) };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
