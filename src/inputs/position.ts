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

/** Maps offsets in a string to line:column in the source it came from. */
export type Locator = (offset: number) => LineColumn;

/** A text that sits verbatim in the source from `base` on. */
export function verbatimLocator(source: string, base: number, starts = lineStarts(source)): Locator {
  return (offset) => lineColumnFromStarts(starts, base + offset);
}

/**
 * A value whose characters appear in order in source[from, to) with extra characters between
 * them (YAML indentation and folding, JSON and CSV escapes). Aligns greedily, once, when a
 * position is first asked for: a value character matches the next equal source character, and
 * a space or newline in the value may stand for any run of whitespace in the source.
 * Falls back to the start of the range where the two part ways.
 */
export function alignedLocator(value: string, source: string, from: number, to: number, starts?: number[]): Locator {
  let map: Int32Array | undefined;
  let lineStartsOfSource = starts;
  return (offset) => {
    lineStartsOfSource ??= lineStarts(source);
    map ??= align(value, source, from, to);
    const clamped = Math.min(Math.max(offset, 0), value.length);
    return lineColumnFromStarts(lineStartsOfSource, map[clamped]);
  };
}

function align(value: string, source: string, from: number, to: number): Int32Array {
  const map = new Int32Array(value.length + 1).fill(from);
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
    // Look ahead a bounded distance for the character, so the whole alignment stays linear.
    const limit = Math.min(to, at + 64);
    while (probe < limit && source[probe] !== char && !(isSpace && /\s/.test(source[probe]))) probe++;
    if (probe >= limit) {
      lost = true;
      map[index] = from;
      continue;
    }
    map[index] = probe;
    at = probe + 1;
    if (isSpace) while (at < to && /[ \t\r\n]/.test(source[at]) && value[index + 1] !== source[at]) at++;
  }
  map[value.length] = lost ? from : at;
  return map;
}
