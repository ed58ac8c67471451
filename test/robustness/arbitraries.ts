// fast-check generators for hostile post text: the pieces that break naive text handling
// (astral emoji and ZWJ sequences, combining marks, RTL and bidi controls, zero-width
// characters, NUL, lone surrogates, every kind of line ending) mixed with random Unicode
// and with the word the no-competitor plugin reports, so positions can be checked.
import fc from "fast-check";

/** Pieces chosen to stress offsets, line counting, tokenizing and normalization. */
export const HOSTILE_PIECES = [
  "Globex", "globex", "GLOBEX", "#Globex", "@Globex", "Globex.com", "xGlobex", "Globex's",
  " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\u2028", "\u0085", "\v", "\f",
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
  "\u202e", "\u202d", "\u2067", "\u200f", "שלום", "مرحبا بكم", "\u0301", "e\u0301", "a\u0308\u0323",
  "😀", "👩‍👩‍👧‍👦", "🇫🇷", "👍🏽", "1️⃣", "🏳️‍🌈", "𝔊𝔩𝔬𝔟𝔢𝔵", "Ｇｌｏｂｅｘ", "ﬁ", "ß", "İ",
  "\ud800", "\udfff", "\udc00\ud800", "\u0000", "\u0007", "\u001b[31m",
  "#", "@", "$ACME", "https://globex.com/Globex", "a@globex.com", "...", "!!!", "f*ck", "sh1t", "#ad", "#sp",
  "\"", "'", ",", ";", "---", "- ", ": ", "&a", "*a", "{", "[", "\\", "\\u0041",
] as const;

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 8 }) },
);

/** Hostile text, possibly with lone surrogates and NUL (only JSON can carry those intact). */
export const hostileText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(""));

/** Text a UTF-8 text file can hold: no lone surrogates, no NUL (postlint refuses NUL as binary). */
export const fileText = hostileText.map((text) => wellFormed(text).replace(/\0/g, " "));

/** What UTF-8 encoding makes of a string: each lone surrogate becomes U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** Whether postlint would call this file empty (nothing but white space). */
export const isBlank = (text: string) => text.trim() === "";
