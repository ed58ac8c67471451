// Property: bytes that are not UTF-8 text are refused with the place of the first bad byte,
// counted as positions are everywhere else (LF, CRLF or lone CR lines; UTF-16 columns; BOM skipped).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PostlintError } from "../../src/errors.js";
import { decodeText, firstInvalidUtf8 } from "../../src/inputs/decode.js";
import { lineColumnAt } from "../../src/inputs/position.js";
import { fileText } from "./arbitraries.js";

const BAD_SEQUENCES = [[0xff], [0xc0, 0x80], [0x80], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x28, 0xa1]];

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("decoding", () => {
  it("the first bad byte after any text is located at that text's end", () => {
    fc.assert(
      fc.property(fileText, fc.constantFrom(...BAD_SEQUENCES), fileText, fc.integer({ min: 1, max: 9 }), (before, bad, after, firstLine) => {
        const bytes = Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from(after)]);
        const error = errorOf(() => decodeText(bytes, "post.txt", firstLine));
        expect(error).toBeInstanceOf(PostlintError);
        const place = lineColumnAt(before.replace(/^\ufeff/, ""), before.replace(/^\ufeff/, "").length);
        expect((error as PostlintError).location).toEqual({ file: "post.txt", line: place.line + firstLine - 1, column: place.column });
        expect((error as PostlintError).message).toMatch(/^invalid UTF-8/);
      }),
      { numRuns: 500 },
    );
  });

  it("any bytes: text exactly when a strict UTF-8 decoder accepts them and there is no NUL", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let strict: string | undefined;
        try {
          strict = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          strict = undefined;
        }
        const error = errorOf(() => decodeText(bytes, "x.txt"));
        if (strict !== undefined && !bytes.includes(0)) expect(error).toBeUndefined();
        else expect(error).toBeInstanceOf(PostlintError);
        expect(firstInvalidUtf8(bytes) === bytes.length).toBe(strict !== undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
