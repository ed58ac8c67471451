// A .json batch: a list of posts, or an object with a `posts` list. JSON.parse gives no
// positions, so each post's text is found in the source as the string it was encoded as.
import { PostlintError } from "../errors.js";
import { isPlainObject } from "../config/validate.js";
import { parseJson } from "./parse.js";
import { lineColumnFromStarts, lineStarts, type Locator } from "./position.js";
import { fieldsOfRecord, textKeyOf, type SourcePost } from "./source-post.js";

export function* readJson(text: string, file: string): Iterable<SourcePost> {
  const value = parseJson(text, file);
  const list = isPlainObject(value) && Array.isArray(value.posts) ? value.posts : value;
  if (!Array.isArray(list)) {
    throw new PostlintError('expected a list of posts, or an object with a "posts" list', { file, line: 1, column: 1 });
  }
  const path = list === value ? "" : "posts";
  const finder = new EncodedTextFinder(text);
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const textValue = typeof item === "string" ? item : isPlainObject(item) ? item[textKeyOf(item) ?? "text"] : undefined;
    const locate = typeof textValue === "string" ? finder.locate(textValue) : undefined;
    const where = { file, line: locate?.(0).line, path: `${path}[${index}]` };
    let fields;
    if (typeof item === "string") fields = { text: item };
    else if (isPlainObject(item)) fields = fieldsOfRecord(item, where);
    else throw new PostlintError(`${where.path} must be a string or an object with "text"`, { file, ...finder.here() });
    yield { fields, locate: locate ?? (() => ({ line: 1, column: 1 })) };
  }
}

/** Finds JSON-encoded strings in a source, left to right, and places offsets in them. */
export class EncodedTextFinder {
  private cursor = 0;
  private starts: number[] | undefined;

  constructor(
    private readonly source: string,
    private readonly lineOffset = 0,
  ) {}

  /** Where the search stands: just after the last text found (the nearest place known). */
  here(): { line: number; column: number } {
    this.starts ??= lineStarts(this.source);
    const place = lineColumnFromStarts(this.starts, this.cursor);
    return { line: place.line + this.lineOffset, column: place.column };
  }

  /** Finds the next encoding of `value` now (texts come in order); places offsets on demand. */
  locate(value: string): Locator {
    const encoded = JSON.stringify(value);
    let at = this.source.indexOf(encoded, this.cursor);
    const from = this.cursor;
    if (at >= 0) this.cursor = at + encoded.length;
    else {
      // Written with escapes JSON.stringify does not use (Python's "\u00e9", "\/"): the next
      // string literal that decodes to the value.
      const literal = findLiteralDecodingTo(this.source, from, value);
      if (literal) [at, this.cursor] = literal;
    }
    const source = this.source;
    const lineOffset = this.lineOffset;
    let map: Int32Array | undefined;
    return (offset) => {
      this.starts ??= lineStarts(source);
      if (at < 0) {
        // Not found (cannot happen for a value parsed from this source): the line it follows.
        const fallback = lineColumnFromStarts(this.starts, from);
        return { line: fallback.line + lineOffset, column: fallback.column };
      }
      map ??= mapStringLiteral(source, at, value.length);
      const place = lineColumnFromStarts(this.starts, map[Math.min(Math.max(offset, 0), value.length)]);
      return { line: place.line + lineOffset, column: place.column };
    };
  }
}

/**
 * [start, end) of the first JSON string literal at or after `from` whose value is `value`.
 * `from` lies outside any literal: the start, or the end of the last literal found.
 */
function findLiteralDecodingTo(source: string, from: number, value: string): [number, number] | undefined {
  for (let quote = source.indexOf('"', from); quote >= 0; quote = source.indexOf('"', quote)) {
    let close = quote + 1;
    while (close < source.length && source[close] !== '"') close += source[close] === "\\" ? 2 : 1;
    if (close >= source.length) return undefined;
    // Escapes only lengthen a literal, so a shorter one cannot hold the value.
    if (close - quote - 1 >= value.length && decodesTo(source.slice(quote, close + 1), value)) return [quote, close + 1];
    quote = close + 1;
  }
  return undefined;
}

function decodesTo(literal: string, value: string): boolean {
  try {
    return JSON.parse(literal) === value;
  } catch {
    return false; // not a literal after all: the cursor was not where we thought
  }
}

/** Source offset of each decoded UTF-16 unit of the JSON string literal that opens at `quote`. */
function mapStringLiteral(source: string, quote: number, length: number): Int32Array {
  const map = new Int32Array(length + 1);
  let at = quote + 1;
  for (let index = 0; index < length; index++) {
    map[index] = at;
    if (source[at] !== "\\") at += 1;
    else at += source[at + 1] === "u" ? 6 : 2;
  }
  map[length] = at;
  return map;
}
