// Splits a post into tokens with offsets, in one pass of one sticky regular expression.
// URLs, e-mail addresses, @handles and cashtags are tokens of their own so that rules
// looking for words never search inside them (SPEC §5).

export type TokenKind = "url" | "email" | "mention" | "hashtag" | "cashtag" | "emoji" | "number" | "word" | "punct";

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Lower case, typographic apostrophes straightened: the form rules compare against. */
  norm: string;
  start: number;
  end: number;
}

// Order matters: the first alternative that matches at a position wins. An alternative that can
// fail after a long run (an e-mail address without "@", a domain without its ending) is bounded
// by the longest valid part (64 characters before "@", 63 per domain label), so a megabyte of
// "x-x-x" or "f.u.c.k." costs a bounded look at each position: matching stays linear.
const TOP_LEVEL_DOMAINS = "com|net|org|io|co|ly|gl|me|app|shop|store|us|uk|ca|au|de|fr|info|biz|tv|gg|link|page|site";
const PATTERNS: Array<[TokenKind, string]> = [
  ["url", String.raw`(?:https?:\/\/|www\.)[^\s<>"]+`],
  ["email", String.raw`[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}`],
  ["url", String.raw`(?<![\p{L}\p{N}@.])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:${TOP_LEVEL_DOMAINS})(?:\/[^\s<>"]*)?(?![\p{L}\p{N}])`],
  ["mention", String.raw`(?<![\p{L}\p{N}_])@[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?`],
  ["hashtag", String.raw`(?<![\p{L}\p{N}_&])[#＃][\p{L}\p{M}\p{N}_\u200d]*[\p{L}\p{N}_]`],
  ["cashtag", String.raw`(?<![\p{L}\p{N}])\$[A-Z]{1,6}(?:\.[A-Z]{1,2})?(?![\p{L}\p{N}$])`],
  ["emoji", String.raw`(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*(?:\u200d\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)*|[0-9#*]\u{FE0F}?\u20E3)`],
  ["number", String.raw`[$£€¥]?\p{N}{1,64}(?:[.,:]\p{N}{1,64}){0,8}(?:%|k|K|m|M)?(?![\p{L}])`],
  ["word", String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*`],
  ["punct", String.raw`[^\s]`],
];

const TOKEN_RE = new RegExp(PATTERNS.map(([, source]) => `(${source})`).join("|"), "guy");
const WHITESPACE_RE = /\s+/uy;
const TYPOGRAPHIC_APOSTROPHE_RE = /[’‘`]/g;
const TYPOGRAPHIC_APOSTROPHE_TEST_RE = /[’‘`]/;

export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return TYPOGRAPHIC_APOSTROPHE_TEST_RE.test(lower) ? lower.replace(TYPOGRAPHIC_APOSTROPHE_RE, "'") : lower;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 32 || (code >= 9 && code <= 13)) {
      at++;
      continue;
    }
    const wordEnd = isAsciiLetter(code) ? plainWordEnd(text, at) : -1;
    if (wordEnd > 0) {
      const raw = text.slice(at, wordEnd);
      tokens.push({ kind: "word", text: raw, norm: normalizeWord(raw), start: at, end: wordEnd });
      at = wordEnd;
      continue;
    }
    WHITESPACE_RE.lastIndex = at;
    if (WHITESPACE_RE.test(text)) {
      at = WHITESPACE_RE.lastIndex;
      continue;
    }
    TOKEN_RE.lastIndex = at;
    const match = TOKEN_RE.exec(text);
    if (!match) {
      // A lone surrogate or other unmatched code unit: skip it rather than stall.
      at++;
      continue;
    }
    let kind: TokenKind = "punct";
    for (let group = 1; group < match.length; group++) {
      if (match[group] !== undefined) {
        kind = PATTERNS[group - 1][0];
        break;
      }
    }
    let end = at + match[0].length;
    if (kind === "url") end = at + trimUrl(match[0]).length;
    const raw = text.slice(at, end);
    tokens.push({ kind, text: raw, norm: normalizeWord(raw), start: at, end });
    at = end;
  }
  return tokens;
}

// Most tokens are plain ASCII words ended by a space or by punctuation that cannot continue them:
// those skip the big expression. Anything that might be part of an address, a domain, a
// contraction or a non-ASCII word ("." "@" "-" "_" "+" "%" "'" ":" or any non-ASCII) takes the
// full path, so both paths give the same tokens.
const ENDS_PLAIN_WORD = new Uint8Array(128);
for (const char of " \t\n\r\f\v,;!?()[]{}\"#$&*/<=>\\^|~") ENDS_PLAIN_WORD[char.charCodeAt(0)] = 1;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** End of the ASCII word starting at `start`, or -1 when the full expression must decide. */
function plainWordEnd(text: string, start: number): number {
  let end = start + 1;
  for (let code = text.charCodeAt(end); isAsciiLetter(code) || (code >= 48 && code <= 57); code = text.charCodeAt(++end));
  // Contractions: "don't", "we’re" (letters only after the apostrophe, as the expression reads them).
  for (let code = text.charCodeAt(end); (code === 39 || code === 0x2019) && isAsciiLetter(text.charCodeAt(end + 1)); code = text.charCodeAt(end)) {
    end += 2;
    while (isAsciiLetter(text.charCodeAt(end))) end++;
  }
  return endsPlainWord(text, end) ? end : -1;
}

/** The word cannot go on past `at`: the text ends, a safe character follows, or a full stop ends a sentence. */
function endsPlainWord(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const next = text.charCodeAt(at);
  if (next < 128 && ENDS_PLAIN_WORD[next] === 1) return true;
  if (next !== 46) return false;
  const after = text.charCodeAt(at + 1);
  return at + 1 >= text.length || after === 32 || (after >= 9 && after <= 13);
}

// A URL in prose is often followed by punctuation that is not part of it: "see acme.com/sale."
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && ".,;:!?'\")]}…".includes(url[end - 1])) {
    if (url[end - 1] === ")" && url.slice(0, end).includes("(")) break;
    end--;
  }
  return url.slice(0, end);
}
