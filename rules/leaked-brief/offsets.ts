// Bisection over what a post's analysis keeps in text order (tokens, sentences, matches), so a
// look-up near an offset costs a logarithm, not a walk: the rule stays linear on long posts.

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
