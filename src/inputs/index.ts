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

/** Limits on what postlint reads; --max-file-size and --max-post-length change them. */
export interface InputLimits {
  /** Largest file read whole into memory, in bytes (JSON Lines is streamed: no limit). */
  maxFileBytes?: number;
  /** Longest post, in UTF-16 code units (checked by the runner, whatever the format). */
  maxPostLength?: number;
}

/**
 * Whole-file formats are parsed in memory, at a cost of 15× (JSON) to 50× (YAML) their size
 * measured here: past this, JSON Lines (streamed) is the answer, or --max-file-size.
 */
export const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Far above any platform's limit (Facebook's 63,206 is the longest) yet small enough to lint at once. */
export const DEFAULT_MAX_POST_LENGTH = 100_000;

export function isInputFile(path: string): boolean {
  return INPUT_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** Posts of a file on disk, in order. Throws a located PostlintError when it cannot be read. */
export async function* readPostsFromFile(file: string, limits: InputLimits = {}): AsyncIterable<SourcePost> {
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
    try {
      yield* readJsonl(createReadStream(file, { highWaterMark: 256 * 1024 }), file);
    } catch (error) {
      // The stream opens after the stat: the file may have gone, or become unreadable, since.
      if (error instanceof PostlintError) throw error;
      throw new PostlintError(`cannot read: ${describeFileError(error)}`, { file });
    }
    return;
  }
  const maxBytes = limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (info.size > maxBytes) {
    throw new PostlintError(
      `file is ${megabytes(info.size)} MB, more than the ${megabytes(maxBytes)} MB read at once: raise --max-file-size, split it, or use JSON Lines (.jsonl), which is streamed`,
      { file },
    );
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

function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
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
