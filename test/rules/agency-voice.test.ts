import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import rule from "../../rules/agency-voice/index.js";
import { runRule } from "../../src/engine.js";
import type { PostFields, RuleSettings } from "../../src/types.js";

interface DevCase extends Partial<PostFields> {
  text: string;
  expect: string[];
  /** Settings for this case only (the file's `settings` otherwise). */
  settings?: Partial<RuleSettings>;
}

interface DevFile {
  defaults?: Partial<PostFields>;
  settings?: Partial<RuleSettings>;
  cases: DevCase[];
}

const FIXTURES = new URL("../../fixtures/agency-voice/", import.meta.url);

function loadDevSet(): Array<{ file: string; fields: PostFields; settings?: Partial<RuleSettings>; expected: string[] }> {
  const all = [];
  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith(".yaml")).sort()) {
    const dev = parse(readFileSync(new URL(file, FIXTURES), "utf8")) as DevFile;
    for (const { expect: expected, settings, ...own } of dev.cases) {
      // A case's own fields win over the file's defaults; null removes a default.
      const merged: Record<string, unknown> = { ...dev.defaults, ...own };
      for (const key of Object.keys(merged)) if (merged[key] === null) delete merged[key];
      all.push({ file, fields: merged as unknown as PostFields, settings: settings ?? dev.settings, expected: expected ?? [] });
    }
  }
  return all;
}

const messages = (fields: PostFields | string, settings?: Partial<RuleSettings>) =>
  runRule(rule, fields, settings ? { settings } : {}).map((violation) => violation.messageId);

const brand = { name: "Acme Outdoors", aliases: ["Acme"], handles: ["@acme"] };
const agency = { kind: "agency" as const, name: "Dana Kim", organization: "Brightside Media", initials: "DK" };
const onBrandAccount = { brand, author: agency, account: { handle: "@acme", owner: "brand" as const } };
const influencer = { brand, author: { kind: "influencer" as const }, account: { owner: "personal" as const }, sponsored: true };

