// Bytes to text, refusing what is not text: binary files and invalid UTF-8 are located errors.
import { PostlintError } from "../errors.js";

const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 (dropping a BOM); `firstLine` numbers lines when the bytes are part of a file. */
export function decodeText(bytes: Uint8Array, file: string, firstLine = 1): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new PostlintError("binary file: it contains NUL bytes, so it is not a text post", { file, ...placeOf(bytes, nul, firstLine) });
  }
  try {
    return strictDecoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new PostlintError("invalid UTF-8: save the file as UTF-8", { file, ...placeOf(bytes, bad, firstLine) });
  }
}

function placeOf(bytes: Uint8Array, offset: number, firstLine: number): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let at = 0; at < offset; at++) {
    // Lines end at LF, CRLF or a lone CR, as everywhere else (position.ts).
    if (bytes[at] === 10 || (bytes[at] === 13 && bytes[at + 1] !== 10)) {
      line++;
      lineStart = at + 1;
    }
  }
  // The column counts characters before the bad byte on its line (good enough to find it).
  // Only the file's own BOM is skipped; U+FEFF further on is a character like any other.
  const before = new TextDecoder("utf-8", { ignoreBOM: lineStart > 0 }).decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return at;
    for (let next = 1; next < length; next++) {
      if (at + next >= bytes.length || (bytes[at + next] & 0xc0) !== 0x80) return at;
    }
    if (length > 1) {
      const decoded = strictDecoderFor(bytes.subarray(at, at + length));
      if (!decoded) return at;
    }
    at += length;
  }
  return bytes.length;
}

function strictDecoderFor(sequence: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sequence);
    return true;
  } catch {
    return false;
  }
}
