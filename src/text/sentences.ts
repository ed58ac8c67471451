// Sentence spans: a sentence ends at a run of ".", "!", "?" or "…" followed by white space or the
// end, or at a line break. Good enough for short posts, where rules need "the same sentence", not
// a parse. A scan by character code: this runs on every post.
export interface Span {
  start: number;
  end: number;
}

const NEWLINE = 10;
const UNICODE_SPACE_RE = /\s/;

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

function isWhitespace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && UNICODE_SPACE_RE.test(text[at]);
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const length = text.length;
  let start = 0;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === NEWLINE || isSentenceEnd(code)) {
      const newline = code === NEWLINE;
      let end = at + 1;
      while (end < length && (newline ? text.charCodeAt(end) === NEWLINE : isSentenceEnd(text.charCodeAt(end)))) end++;
      if (newline || end === length || isWhitespace(text, end)) {
        pushTrimmed(text, start, end, spans);
        start = end;
      }
      at = end;
      continue;
    }
    at++;
  }
  pushTrimmed(text, start, length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isWhitespace(text, start)) start++;
  while (end > start && isWhitespace(text, end - 1)) end--;
  if (end > start) spans.push({ start, end });
}
