import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/analysis.js";
import { foldDiacritics, readingWith, segmentHashtag, segmentWord, segmentedTerms } from "../../src/text/segment.js";

const words = (text: string, limit = 1) => segmentWord(text, 0, limit).map((reading) => reading.words.map((word) => word.norm).join(" "));

describe("segmentWord", () => {
  it("splits run-on lower-case tags by word frequency", () => {
    expect(words("prayforboston")).toEqual(["pray for boston"]);
    expect(words("whyistayed")).toEqual(["why i stayed"]);
    expect(words("blacklivesmatter")).toEqual(["black lives matter"]);
    expect(words("trailrunning")).toEqual(["trail running"]);
    expect(words("throwbackthursday")).toEqual(["throwback thursday"]);
  });

  it("keeps a listed word whole", () => {
    expect(words("camping")).toEqual(["camping"]);
    expect(words("therapist")).toEqual(["therapist"]);
  });

  it("reads a possessive or plural s after a word the list lacks in that form", () => {
    expect(words("nowthatchersdead")).toEqual(["now thatcher s dead"]);
  });

  it("offers the next readings, most probable first", () => {
    const readings = segmentWord("nowthatchersdead", 0, 3);
    expect(readings.map((r) => r.words.map((w) => w.norm).join(" "))).toContain("now that cher s dead");
    for (let i = 1; i < readings.length; i++) expect(readings[i].cost).toBeGreaterThanOrEqual(readings[i - 1].cost);
  });

  it("handles capitals and diacritics while keeping offsets", () => {
    const text = "#PRAYFORBOSTON";
    const [reading] = segmentWord(text.slice(1), 1);
    expect(reading.words.map((w) => text.slice(w.start, w.end))).toEqual(["PRAY", "FOR", "BOSTON"]);
    expect(words("cafésale")).toEqual(["cafe sale"]);
  });

  it("carries an unknown word through instead of shredding it", () => {
    const [reading] = segmentWord("zorbleshop", 0);
    expect(reading.words.map((w) => w.norm)).toContain("shop");
    expect(reading.words.some((w) => !w.known)).toBe(true);
  });

  it("covers the input exactly, in order, for any lower-case string", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,30}$/), (text) => {
        const [reading] = segmentWord(text, 5);
        expect(reading.words.map((w) => w.norm).join("")).toBe(text);
        let at = 5;
        for (const word of reading.words) {
          expect(word.start).toBe(at);
          at = word.end;
        }
        expect(at).toBe(5 + text.length);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps an absurdly long part whole, in bounded time", () => {
    const started = performance.now();
    const text = "a".repeat(1_000_000) + "prayforboston";
    expect(segmentWord(text, 0, 6)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("readingWith", () => {
  it("finds the best reading that holds a given word", () => {
    const text = "susanalbumparty";
    const at = text.indexOf("anal");
    const reading = readingWith(text, 0, at, at + 4);
    expect(reading?.words.map((w) => w.norm)).toEqual(["sus", "anal", "bum", "party"]);
    expect(reading!.cost).toBeGreaterThan(segmentWord(text)[0].cost);
  });

  it("returns nothing when the rest cannot be read as words", () => {
    expect(readingWith("scunthorpe", 0, 1, 5)).toBeUndefined();
  });
});

describe("segmentHashtag and segmentedTerms", () => {
  it("keeps camelCase and digit parts and splits only run-on parts", () => {
    const a = analyze("Never #neverforget911 and #WhyIStayed");
    const [reading] = segmentHashtag(a.hashtags[0]);
    expect(reading.words.map((w) => w.norm)).toEqual(["never", "forget", "911"]);
    const [camel] = segmentHashtag(a.hashtags[1]);
    expect(camel.words.map((w) => w.norm)).toEqual(["why", "i", "stayed"]);
  });

  it("replaces run-on hashtag parts in the terms, with offsets into the text", () => {
    const text = "So sad #prayforboston today";
    const terms = segmentedTerms(analyze(text));
    expect(terms.map((t) => t.norm)).toEqual(["so", "sad", "pray", "for", "boston", "today"]);
    expect(terms.filter((t) => t.hashtag === 0).map((t) => text.slice(t.start, t.end))).toEqual(["pray", "for", "boston"]);
  });

  it("returns the same terms when there is nothing to split", () => {
    const a = analyze("Spring sale #SpringSale");
    expect(segmentedTerms(a).map((t) => t.norm)).toEqual(["spring", "sale", "spring", "sale"]);
  });
});

describe("foldDiacritics", () => {
  it("lower-cases and strips accents one character at a time", () => {
    expect(foldDiacritics("FêteDeLaMusique")).toBe("fetedelamusique");
    expect(foldDiacritics("Ünïcödé").length).toBe("Ünïcödé".length);
  });
});