describe("agency-voice dev set", () => {
  const devSet = loadDevSet();

  it("has at least 150 labeled posts covering every message", () => {
    expect(devSet.length).toBeGreaterThanOrEqual(150);
    const covered = new Set(devSet.flatMap((item) => item.expected));
    expect([...covered].sort()).toEqual(Object.keys(rule.meta.messages).sort());
  });

  it("reaches precision and recall of at least 0.95", () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const { file, fields, settings, expected } of devSet) {
      const violations = runRule(rule, fields, settings ? { settings } : {});
      for (const violation of violations) expect(violation.message).not.toMatch(/\{\{/);
      const actual = new Set(violations.map((violation) => violation.messageId));
      const wanted = new Set(expected);
      for (const id of actual) wanted.has(id) ? truePositives++ : falsePositives++;
      for (const id of wanted) if (!actual.has(id)) falseNegatives++;
      if ([...actual].sort().join() !== [...wanted].sort().join()) {
        misses.push(`${file}: ${JSON.stringify(fields.text)} expected [${[...wanted]}] got [${[...actual]}]`);
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    if (misses.length > 0) console.log(`agency-voice misses (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}):\n${misses.join("\n")}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe("agency-voice", () => {
  it("reports nothing when the config says nothing about brand, author or payment", () => {
    expect(messages("I love my new Acme tent! I work at Acme. #sp")).toEqual([]);
  });

  it("matches words, not substrings: #adidas and adventure are not disclosures", () => {
    expect(messages({ ...influencer, text: "An adventure with #adidas and @acme" })).toEqual(["undisclosed-sponsorship"]);
    expect(messages({ ...influencer, text: "#ad An adventure with #adidas and @acme" })).toEqual([]);
  });

  it("finds the brand by name, alias, possessive, handle and inside hashtags", () => {
    const post = { brand, author: { kind: "influencer" as const } };
    for (const text of ["Acme Outdoors rocks", "acme's tents", "Hi @Acme", "#AcmeOutdoors", "#acmeoutdoors", "#LoveAcme"]) {
      expect(messages({ ...post, text })).toEqual(["undisclosed-sponsorship"]);
    }
    expect(messages({ ...post, text: "Acmes and acmeology" })).toEqual([]);
  });

  it("reads a label word as a disclosure only when it is set off as one", () => {
    expect(messages({ ...influencer, text: "Ad: an adventure with @acme" })).toEqual([]);
    expect(messages({ ...influencer, text: "Ad agencies love @acme" })).toEqual(["undisclosed-sponsorship"]);
    expect(messages({ ...influencer, text: "#AdLife with @acme" })).toEqual(["undisclosed-sponsorship"]);
  });

  it("does not take a denial for a disclosure", () => {
    expect(messages({ ...influencer, text: "#NotSponsored, I just love @acme" })).toEqual(["undisclosed-sponsorship"]);
    expect(messages({ ...influencer, text: "Not an ad, I just love @acme" })).toEqual(["undisclosed-sponsorship"]);
  });

  it("accepts a caret signature only with the author's initials", () => {
    const text = "@mara So sorry! I've passed this to our shipping team.";
    expect(messages({ ...onBrandAccount, text })).toEqual(["unsigned-reply"]);
    expect(messages({ ...onBrandAccount, text: `${text} ^DK` })).toEqual([]);
    expect(messages({ ...onBrandAccount, text: `${text} ^D.K.` })).toEqual([]);
    const wrong = runRule(rule, { ...onBrandAccount, text: `${text} ^JS` });
    expect(wrong.map((v) => [v.messageId, v.severity, v.suggestion])).toEqual([["signature-mismatch", 1, "^DK"]]);
  });

  it("accepts the author introducing themselves, after hashtags too", () => {
    expect(messages({ ...onBrandAccount, text: "#CustomerCare I'm Dana, I'll look into it." })).toEqual([]);
    const anonymous = { kind: "agency" as const };
    expect(messages({ ...onBrandAccount, author: anonymous, text: "#CustomerCare #Help I'm Sam from Brightside, I'll look into it." })).toEqual([]);
    expect(messages({ ...onBrandAccount, author: anonymous, text: "#CustomerCare I'm so sorry, I'll look into it." })).toEqual(["unsigned-reply"]);
  });

  it("derives the expected initials from the author's name when none are configured", () => {
    const author = { kind: "agency" as const, name: "Dana Kim" };
    expect(messages({ ...onBrandAccount, author, text: "I'll look into it ^DK" })).toEqual([]);
    expect(messages({ ...onBrandAccount, author, text: "I'll look into it ^JS" })).toEqual(["signature-mismatch"]);
  });

  it("accepts the agency named, 'on behalf of' the brand, and the config's disclosure phrases", () => {
    expect(messages({ ...onBrandAccount, text: "I'm Dana from Brightside: I'll look into it." })).toEqual([]);
    expect(messages({ ...onBrandAccount, text: "Replying on behalf of the whole Acme crew: I'll look into it." })).toEqual([]);
    expect(messages({ ...onBrandAccount, text: "I'll look into it. [BS]" })).toEqual(["unsigned-reply"]);
    const settings = { disclosure: { jurisdiction: "us" as const, phrases: ["[BS]"] } };
    expect(messages({ ...onBrandAccount, text: "I'll look into it. [BS]" }, settings)).toEqual([]);
  });

  it("flags staff claims by agency writers as errors, but not by in-house staff", () => {
    const text = "As an Acme employee I can tell you the tent is waterproof.";
    const [claim] = runRule(rule, { ...onBrandAccount, text });
    expect(claim.messageId).toBe("impersonation");
    expect(claim.severity).toBe(2);
    expect(text.slice(claim.start, claim.end)).toBe("As an Acme employee");
    expect(messages({ ...onBrandAccount, author: { kind: "in-house" }, text })).toEqual([]);
  });

  it("needs a personal voice before 'we here at' is a staff claim", () => {
    expect(messages({ ...onBrandAccount, text: "We here at Acme love a rainy hike." })).toEqual([]);
    expect(messages({ ...onBrandAccount, text: "I think we here at Acme love a rainy hike." })).toEqual(["impersonation"]);
  });

  it("treats the same term differently by jurisdiction", () => {
    const post = { ...influencer, text: "#sponsored Loving my @acme tent" };
    expect(messages(post, { disclosure: { jurisdiction: "us" } })).toEqual([]);
    expect(messages(post, { disclosure: { jurisdiction: "uk" } })).toEqual(["ambiguous-disclosure"]);
    const freebie = { ...influencer, text: "Thanks @acme for the free tent!" };
    expect(messages(freebie, { disclosure: { jurisdiction: "us" } })).toEqual([]);
    expect(messages(freebie, { disclosure: { jurisdiction: "uk" } })).toEqual(["ambiguous-disclosure"]);
    const gifted = { ...influencer, text: "#gifted My new @acme tent survived the storm" };
    expect(messages(gifted, { disclosure: { jurisdiction: "us" } })).toEqual([]);
    expect(messages(gifted, { disclosure: { jurisdiction: "uk" } })).toEqual(["ambiguous-disclosure"]);
  });

  it("accepts “Advertising feature:” and “Advertorial:” as labels, not as words in a sentence", () => {
    const uk = { disclosure: { jurisdiction: "uk" as const } };
    expect(messages({ ...influencer, text: "Advertising feature: my new @acme tent" }, uk)).toEqual([]);
    expect(messages({ ...influencer, text: "Advertorial: my new @acme tent" }, uk)).toEqual([]);
    expect(messages({ ...influencer, text: "The @acme app has a new advertising feature" }, uk)).toEqual(["undisclosed-sponsorship"]);
  });

  it("warns when agency staff praise a client behind a vague tag, but thanks is no tag", () => {
    const staff = { brand, author: agency, account: { handle: "@dana", owner: "personal" as const } };
    const [vague] = runRule(rule, { ...staff, text: "Loving my new Acme tent #client" });
    expect([vague.messageId, vague.severity]).toEqual(["ambiguous-disclosure", 1]);
    expect(messages({ ...staff, text: "Loving my new Acme tent, thanks @acme" })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "Loving my new Acme tent, my client #client" })).toEqual([]);
  });

  it("recognises praise by its shape: a scoped superlative, the writer's own result, an effect of ease", () => {
    const staff = { brand, author: agency, account: { handle: "@dana", owner: "personal" as const } };
    expect(messages({ ...staff, text: "The lightest tent on the market is the Acme Ridge." })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "Acme cut my pack weight by 2 kilos." })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "Acme made our camp setup painless." })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "The lightest rain in weeks, and the Acme store opens at 9." })).toEqual([]);
    expect(messages({ ...staff, text: "The Acme launch got cut by 2 hours." })).toEqual([]);
  });

  it("does not take a call to look in a job post or a closure notice for a recommendation", () => {
    const staff = { brand, author: agency, account: { handle: "@dana", owner: "personal" as const } };
    expect(messages({ ...staff, text: "The new Acme stove is out. Take a look." })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "Acme is hiring a store lead. Take a look." })).toEqual([]);
  });

  it("reads staff claims by their shape: a role, work at the brand, a seat among its staff, its bosses and meetings", () => {
    for (const text of [
      "I've been a proud Acme employee for years, so trust me on sizing.",
      "I'm part of the Acme returns team here in Denver.",
      "Speaking as someone who works here, the sale is worth the wait.",
      "I've worked at the company since 2015 and never seen a tent fail like that.",
      "I sit across from our designers, and they test every zip.",
      "The founder asked me to reply personally.",
      "I've raised it in our team meetings, I promise.",
    ]) {
      expect(messages({ ...onBrandAccount, text }), text).toEqual(["impersonation"]);
    }
    expect(messages({ ...onBrandAccount, text: "I've passed it to our returns team and I'll update you." })).toEqual(["unsigned-reply"]);
    expect(messages({ ...onBrandAccount, text: "As a team member you'll get 30% off. Apply by Friday." })).toEqual([]);
  });

  it("counts a claim without the brand only on the brand's account or beside the brand: on the writer's own account 'our' is their employer", () => {
    const staff = { brand, author: agency, account: { handle: "@dana", owner: "personal" as const } };
    expect(messages({ ...staff, text: "I've worked at the company for five years today 🎉" })).toEqual([]);
    expect(messages({ ...staff, text: "Our CEO told me Acme is our biggest account." })).toEqual([]);
    expect(messages({ ...staff, text: "Bit biased as I work there, but the Acme stove is unreal" })).toEqual(["impersonation"]);
  });

  it("reads a reply to a question about the brand as about the brand", () => {
    const staff = { brand, author: agency, account: { handle: "@dana", owner: "personal" as const } };
    expect(messages({ ...staff, inReplyTo: "is the Acme Ridge worth it?", text: "best £200 I've spent all year" })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, inReplyTo: "the Acme Ridge held up great", text: "love this photo!" })).toEqual([]);
    expect(messages({ ...staff, inReplyTo: "is the Acme Ridge worth it?", text: "wait for the spring sale, prices drop" })).toEqual([]);
  });

  it("reads fan idioms and praise that holds at the end of a clause", () => {
    const staff = { brand, author: agency, account: { handle: "@dana", owner: "personal" as const } };
    expect(messages({ ...staff, text: "Acme rules 🔥" })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "Acme rules on returns changed this week" })).toEqual([]);
    expect(messages({ ...staff, text: "the Acme stove? can't stop using it" })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "Acme tents > every other brand" })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "Denver > Boulder > Acme store, errands done" })).toEqual([]);
  });

  it("reads a quality word said of the brand, a verdict after it and its people hailed as praise", () => {
    const staff = { brand, author: agency, account: { handle: "@dana", owner: "personal" as const } };
    expect(messages({ ...staff, text: "the Acme booking app is so slick" })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "the road up to Acme is slick tonight" })).toEqual([]);
    expect(messages({ ...staff, text: "Is the Acme app good?" })).toEqual([]);
    expect(messages({ ...staff, text: "Acme, hands down. Nothing else lasts." })).toEqual(["astroturfing"]);
    expect(messages({ ...staff, text: "I was at Acme all day for the shoot" })).toEqual([]);
    expect(messages({ ...staff, text: "absolute legends at @acme, tent swapped in a day" })).toEqual(["astroturfing"]);
  });

  it("reads thanks to the brand however warmly worded, but not thanks for choosing it", () => {
    const employee = { brand, author: { kind: "employee" as const }, account: { handle: "@sam", owner: "personal" as const } };
    expect(messages({ ...employee, text: "shoutout @acme for swapping my tent so fast" })).toEqual(["undisclosed-employee"]);
    expect(messages({ ...influencer, text: "thank you so much to the whole Acme crew for the trip" })).toEqual(["ambiguous-disclosure"]);
    expect(messages({ ...influencer, text: "Thank you for shopping with Acme, said the card in the box" })).toEqual(["undisclosed-sponsorship"]);
  });

  it("reads a claim that names the work before the place, and a shop where someone works as a place", () => {
    expect(messages({ ...onBrandAccount, text: "As someone who works the till at Acme, I'd take the Ridge 2." })).toEqual(["impersonation"]);
    expect(messages({ ...onBrandAccount, text: "I work near the Acme store, so I'll drop it round." })).toEqual(["unsigned-reply"]);
    const staff = { brand, author: agency, account: { handle: "@dana", owner: "personal" as const } };
    expect(messages({ ...staff, text: "I work in a surf shop on Sundays and Acme's van delivers there" })).toEqual([]);
    expect(messages({ ...staff, text: "Come shop the Acme autumn range with me" })).toEqual(["astroturfing"]);
  });

  it("accepts a writer on the brand's account who says they are not staff", () => {
    expect(messages({ ...onBrandAccount, text: "A quick one from Dana: I'll check the stock." })).toEqual([]);
    expect(messages({ ...onBrandAccount, author: { kind: "freelancer" as const }, text: "Hi from Sam, the freelancer behind these posts! I'll check the stock." })).toEqual([]);
    expect(messages({ ...onBrandAccount, author: { kind: "freelancer" as const }, text: "Hi from Leeds! I'll check the stock." })).toEqual(["unsigned-reply"]);
    expect(messages({ ...onBrandAccount, text: "I'm not a freelancer, promise! I'll check the stock." })).toEqual(["unsigned-reply"]);
  });

  it("does not take a disclosure that names someone else for this post's", () => {
    expect(messages({ ...influencer, text: "Our fun run (sponsored by the Rotary Club) ended at the @acme tent, obsessed" })).toEqual(["undisclosed-sponsorship"]);
    expect(messages({ ...influencer, text: "Sponsored by the team at @acme: my new tent" })).toEqual([]);
  });

  it("takes 'I work there' as an employee's disclosure", () => {
    const employee = { brand, author: { kind: "employee" as const }, account: { handle: "@sam", owner: "personal" as const } };
    expect(messages({ ...employee, text: "Biased cos I work there, but the Acme stove is unreal" })).toEqual([]);
    expect(messages({ ...employee, text: "Not paid to say it, but the Acme stove is elite" })).toEqual(["undisclosed-employee"]);
  });

  it("suggests moving a buried #ad to the start of the post", () => {
    const text = "Great hike today with @acme #camping #hiking #ad";
    const [buried] = runRule(rule, { ...influencer, text });
    expect(buried.messageId).toBe("buried-disclosure");
    expect(buried.severity).toBe(1);
    const fixed = buried.suggestion + text.slice(buried.end);
    expect(fixed).toBe("#ad Great hike today with @acme #camping #hiking");
  });

  it("buries a disclosure past the platform's truncation point only on platforms that cut", () => {
    const text = `${"Long day on the trail with my @acme pack, ".repeat(4)}#ad`;
    expect(messages({ ...influencer, platform: "instagram", text })).toEqual(["buried-disclosure"]);
    expect(messages({ ...influencer, platform: "x", text })).toEqual([]);
  });

  it("honours the hashtagRun option", () => {
    const text = "Great hike with @acme #camping #ad";
    expect(messages({ ...influencer, text })).toEqual([]);
    expect(runRule(rule, { ...influencer, text }, { options: { hashtagRun: 2 } }).map((v) => v.messageId)).toEqual(["buried-disclosure"]);
  });

  it("treats an influencer naming the brand as sponsored unless told otherwise", () => {
    const post = { brand, author: { kind: "influencer" as const }, text: "My @acme tent is the best" };
    expect(messages(post)).toEqual(["undisclosed-sponsorship"]);
    expect(messages({ ...post, sponsored: false })).toEqual([]);
    expect(runRule(rule, post, { options: { influencerMentionsAreSponsored: false } })).toEqual([]);
  });

  it("never throws and keeps every range inside the post, whatever the fields", () => {
    const pieces = ["I'm", "^DK", "^js", "#ad", "#AdLife", "Ad:", "@acme", "Acme's", "#acmepartner", "not", "sponsored", "— Dana", "\n", "💜", "thanks", "on behalf of", "", " "];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((parts) => parts.join(" "));
    const kind = fc.constantFrom(undefined, "agency", "freelancer", "influencer", "in-house", "employee");
    const owner = fc.constantFrom(undefined, "brand", "personal", "third-party");
    const platform = fc.constantFrom(undefined, "x", "instagram", "tiktok", "linkedin");
    fc.assert(
      fc.property(text, kind, owner, platform, fc.boolean(), fc.boolean(), (text, kind, owner, platform, sponsored, branded) => {
        const fields = {
          text,
          author: kind ? { kind, initials: "DK" } : undefined,
          account: owner ? { owner } : undefined,
          platform,
          sponsored,
          brand: branded ? brand : { name: "", handles: [""] },
        } as PostFields;
        for (const violation of runRule(rule, fields)) {
          expect(violation.start).toBeGreaterThanOrEqual(0);
          expect(violation.end).toBeLessThanOrEqual(text.length);
          expect(violation.start).toBeLessThanOrEqual(violation.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("tolerates wrongly typed fields from unvalidated batch files", () => {
    const weird = [
      { text: "I love @acme #ad", brand: "Acme", author: { kind: "agency" }, account: { owner: "brand" } },
      { text: "I love @acme", brand: { name: 5, aliases: "Acme", handles: "@acme" }, author: { kind: "influencer", name: 7, initials: ["D"] }, sponsored: true, platform: "myspace" },
      { text: `I love @acme #ad ${"x".repeat(300)}`, brand: { name: "Acme" }, author: "agency", sponsored: true, platform: "myspace" },
      { text: "I love @acme", brand: { name: "Acme" }, author: { kind: "agency" }, account: { owner: 3, handle: 5 } },
    ] as unknown as PostFields[];
    const settings = { disclosure: { phrases: "^DK" } } as unknown as Partial<RuleSettings>;
    for (const post of weird) expect(() => runRule(rule, post, { settings })).not.toThrow();
  });

  it("stays linear on a megabyte of adversarial input", () => {
    const agencyWriter = { ...onBrandAccount, author: { kind: "agency" as const } };
    const sponsored = { ...influencer, platform: "instagram" as const };
    const inputs: Array<[PostFields | Omit<PostFields, "text">, string]> = [
      [agencyWriter, `${"^D - #ad #sp I'm ".repeat(60_000)}@acme`],
      [sponsored, `${"^D - #ad #sp I'm ".repeat(60_000)}@acme`],
      [agencyWriter, `${"I'm Sam, thanks to on behalf of ".repeat(30_000)}Acme`],
      [sponsored, `Acme ${"#a ".repeat(300_000)}#ad`],
      [agencyWriter, `${'"I" oh my '.repeat(80_000)}I`],
      [agencyWriter, "I'm part of the team here as a member of our staff I sit next to our ".repeat(14_000)],
      [{ ...agencyWriter, account: { owner: "personal" } }, "Acme > every Acme rules 🔥 can't stop playing it ".repeat(20_000)],
      [sponsored, `${"sponsored by the PTA partnered with @x thank you ".repeat(20_000)}Acme`],
      [{ ...agencyWriter, account: { owner: "personal" } }, "thanks for the , Acme Acme app is so slick Acme 100% absolute legends ".repeat(12_000)],
      [agencyWriter, `${"Dana, the freelance someone who works the counter at ".repeat(15_000)}Acme`],
    ];
    const started = performance.now();
    for (const [fields, text] of inputs) runRule(rule, { ...fields, text });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
