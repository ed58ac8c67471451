// Sentence spans: a sentence ends at ".", "!", "?" or "…" followed by a space, or at a line break.
// Good enough for short posts, where rules need "the same sentence", not a parse.
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END_RE = /[.!?…]+(?=\s|$)|\n+/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END_RE)) {
    const end = (match.index ?? 0) + match[0].length;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
