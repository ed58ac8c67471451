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
    const locate = typeof textValue === "string" ? finder.locate(textValue, typeof item === "string" ? undefined : textKeyOf(item)) : undefined;
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

  /**
   * Finds the next literal of `value` now (texts come in order), as the value of `key` when the
   * post is an object (so an equal field written before it is not taken for the text); places
   * offsets on demand.
   */
  locate(value: string, key?: string): Locator {
    const from = this.cursor;
    const found = (key === undefined ? undefined : findValueOfKey(this.source, from, key, value)) ?? findLiteral(this.source, from, value);
    const at = found ? found[0] : -1;
    if (found) this.cursor = found[1];
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

/** [start, end) of the first `"key": "…"` at or after `from` whose string value is `value`. */
function findValueOfKey(source: string, from: number, key: string, value: string): [number, number] | undefined {
  const name = JSON.stringify(key);
  const encoded = JSON.stringify(value);
  for (let at = source.indexOf(name, from); at >= 0; at = source.indexOf(name, at + 1)) {
    let quote = skipSpace(source, at + name.length);
    if (source[quote] !== ":") continue;
    quote = skipSpace(source, quote + 1);
    if (source[quote] !== '"') continue;
    if (source.startsWith(encoded, quote)) return [quote, quote + encoded.length];
    const close = closingQuote(source, quote);
    if (close < 0) return undefined;
    if (decodesTo(source.slice(quote, close + 1), value)) return [quote, close + 1];
  }
  return undefined;
}

function skipSpace(source: string, at: number): number {
  while (at < source.length && " \t\n\r".includes(source[at])) at++;
  return at;
}

/** Index of the quote that closes the literal opening at `quote`; -1 when it never closes. */
function closingQuote(source: string, quote: number): number {
  let close = quote + 1;
  while (close < source.length && source[close] !== '"') close += source[close] === "\\" ? 2 : 1;
  return close < source.length ? close : -1;
}

/** The next literal whose value is `value`: as JSON.stringify writes it, or with other escapes. */
function findLiteral(source: string, from: number, value: string): [number, number] | undefined {
  const encoded = JSON.stringify(value);
  const at = source.indexOf(encoded, from);
  // Written with escapes JSON.stringify does not use (Python's "\u00e9", "\/"): decode literals.
  return at >= 0 ? [at, at + encoded.length] : findLiteralDecodingTo(source, from, value);
}

/**
 * [start, end) of the first JSON string literal at or after `from` whose value is `value`.
 * `from` lies outside any literal: the start, or the end of the last literal found.
 */
function findLiteralDecodingTo(source: string, from: number, value: string): [number, number] | undefined {
  for (let quote = source.indexOf('"', from); quote >= 0; quote = source.indexOf('"', quote)) {
    const close = closingQuote(source, quote);
    if (close < 0) return undefined;
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
