// Date windows shared by trending-feed entries and crisis windows: `since`/`until`, either end
// open. "until: 2026-03-20" means through that whole day, as a person reading the feed expects.
import { toDate } from "./validate.js";

export interface DateWindow {
  since?: Date;
  until?: Date;
}

/** The window of an entry already validated against the schema; undefined when since > until. */
export function readWindow(entry: { since?: unknown; until?: unknown }): DateWindow | undefined {
  const since = entry.since === undefined ? undefined : toDate(entry.since);
  const parsedUntil = entry.until === undefined ? undefined : toDate(entry.until);
  const until = parsedUntil && isDateOnly(entry.until) ? endOfDay(parsedUntil) : parsedUntil;
  if (since && until && since > until) return undefined;
  return { since, until };
}

export function windowContains(window: DateWindow, moment: Date): boolean {
  const time = moment.getTime();
  return (!window.since || window.since.getTime() <= time) && (!window.until || time <= window.until.getTime());
}

// A plain YYYY-MM-DD string, or a YAML timestamp that parsed to midnight UTC.
function isDateOnly(value: unknown): boolean {
  if (value instanceof Date) return value.getTime() % 86_400_000 === 0;
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
}

function endOfDay(date: Date): Date {
  return new Date(date.getTime() + 86_400_000 - 1);
}
