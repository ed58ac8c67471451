// Hashtags and the words written inside them. Splitting by case and digits is shared here;
// splitting an all-lower-case run-on tag (#prayforboston) needs a dictionary and lives in
// segment.ts, used by the rules that need it.
import type { Token } from "./tokenize.js";
import { normalizeWord } from "./tokenize.js";

export interface HashtagPart {
  text: string;
  norm: string;
  start: number;
  end: number;
}

export interface Hashtag {
  /** As written, with the "#". */
  text: string;
  /** Without the "#", lower case. */
  tag: string;
  start: number;
  end: number;
  /** Words by case and digit boundaries: #WhyIStayed → Why, I, Stayed; #Boston2013 → Boston, 2013. */
  parts: HashtagPart[];
}

// An upper-case run before a capitalised word ("IStayed" → "I", "Stayed"), a capitalised or
// lower-case word, an upper-case acronym, or a number.
const PART_RE = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}'’]+|\p{Lu}[\p{Lu}\p{M}]*|\p{N}+|[\p{L}\p{M}]+/gu;

function isLowerAsciiWord(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return text.length > 0;
}

export function toHashtag(token: Token): Hashtag {
  const bodyStart = token.start + 1;
  const body = token.text.slice(1);
  if (isLowerAsciiWord(body)) {
    // The common case (#camping): one part, no expression needed.
    const part = { text: body, norm: body, start: bodyStart, end: token.end };
    return { text: token.text, tag: body, start: token.start, end: token.end, parts: [part] };
  }
  const parts: HashtagPart[] = [];
  for (const match of body.matchAll(PART_RE)) {
    const start = bodyStart + (match.index ?? 0);
    parts.push({ text: match[0], norm: normalizeWord(match[0]), start, end: start + match[0].length });
  }
  return { text: token.text, tag: normalizeWord(body), start: token.start, end: token.end, parts };
}
