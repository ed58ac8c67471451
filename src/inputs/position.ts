// Offsets to line:column. Lines end at "\n", "\r\n" or a lone "\r"; columns count UTF-16 code
// units from 1, as ESLint and SARIF's default (utf16CodeUnits) do.

export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) starts.push(at + 1);
    else if (code === 13 && text.charCodeAt(at + 1) !== 10) starts.push(at + 1);
  }
  return starts;
}

export function lineColumnFromStarts(starts: number[], offset: number): LineColumn {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

export function lineColumnAt(text: string, offset: number): LineColumn {
  return lineColumnFromStarts(lineStarts(text), offset);
}

/**
 * Maps offsets in a string to line:column in the source it came from. An offset is a boundary
 * between characters: as a range's end it is placed just after the character before it, which
 * differs from where the next one starts when source text lies between (a folded line's indent).
 */
export type Locator = (offset: number, side?: "start" | "end") => LineColumn;

/** A text that sits verbatim in the source from `base` on. */
export function verbatimLocator(source: string, base: number, starts = lineStarts(source)): Locator {
  return (offset) => lineColumnFromStarts(starts, base + offset);
}

/**
 * A value whose characters appear in order in source[from, to) with extra characters between
 * them (YAML indentation and folding, CSV's doubled quotes, escapes read by `escapes`). Aligns
 * greedily, once, when a position is first asked for: a value character matches the next equal
 * source character, and a space or newline in the value may stand for any run of whitespace in
 * the source. Falls back to the start of the range if the two part ways.
 */
export function alignedLocator(value: string, source: string, from: number, to: number, starts?: number[], escapes?: EscapeReader): Locator {
  let aligned: Alignment | undefined;
  let lineStartsOfSource = starts;
  return (offset, side) => {
    lineStartsOfSource ??= lineStarts(source);
    aligned ??= align(value, source, from, to, escapes);
    const clamped = Math.min(Math.max(offset, 0), value.length);
    const at = side === "end" && clamped > 0 ? aligned.ends[clamped - 1] : aligned.starts[clamped];
    return lineColumnFromStarts(lineStartsOfSource, at);
  };
}

/** Where each value character starts in the source, and where it ends (after its escape, say). */
interface Alignment {
  starts: Int32Array;
  ends: Int32Array;
}

/** Reads the escape sequence at a backslash: what it stands for and how long it is; undefined if it is none. */
export type EscapeReader = (source: string, at: number) => [decoded: string, length: number] | undefined;

function align(value: string, source: string, from: number, to: number, escapes?: EscapeReader): Alignment {
  const map = new Int32Array(value.length + 1).fill(from);
  const ends = new Int32Array(value.length).fill(from);
  let at = from;
  let lost = false;
  for (let index = 0; index < value.length; index++) {
    if (lost) {
      map[index] = from;
      continue;
    }
    const char = value[index];
    const isSpace = char === " " || char === "\n" || char === "\t";
    let probe = at;
    let escape: [string, number] | undefined;
    // Look ahead a bounded distance for the character, so the whole alignment stays linear.
    const limit = Math.min(to, at + 64);
    while (probe < limit) {
      // An escape is one unit: it stands for the value's next characters, or is passed whole.
      escape = escapes && source[probe] === "\\" ? escapes(source, probe) : undefined;
      if (escape) {
        if (escape[0] !== "" && value.startsWith(escape[0], index)) break;
        probe += escape[1];
        escape = undefined;
        continue;
      }
      if (source[probe] === char || (isSpace && /\s/.test(source[probe]))) break;
      probe++;
    }
    if (probe >= limit) {
      lost = true;
      map[index] = from;
      continue;
    }
    if (escape) {
      map.fill(probe, index, index + escape[0].length);
      ends.fill(probe + escape[1], index, index + escape[0].length);
      index += escape[0].length - 1;
      at = probe + escape[1];
      continue;
    }
    map[index] = probe;
    ends[index] = probe + 1;
    at = probe + 1;
    if (isSpace) while (at < to && /[ \t\r\n]/.test(source[at]) && value[index + 1] !== source[at]) at++;
  }
  map[value.length] = at;
  // Parted ways somewhere: place the whole value at its start rather than trust half of it.
  if (lost) {
    map.fill(from);
    ends.fill(from);
  }
  return { starts: map, ends };
}
