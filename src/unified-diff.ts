// A unified diff of two versions of a text file (what `diff -u` and `git diff` print), for
// --fix-dry-run. Fixes change a few words, so the common head and tail are cut off first and
// only the changed middle is aligned (longest common subsequence of lines).

const CONTEXT = 3;

type Line = { kind: " " | "-" | "+"; text: string };

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const lines = alignLines(a, b);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  for (const hunk of hunks(lines)) out.push(...hunk);
  return `${out.join("\n")}\n`;
}

/** Lines with their endings, so a changed ending ("\r\n" → "\n") is a change. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function alignLines(a: string[], b: string[]): Line[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  return [
    ...a.slice(0, head).map((text) => ({ kind: " " as const, text })),
    ...alignMiddle(middleA, middleB),
    ...a.slice(a.length - tail).map((text) => ({ kind: " " as const, text })),
  ];
}

function alignMiddle(a: string[], b: string[]): Line[] {
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const lines: Line[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: " ", text: a[i++] });
      j++;
    } else if (i < a.length && (j === b.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
      // Removals before additions within a change, as diff -u prints them.
      lines.push({ kind: "-", text: a[i++] });
    } else {
      lines.push({ kind: "+", text: b[j++] });
    }
  }
  return lines;
}

function* hunks(lines: Line[]): Iterable<string[]> {
  const changed = lines.flatMap((line, index) => (line.kind === " " ? [] : [index]));
  let at = 0;
  while (at < changed.length) {
    const first = Math.max(0, changed[at] - CONTEXT);
    let last = changed[at];
    while (at + 1 < changed.length && changed[at + 1] - last <= 2 * CONTEXT) last = changed[++at];
    at++;
    const end = Math.min(lines.length - 1, last + CONTEXT);
    const slice = lines.slice(first, end + 1);
    const oldStart = lines.slice(0, first).filter((line) => line.kind !== "+").length + 1;
    const newStart = lines.slice(0, first).filter((line) => line.kind !== "-").length + 1;
    const oldCount = slice.filter((line) => line.kind !== "+").length;
    const newCount = slice.filter((line) => line.kind !== "-").length;
    const body = slice.flatMap((line) => {
      const text = line.text.endsWith("\n") ? line.text.slice(0, -1).replace(/\r$/, "") : line.text;
      return line.text.endsWith("\n") ? [`${line.kind}${text}`] : [`${line.kind}${text}`, "\\ No newline at end of file"];
    });
    yield [`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`, ...body];
  }
}

// "-3,0" for an empty range starts at the line before, as diff -u writes it.
function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}
