import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/analysis.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

describe("analyze", () => {
  it("keeps URLs, handles, e-mails and cashtags out of the words", () => {
    const a = analyze("Shop at https://acme.com/hell-sale, ask @acme_help or help@acme.com about $ACME!");
    expect(a.urls.map((t) => t.text)).toEqual(["https://acme.com/hell-sale"]);
    expect(a.mentions.map((t) => t.text)).toEqual(["@acme_help"]);
    expect(a.emails.map((t) => t.text)).toEqual(["help@acme.com"]);
    expect(a.cashtags.map((t) => t.text)).toEqual(["$ACME"]);
    expect(a.words.map((t) => t.norm)).toEqual(["shop", "at", "ask", "or", "about"]);
  });

  it("finds bare domains but not sentence ends", () => {
    const a = analyze("Visit acme.co/spring. Then rest.");
    expect(a.urls.map((t) => t.text)).toEqual(["acme.co/spring"]);
    expect(a.words.map((t) => t.text)).toEqual(["Visit", "Then", "rest"]);
  });

  it("splits hashtags into parts with offsets", () => {
    const text = "so #WhyIStayed and #Boston2013";
    const a = analyze(text);
    expect(a.hashtags[0].parts.map((p) => p.text)).toEqual(["Why", "I", "Stayed"]);
    expect(a.hashtags[1].parts.map((p) => text.slice(p.start, p.end))).toEqual(["Boston", "2013"]);
    expect(a.hashtags[0].tag).toBe("whyistayed");
  });

  it("reads emoji sequences as one token", () => {
    const a = analyze("party 🎉🎉 👍🏽 👨‍👩‍👧 🇺🇸");
    expect(a.emoji.map((t) => t.text)).toEqual(["🎉", "🎉", "👍🏽", "👨‍👩‍👧", "🇺🇸"]);
  });

  it("keeps contractions whole and straightens apostrophes", () => {
    const a = analyze("I’m sure we don't");
    expect(a.words.map((t) => t.norm)).toEqual(["i'm", "sure", "we", "don't"]);
  });

  it("splits sentences at end punctuation and line breaks", () => {
    const text = "Big news! Our sale starts now.\nShop today";
    expect(analyze(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Big news!",
      "Our sale starts now.",
      "Shop today",
    ]);
  });
});

describe("PhraseMatcher", () => {
  it("finds the longest phrase, in words and inside hashtags", () => {
    const matcher = PhraseMatcher.of(["pray for", "pray for boston", "sale"]);
    const text = "We pray for Boston. #PrayForBoston #Sale";
    const found = matcher.matchAll(analyze(text)).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(["pray for Boston", "PrayForBoston", "Sale"]);
  });

  it("matches whole words only", () => {
    expect(PhraseMatcher.of(["ad"]).test(analyze("An adventure with #adidas"))).toBe(false);
  });
});
