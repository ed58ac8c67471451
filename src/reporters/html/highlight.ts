// Splits a post's text into runs at every violation boundary and at the platform's fold, so the
// page can wrap each run in one <mark> per violation covering it. Overlapping ranges need no
// special case: a run simply lists every range that covers it.

export interface HighlightRange {
  /** The id the page gives the violation (its problem's element id). */
  id: string;
  start: number;
  end: number;
  severity: 1 | 2;
}

export type Piece =
  /** Text, covered by these ranges: warnings first, so an error's mark sits innermost and its color wins. */
  | { kind: "text"; text: string; covering: HighlightRange[] }
  /** The place a range ends (or an empty range sits): where its numbered reference goes. */
  | { kind: "ref"; range: HighlightRange };

export interface HighlightedText {
  /** What the platform shows before its "… more". */
  above: Piece[];
  /** What is hidden behind it (empty when the platform shows the whole post). */
  below: Piece[];
}

export function highlight(text: string, ranges: HighlightRange[], fold?: number): HighlightedText {
  const cut = fold === undefined ? text.length : snap(text, Math.min(Math.max(fold, 0), text.length));
  const clean = ranges
    .map((range) => {
      const start = snap(text, clamp(range.start, text.length));
      return { ...range, start, end: Math.max(start, snap(text, clamp(range.end, text.length))) };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const boundaries = [...new Set([0, cut, text.length, ...clean.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const above: Piece[] = [];
  const below: Piece[] = [];
  for (const [index, at] of boundaries.entries()) {
    const pieces = at < cut || (at === cut && cut === text.length) ? above : below;
    // An empty range has no text to mark: its reference stands where it points.
    for (const range of clean) if (range.start === at && range.end === at) pieces.push({ kind: "ref", range });
    const next = boundaries[index + 1];
    if (next === undefined) break;
    const covering = clean
      .filter((range) => range.start <= at && range.end >= next)
      .sort((a, b) => a.severity - b.severity || b.end - b.start - (a.end - a.start));
    pieces.push({ kind: "text", text: text.slice(at, next), covering });
    const ending = clean.filter((range) => range.end === next && range.start < next);
    for (const range of ending) pieces.push({ kind: "ref", range });
  }
  return { above, below };
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.min(Math.max(Math.floor(offset), 0), length) : 0;
}

/** Moves an offset off the middle of a surrogate pair, so no run holds half an emoji. */
function snap(text: string, offset: number): number {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? offset - 1 : offset;
}
