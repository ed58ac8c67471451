import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/analysis.js";
import { Disguise, foldText, readWords, type ReadGroup } from "../../src/text/normalize.js";

const read = (text: string): ReadGroup[] => readWords(analyze(text));
const letters = (text: string): string[] => read(text).map((g) => g.whole.letters);
/** What each group covers in the original text. */
const spans = (text: string): string[] => read(text).map((g) => text.slice(g.whole.start, g.whole.end));

describe("foldText", () => {
  it("folds case, accents, full-width, styled and look-alike letters, and drops invisible ones", () => {
    expect(foldText("Café ＦＵＬＬ 𝐛𝐨𝐥𝐝 раураl zero\u200Bwidth").text).toBe("cafe full bold paypal zerowidth");
  });

  it("maps every folded character back to where it came from", () => {
    const source = "a\u200Bé𝐛";
    const { text, offsets } = foldText(source);
    expect(text).toBe("aeb");
    expect(offsets).toEqual([0, 2, 3]);
  });
});

describe("readWords", () => {
  it("reads plain words with their offsets and shapes", () => {
    const groups = read("Hello WORLD, nice day.");
    expect(groups.map((g) => g.whole.letters)).toEqual(["hello", "world", "nice", "day"]);
    expect(groups.map((g) => g.whole.shape)).toEqual(["title", "upper", "lower", "lower"]);
    expect(groups.map((g) => g.sentenceStart)).toEqual([true, false, false, false]);
  });

  it("reads leetspeak inside words, with the second reading of ambiguous characters", () => {
    const [word] = read("sh1t").map((g) => g.whole);
    expect(word.letters).toBe("shit");
    expect(word.alternates).toBe("shlt");
    expect(word.disguises & Disguise.leet).toBeTruthy();
    expect(letters("b00bs a$$ 5hit")).toEqual(["boobs", "ass", "shit"]);
  });

  it("keeps numbers and prices out of words: a55, $5, Boston2013", () => {
    expect(letters("part a55 costs $5 #Boston2013")).toEqual(["part", "a", "costs", "boston"]);
  });

  it("reads masking characters as hidden letters and maps them to the text", () => {
    const text = "well f#@king done, s***!";
    expect(letters(text)).toEqual(["well", "f*aking", "done", "s***"]);
    expect(spans(text)).toEqual(["well", "f#@king", "done", "s***"]);
  });

  it("strips emphasis and sentence punctuation but keeps trailing masks", () => {
    expect(letters("*wow* **great** _ok_ s***. (fine)")).toEqual(["wow", "great", "ok", "s***", "fine"]);
  });

  it("joins letters spelled out with spaces, dots, dashes or masks", () => {
    for (const text of ["f u c k", "f.u.c.k", "f-u-c-k", "f_u_c_k", "f*u*c*k", "F. U. C. K."]) {
      const [group] = read(text);
      expect(group.spaced, text).toBe(true);
      expect(group.whole.letters, text).toBe("fuck");
      expect(text.slice(group.whole.start, group.whole.end), text).toBe(text.replace(/\.$/, ""));
    }
  });

  it("does not spell out ordinary short words", () => {
    expect(read("I am a cat").every((g) => !g.spaced)).toBe(true);
  });

  it("folds look-alikes, full-width and styled letters, and skips invisible characters", () => {
    expect(letters("fuсk ｆｕｃｋ 𝐟𝐮𝐜𝐤 fu\u200Bck fu\u00ADck f\u0336u\u0336c\u0336k\u0336")).toEqual(Array(6).fill("fuck"));
    const [word] = read("fu\u200Bck").map((g) => g.whole);
    expect(word.end).toBe(5);
    expect(word.disguises & Disguise.invisible).toBeTruthy();
  });

  it("splits camelCase and hashtags into parts, and keeps the whole", () => {
    const [tag, camel] = read("#FckThis WTFMonday");
    expect(tag.parts.map((p) => p.letters)).toEqual(["fck", "this"]);
    expect(tag.whole.letters).toBe("fckthis");
    expect(tag.whole.inHashtag).toBe(true);
    expect(camel.parts.map((p) => p.letters)).toEqual(["wtf", "monday"]);
  });

  it("reads random case as one word, not camelCase", () => {
    expect(read("sHiT fUcK").map((g) => g.parts.length)).toEqual([1, 1]);
  });

  it("joins hyphenated compounds and leaves contractions apart", () => {
    const [compound] = read("ass-ess");
    expect(compound.whole.letters).toBe("assess");
    expect(compound.parts.map((p) => p.letters)).toEqual(["ass", "ess"]);
    expect(letters("he'll who're it's")).toEqual(["he", "who", "it"]);
  });

  it("never reads inside URLs, e-mail addresses, cashtags or real handles", () => {
    expect(letters("see acme.com/hell help@acme.com $ACME @acme_help now")).toEqual(["see", "now"]);
  });

  it("reads a handle only as a whole disguised word", () => {
    const [group] = read("@ss");
    expect(group.mention).toBe(true);
    expect(group.whole.letters).toBe("ass");
  });

  it("gives every letter a place inside its word's range", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."af uck*#@$1!.-_'sSh\u200B\u0336с#ｆ𝐟"), maxLength: 60 }), (text) => {
        for (const group of read(text)) {
          for (const word of [group.whole, ...group.parts]) {
            expect(word.start).toBeGreaterThanOrEqual(0);
            expect(word.end).toBeLessThanOrEqual(text.length);
            expect(word.start).toBeLessThan(word.end);
            if (word.starts) {
              expect(word.starts.length).toBe(word.letters.length);
              expect(word.starts[0]).toBe(word.start);
              expect(word.ends?.[word.letters.length - 1]).toBe(word.end);
            } else {
              expect(word.end - word.start).toBe(word.letters.length);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
