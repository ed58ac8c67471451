// What every reader yields: a post's fields and a way to place its text in the source file.
import { PostlintError, type Location } from "../errors.js";
import type { PostFields } from "../types.js";
import { TEXT_FIELDS, toPostFields } from "./fields.js";
import type { Locator } from "./position.js";

export interface SourcePost {
  fields: PostFields;
  locate: Locator;
}

/** The text field of a post object: `text`, or the first of message, content, post, body, caption. */
export function textKeyOf(record: Record<string, unknown>): string | undefined {
  const keys = Object.keys(record);
  for (const wanted of TEXT_FIELDS) {
    const key = keys.find((candidate) => candidate.toLowerCase() === wanted);
    if (key !== undefined) return key;
  }
  return undefined;
}

/** A post object's fields, or a located error when it has no usable text. */
export function fieldsOfRecord(record: Record<string, unknown>, where: Location & { path: string }): PostFields {
  const key = textKeyOf(record);
  const { path, ...location } = where;
  if (key === undefined) {
    throw new PostlintError(`${path || "post"} has no text: give it a "text" field (or message, content, post, body, caption)`, location);
  }
  const text = record[key];
  if (typeof text !== "string") {
    throw new PostlintError(`${path}${path ? "." : ""}${key} must be a string`, location);
  }
  const { [key]: _text, ...rest } = record;
  return toPostFields(rest, text, where);
}
