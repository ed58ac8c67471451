// A .yaml/.yml batch: a list of posts, or a mapping with a `posts` list. A post is a string or
// a mapping with `text` and fields. Positions come from the YAML nodes, so a word in a plain or
// block scalar is placed at its exact line and column.
import type { Node } from "yaml";
import { yaml } from "../lazy.js";
import { PostlintError } from "../errors.js";
import { isPlainObject } from "../config/validate.js";
import { parseYaml, yamlValueOf } from "./parse.js";
import { alignedLocator, lineStarts } from "./position.js";
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
    const locate = range
      ? alignedLocator(fields.text, text, range[0], range[1], starts)
      : () => ({ line, column: 1 });
    yield { fields, locate };
  }
}
