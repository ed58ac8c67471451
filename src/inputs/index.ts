// Picks the reader for a file by its extension and guards what reaches it: only regular files,
// only text, not empty, not absurdly large.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { describeFileError, PostlintError } from "../errors.js";
import { readCsv } from "./csv.js";
import { decodeText } from "./decode.js";
import { readJson } from "./json.js";
import { readJsonl } from "./jsonl.js";
import { readMarkdown } from "./markdown.js";
import type { SourcePost } from "./source-post.js";
import { readTxt } from "./txt.js";
import { readYaml } from "./yaml.js";

export type { SourcePost } from "./source-post.js";

const READERS = {
  ".txt": readTxt,
  ".md": readMarkdown,
  ".markdown": readMarkdown,
  ".yaml": readYaml,
  ".yml": readYaml,
  ".json": readJson,
  ".csv": readCsv,
} as const;

const STREAMED = new Set([".jsonl", ".ndjson"]);

/** The extensions postlint reads; directories are searched for these. */
export const INPUT_EXTENSIONS: readonly string[] = [...Object.keys(READERS), ...STREAMED];

/** Whole-file formats are read into memory; past this size, JSON Lines is the answer. */
const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

export function isInputFile(path: string): boolean {
  return INPUT_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** Posts of a file on disk, in order. Throws a located PostlintError when it cannot be read. */
export async function* readPostsFromFile(file: string): AsyncIterable<SourcePost> {
  const extension = extname(file).toLowerCase();
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new PostlintError(`cannot read: ${describeFileError(error)}`, { file });
  }
  if (!info.isFile()) {
    throw new PostlintError(info.isDirectory() ? "is a directory" : "not a regular file (a FIFO, socket or device): postlint reads files only", { file });
  }
  if (info.size === 0) throw new PostlintError("empty file: there is no post to lint", { file, line: 1, column: 1 });
  if (STREAMED.has(extension)) {
    yield* readJsonl(createReadStream(file, { highWaterMark: 256 * 1024 }), file);
    return;
  }
  if (info.size > MAX_WHOLE_FILE_BYTES) {
    throw new PostlintError(`file is larger than ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB: split it, or use JSON Lines (.jsonl), which is streamed`, { file });
  }
  yield* readPostsFromBytes(await readWhole(file), file);
}

/** Posts of content already in memory (stdin, the API); the name's extension picks the format. */
export async function* readPostsFromBytes(bytes: Uint8Array, name: string): AsyncIterable<SourcePost> {
  const extension = extname(name).toLowerCase();
  if (STREAMED.has(extension)) {
    yield* readJsonl((async function* () { yield bytes; })(), name);
    return;
  }
  const text = decodeText(bytes, name);
  if (text.trim() === "") throw new PostlintError("empty file: there is no post to lint", { file: name, line: 1, column: 1 });
  const reader = READERS[extension as keyof typeof READERS] ?? readTxt;
  yield* reader(text, name);
}

async function readWhole(file: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, "r");
    return await handle.readFile();
  } catch (error) {
    throw new PostlintError(`cannot read: ${describeFileError(error)}`, { file });
  } finally {
    await handle?.close();
  }
}
