// A .md file is one post; YAML front matter between "---" lines holds its fields.
import { PostlintError } from "../errors.js";
import { isPlainObject } from "../config/validate.js";
import { toPostFields } from "./fields.js";
import { parseYamlValue } from "./parse.js";
import { lineStarts, verbatimLocator } from "./position.js";
import type { SourcePost } from "./source-post.js";

const FRONT_MATTER_RE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function* readMarkdown(text: string, file: string): Iterable<SourcePost> {
  const match = FRONT_MATTER_RE.exec(text);
  if (!match) {
    yield { fields: { text }, locate: verbatimLocator(text, 0) };
    return;
  }
  const frontMatter = match[1] ?? "";
  // Parse the front matter in place so YAML errors carry the file's own line numbers.
  const offsetLines = "\n".repeat(1);
  const raw = frontMatter.trim() === "" ? {} : parseYamlValue(offsetLines + frontMatter, file);
  if (!isPlainObject(raw)) {
    throw new PostlintError("front matter must be a YAML mapping of post fields", { file, line: 2, column: 1 });
  }
  const bodyStart = match[0].length;
  const body = text.slice(bodyStart);
  const fields = toPostFields(raw, body, { file, line: 2, path: "front matter" });
  yield { fields, locate: verbatimLocator(text, bodyStart, lineStarts(text)) };
}
