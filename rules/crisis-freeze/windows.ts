// Which crisis windows a post's date falls in, and how a window reads in a message.
import { windowContains } from "../../src/config/window.js";
import type { CrisisWindow } from "../../src/types.js";

const DAY = 86_400_000;

export function windowsAt(windows: readonly CrisisWindow[], date: Date): CrisisWindow[] {
  return windows.filter((window) => windowContains(window, date));
}

/** "2026-03-13 to 2026-03-20", "from 2026-03-13", "until 2026-03-20 12:00 UTC". */
export function describeWindow(window: CrisisWindow): string {
  const since = window.since && moment(window.since, false);
  const until = window.until && moment(window.until, true);
  if (since && until) return since === until ? since : `${since} to ${until}`;
  return since ? `from ${since}, no end set` : `until ${until}`;
}

// A day-aligned bound reads as a date (an end of day is the date it closes); others as UTC time.
function moment(date: Date, isEnd: boolean): string {
  const time = date.getTime() + (isEnd ? 1 : 0);
  if (time % DAY === 0) return new Date(isEnd ? time - DAY : time).toISOString().slice(0, 10);
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
