// Which crisis windows a post's date falls in, and how a window reads in a message.
import type { CrisisWindow } from "../../src/types.js";

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * The windows a post dated `date` falls in. A bound given as a date is a calendar day, and a post's
 * day is the one where it is posted: with `utcOffset` -420 (a date written "…T20:00:00-07:00"),
 * 8pm on 27 August is inside a window that ends on 27 August, though UTC is already on the 28th.
 * Without an offset the post's calendar is UTC's. A bound given as a date-time is an exact instant.
 */
export function windowsAt(windows: readonly CrisisWindow[], date: Date, utcOffset = 0): CrisisWindow[] {
  const time = date.getTime();
  const localDay = Math.floor((time + utcOffset * MINUTE) / DAY);
  return windows.filter((window) => {
    const since = window.since?.getTime();
    const until = window.until?.getTime();
    if (since !== undefined && (isDayStart(since) ? localDay < since / DAY : time < since)) return false;
    if (until !== undefined && (isDayEnd(until) ? localDay > (until + 1) / DAY - 1 : time > until)) return false;
    return true;
  });
}

/** "2026-03-13 to 2026-03-20", "from 2026-03-13", "until 2026-03-20 12:00 UTC". */
export function describeWindow(window: CrisisWindow): string {
  const since = window.since && moment(window.since, false);
  const until = window.until && moment(window.until, true);
  if (since && until) return since === until ? since : `${since} to ${until}`;
  return since ? `from ${since}, no end set` : `until ${until}`;
}

// The config reads a date-only `since` as midnight UTC and a date-only `until` as the last
// millisecond of that day (src/config/window.ts): a bound on those instants is a calendar date.
function isDayStart(time: number): boolean {
  return time % DAY === 0;
}

function isDayEnd(time: number): boolean {
  return (time + 1) % DAY === 0;
}

// A day-aligned bound reads as a date (an end of day is the date it closes); others as UTC time.
function moment(date: Date, isEnd: boolean): string {
  const time = date.getTime() + (isEnd ? 1 : 0);
  if (time % DAY === 0) return new Date(isEnd ? time - DAY : time).toISOString().slice(0, 10);
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
