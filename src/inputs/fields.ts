// Checks a post's fields as read from a file and gives them their types: dates become Dates,
// "yes"/"true" become booleans where a boolean is meant, unknown extra fields are kept aside.
import { PostlintError, type Location } from "../errors.js";
import { ACCOUNT_OWNERS, AUTHOR_KINDS, PLATFORMS, type PostFields } from "../types.js";
import { isPlainObject, toDate } from "../config/validate.js";

/** The text column names a batch may use, in order of preference (SPEC §3). */
export const TEXT_FIELDS = ["text", "message", "content", "post", "body", "caption"];

export function toPostFields(raw: Record<string, unknown>, text: string, where: Location & { path: string }): PostFields {
  const fail = (key: string, message: string) => {
    const { path, ...location } = where;
    return new PostlintError(`${path}${path ? "." : ""}${key} ${message}`, location);
  };
  const fields: PostFields = { text };
  const str = (key: string, value: unknown): string | undefined => {
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value === "string") return value;
    if (typeof value === "number") return String(value);
    throw fail(key, "must be a string");
  };
  const oneOf = <T extends string>(key: string, value: unknown, allowed: readonly T[]): T | undefined => {
    const chosen = str(key, value)?.toLowerCase();
    if (chosen === undefined) return undefined;
    if (!allowed.includes(chosen as T)) throw fail(key, `must be one of ${allowed.join(", ")} (got "${chosen}")`);
    return chosen as T;
  };
  const object = (key: string, value: unknown): Record<string, unknown> | undefined => {
    if (value === undefined || value === null) return undefined;
    if (!isPlainObject(value)) throw fail(key, "must be an object");
    return value;
  };

  const id = str("id", raw.id);
  if (id !== undefined) fields.id = id;
  const platform = oneOf("platform", raw.platform, PLATFORMS);
  if (platform) fields.platform = platform;
  if (raw.date !== undefined && raw.date !== null && raw.date !== "") {
    const date = toDate(raw.date);
    if (!date) throw fail("date", `must be a date such as 2026-03-14 or 2026-03-14T09:30:00Z (got ${JSON.stringify(raw.date)})`);
    fields.date = date;
    const offset = writtenOffset(raw.date);
    if (offset !== undefined) fields.dateOffset = offset;
  }
  const sponsored = toBoolean(raw.sponsored);
  if (sponsored === null) throw fail("sponsored", "must be true or false");
  if (sponsored !== undefined) fields.sponsored = sponsored;
  const inReplyTo = str("inReplyTo", raw.inReplyTo);
  if (inReplyTo !== undefined) fields.inReplyTo = inReplyTo;

  const account = object("account", raw.account);
  if (account) {
    fields.account = { handle: str("account.handle", account.handle), owner: oneOf("account.owner", account.owner, ACCOUNT_OWNERS) };
  }
  const author = object("author", raw.author);
  if (author) {
    fields.author = {
      kind: oneOf("author.kind", author.kind, AUTHOR_KINDS),
      name: str("author.name", author.name),
      organization: str("author.organization", author.organization),
      initials: str("author.initials", author.initials),
    };
  }
  const brand = object("brand", raw.brand);
  if (brand) {
    const list = (key: string, value: unknown) => {
      if (value === undefined || value === null) return undefined;
      const items = Array.isArray(value) ? value : [value];
      return items.map((item) => str(key, item)).filter((item): item is string => item !== undefined);
    };
    fields.brand = {
      name: str("brand.name", brand.name),
      aliases: list("brand.aliases", brand.aliases),
      handles: list("brand.handles", brand.handles),
      topics: list("brand.topics", brand.topics),
      voice: isPlainObject(brand.voice) ? brand.voice : str("brand.voice", brand.voice),
    };
  }
  const postlint = object("postlint", raw.postlint);
  if (postlint?.disable !== undefined) {
    const disable = Array.isArray(postlint.disable) ? postlint.disable : [postlint.disable];
    fields.postlint = { disable: disable.map((rule) => str("postlint.disable", rule) ?? "") };
  }
  return fields;
}

/** true/false, "yes"/"no", 1/0; undefined when absent; null when it is something else. */
function toBoolean(value: unknown): boolean | undefined | null {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "boolean") return value;
  const word = String(value).trim().toLowerCase();
  if (["true", "yes", "y", "1"].includes(word)) return true;
  if (["false", "no", "n", "0"].includes(word)) return false;
  return null;
}

/** CSV columns such as "author.kind" become nested fields. */
export function nestDottedKeys(record: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const parts = key.split(".");
    let target = nested;
    for (const part of parts.slice(0, -1)) {
      if (!isPlainObject(target[part])) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    target[parts[parts.length - 1]] = value;
  }
  return nested;
}

const OFFSET_RE = /T[\d:.]+([+-])(\d\d):?(\d\d)$/;

/**
 * The UTC offset a date-time was written with, in minutes: a post scheduled for "8pm Pacific"
 * falls on that calendar day where it is posted, whatever day it is in UTC (crisis windows).
 */
function writtenOffset(date: unknown): number | undefined {
  const match = typeof date === "string" ? OFFSET_RE.exec(date.trim()) : null;
  if (!match) return undefined;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
