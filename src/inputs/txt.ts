// A .txt file is one post: the whole file.
import { verbatimLocator } from "./position.js";
import type { SourcePost } from "./source-post.js";

export function* readTxt(text: string): Iterable<SourcePost> {
  yield { fields: { text }, locate: verbatimLocator(text, 0) };
}
