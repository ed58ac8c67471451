// Positions in a post: bisection over what a post's analysis keeps in text order (tokens,
// sentences, matches), so a look-up near an offset costs a logarithm, not a walk (the rule stays
// linear on long posts), and the end of a line. Shared by the rules.

/** Index of the first item that starts at or after `offset` (items.length when none). */
export function firstFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Offset of the line break that ends the line holding `from` (text.length on the last line). */
export function endOfLine(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
