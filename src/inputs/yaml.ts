// A .yaml/.yml batch: a list of posts, or a mapping with a `posts` list. A post is a string or
// a mapping with `text` and fields. Positions come from the YAML nodes, so a word in a plain or
// block scalar is placed at its exact line and column.
import type { Node } from "yaml";
import { yaml } from "../lazy.js";
import { PostlintError } from "../errors.js";
import { isPlainObject } from "../config/validate.js";
import { parseYaml, yamlValueOf } from "./parse.js";
import { alignedLocator, lineStarts, type EscapeReader } from "./position.js";
import { fieldsOfRecord, textKeyOf, type SourcePost } from "./source-post.js";

export function* readYaml(text: string, file: string): Iterable<SourcePost> {
  const { isMap, isScalar, isSeq } = yaml();
  const parsed = parseYaml(text, file);
  const { document, lineCounter } = parsed;
  const value = yamlValueOf(parsed, file);
  let listNode: Node | null | undefined = document.contents;
  let list: unknown = value;
  let path = "";
  if (isPlainObject(value)) {
    if (!Array.isArray(value.posts)) {
      throw new PostlintError('expected a list of posts, or a mapping with a "posts" list', { file, line: 1, column: 1 });
    }
    listNode = isMap(listNode) ? (listNode.get("posts", true) as Node | undefined) : undefined;
    list = value.posts;
    path = "posts";
  }
  if (value === null || value === undefined) return; // an empty file holds no posts
  if (!Array.isArray(list)) {
    throw new PostlintError('expected a list of posts, or a mapping with a "posts" list', { file, line: 1, column: 1 });
  }
  const starts = lineStarts(text);
  const itemNodes = isSeq(listNode) ? listNode.items : [];
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const node = itemNodes[index] as Node | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    const where = { file, line, path: `${path}[${index}]` };
    let textNode: Node | undefined;
    let fields;
    if (typeof item === "string") {
      textNode = node;
      fields = { text: item };
    } else if (isPlainObject(item)) {
      fields = fieldsOfRecord(item, where);
      const key = textKeyOf(item);
      textNode = isMap(node) && key !== undefined ? (node.get(key, true) as Node | undefined) : undefined;
    } else {
      throw new PostlintError(`${where.path} must be a string or a mapping with "text"`, { file, line });
    }
    const range = isScalar(textNode) ? textNode.range : undefined;
    const escapes = isScalar(textNode) && textNode.type === "QUOTE_DOUBLE" ? readDoubleQuotedEscape : undefined;
    const locate = range
      ? alignedLocator(fields.text, text, range[0], range[1], starts, escapes)
      : () => ({ line, column: 1 });
    yield { fields, locate };
  }
}

// YAML 1.2 double-quoted escapes (spec §5.7), so words after "\t" or "\u00e9" are placed exactly.
const SINGLE_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

const readDoubleQuotedEscape: EscapeReader = (source, at) => {
  const kind = source[at + 1];
  if (kind in SINGLE_ESCAPES) return [SINGLE_ESCAPES[kind], 2];
  if (kind === "\n") return ["", 2]; // an escaped line break stands for nothing
  if (kind === "\r") return ["", source[at + 2] === "\n" ? 3 : 2];
  const digits = HEX_DIGITS[kind];
  const code = digits ? Number.parseInt(source.slice(at + 2, at + 2 + digits), 16) : Number.NaN;
  return Number.isInteger(code) && code <= 0x10ffff ? [String.fromCodePoint(code), 2 + digits] : undefined;
};
