import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import rule from "../../rules/hashtag-hijack/index.js";
import { runRule } from "../../src/engine.js";
import type { Brand, PostFields, RuleSettings, TrendingEntry } from "../../src/types.js";
import { scoreOutcomes } from "./labeled-set.js";

const fixture = (name: string) => parse(readFileSync(new URL(`../../fixtures/hashtag-hijack/${name}`, import.meta.url), "utf8"));

interface Case extends Omit<PostFields, "brand" | "date"> {
  note?: string;
  brand?: string;
  date?: string | Date;
  expect: string[];
}

// posts.yaml is a list of cases; each further posts-*.yaml is `{ brands?, trending?, posts }`, its
// brands and feed entries added to those of brands.yaml and trending.yaml.
interface MoreCases {
  brands?: Record<string, Brand>;
  trending?: Array<Record<string, unknown>>;
  posts: Case[];
}
const more = readdirSync(new URL("../../fixtures/hashtag-hijack/", import.meta.url))
  .filter((name) => /^posts-.+\.ya?ml$/.test(name))
  .sort()
  .map((name) => ({ name, ...(fixture(name) as MoreCases) }));
const brands = Object.assign({}, fixture("brands.yaml") as Record<string, Brand>, ...more.map((file) => file.brands ?? {})) as Record<string, Brand>;
const cases = [...(fixture("posts.yaml") as Case[]), ...more.flatMap((file) => file.posts)];
// The CLI's feed loader parses dates; here the test does it.
const toDate = (value: unknown) => (value === undefined ? undefined : new Date(value as string));
const feedEntry = (source: string) => (entry: Record<string, unknown>): TrendingEntry => ({
  tag: String(entry.tag),
  context: entry.context as string | undefined,
  sensitive: entry.sensitive as boolean | undefined,
  since: toDate(entry.since),
  until: toDate(entry.until),
  source: `fixtures/hashtag-hijack/${source}`,
});
const trending: TrendingEntry[] = [
  ...(fixture("trending.yaml") as Array<Record<string, unknown>>).map(feedEntry("trending.yaml")),
  ...more.flatMap((file) => (file.trending ?? []).map(feedEntry(file.name))),
];
// The linter's clock for posts without a date: during Hurricane Sandy, so the feed's #Sandy applies.
const settings: Partial<RuleSettings> = { trending, now: new Date("2012-10-30T12:00:00Z") };

function lint(text: string, fields: Partial<PostFields> = {}, options: Record<string, unknown> = {}, extra: Partial<RuleSettings> = {}) {
  return runRule(rule, { account: { owner: "brand" }, ...fields, text }, { settings: { ...settings, ...extra }, options });
}

function runCase(c: Case) {
  const { note: _note, expect: _expect, brand, date, ...fields } = c;
  if (brand && !brands[brand]) throw new Error(`unknown brand "${brand}" in case ${JSON.stringify(c.text)}`);
  return lint(c.text, { ...fields, brand: brand ? brands[brand] : undefined, date: toDate(date) });
}

describe("hashtag-hijack development set", () => {
  it("has at least 150 labelled posts, clean ones included", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(70);
  });

  it("reaches precision and recall of at least 0.95", () => {
    const { precision, recall, mistakes } = scoreOutcomes(
      cases.map((c) => ({ text: c.text, expected: c.expect, reported: runCase(c).map((violation) => violation.messageId) })),
    );
    if (mistakes.length > 0) console.log(`precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}\n${mistakes.join("\n")}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

});

describe("hashtag-hijack", () => {
  it("reports a cause hashtag on a promotion as an error over the hashtag", () => {
    const text = "Order a pizza tonight #WhyIStayed";
    const [violation] = lint(text);
    expect(violation).toMatchObject({ messageId: "sensitive", severity: 2 });
    expect(text.slice(violation.start, violation.end)).toBe("#WhyIStayed");
    expect(violation.message).toContain("why i stayed");
  });

  it("reads run-on lower-case hashtags by their words", () => {
    expect(lint("Free delivery tonight #prayforboston").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("New tents in stock #neverforget911").map((v) => v.messageId)).toEqual(["sensitive"]);
  });

  it("only warns, asking for review, on a plainly sincere message", () => {
    const [violation] = lint("Our hearts go out to the families. We are donating to the relief fund. #BostonStrong");
    expect(violation).toMatchObject({ messageId: "sincereReview", severity: 1 });
  });

  it("errs when a sincere message also sells", () => {
    expect(lint("Our hearts go out to Boston. 20% off running shoes this week #BostonStrong")[0]).toMatchObject({ messageId: "sensitive", severity: 2 });
  });

  it("reads a post as sincere by what it is about, not by a fixed phrase, and keeps jokes and plugs errors", () => {
    expect(lint("12 years ago today. We still remember. #BostonStrong")[0]).toMatchObject({ messageId: "sincereReview" });
    expect(lint("The shop is closed today. Our door is open if you need a quiet place. #PrayForBoston")[0]).toMatchObject({ messageId: "sincereReview" });
    expect(lint("12 years ago today we opened our first store 🎉 #BostonStrong")[0]).toMatchObject({ messageId: "sensitive" });
    expect(lint("#WhyIStayed You had pizza.")[0]).toMatchObject({ messageId: "sensitive" });
  });

  it("lets a cause organisation use its own cause's tag, and reviews a sale on it", () => {
    const brand = { name: "Safe Harbor", topics: ["domestic violence services", "crisis line"] };
    expect(lint("You are not alone. Our crisis line is open 24/7. #WhyIStayed", { brand })).toEqual([]);
    expect(lint("Thrift store 50% off, every purchase funds shelter beds #WhyIStayed", { brand })[0]).toMatchObject({ messageId: "ownCauseSale", severity: 1 });
    expect(lint("You are not alone. #StopAsianHate", { brand })[0]).toMatchObject({ messageId: "sincereReview" });
  });

  it("takes a town the lists lack for a place when the post uses it as one", () => {
    expect(lint("#GARNERSTRONG Our Garner location reopens with $1 slices").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("Every recipe came from Mom. 15% off cookbooks #MomStrong")).toEqual([]);
  });

  it("leaves a personal account's own sincere post alone", () => {
    expect(lint("Praying for my hometown tonight #prayforboston", { account: { owner: "personal" } })).toEqual([]);
  });

  it("needs a place in the tag for event words: #VegasShooting yes, #ShootingStar no", () => {
    expect(lint("Shop the sale #VegasShooting").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("Shop the sale #ShootingStar #BathBomb #CoreStrong")).toEqual([]);
  });

  it("counts RIP only in capitals", () => {
    expect(lint("New wetsuits are in #RIPKobe").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("New wetsuits are in #RipCurl")).toEqual([]);
  });

  describe("trending feeds", () => {
    const feed: TrendingEntry[] = [
      { tag: "Aurora", context: "a shooting at a cinema", since: new Date("2012-07-20"), until: new Date("2012-07-30") },
      { tag: "Oscars", context: "the Academy Awards" },
      { tag: "Crème", sensitive: true },
    ];
    const withFeed = (text: string, fields: Partial<PostFields> = {}) => lint(text, fields, {}, { trending: feed });

    it("errs on a tag trending for a tragedy, inside its window only", () => {
      const during = withFeed("Shop the Aurora dress #aurora", { date: new Date("2012-07-21") });
      expect(during.map((v) => v.messageId)).toEqual(["trendingSensitive"]);
      expect(during[0].message).toContain("a shooting at a cinema");
      expect(withFeed("Shop the Aurora dress #aurora", { date: new Date("2013-07-21") })).toEqual([]);
    });

    it("judges a post without a date at the linter's clock", () => {
      expect(lint("Shop the Aurora dress #Aurora", {}, {}, { trending: feed, now: new Date("2012-07-25") })).toHaveLength(1);
      expect(lint("Shop the Aurora dress #Aurora", {}, {}, { trending: feed, now: new Date("2012-08-25") })).toEqual([]);
    });

    it("matches tags ignoring case and diacritics", () => {
      expect(withFeed("Buy now #CREME").map((v) => v.messageId)).toEqual(["trendingSensitive"]);
      expect(withFeed("Buy now #crème").map((v) => v.messageId)).toEqual(["trendingSensitive"]);
    });

    it("does not take the words that hook a trend for a subject the post shares with it", () => {
      const brand = { name: "Acme Outdoors", topics: ["camping gear"] };
      expect(withFeed("Who will win tonight? Use code OSCARS for 30% off tents #Oscars", { brand })[0]).toMatchObject({ messageId: "trendJacking" });
      expect(withFeed("While you watch the awards, tents are 30% off #Oscars", { brand })[0]).toMatchObject({ messageId: "trendJacking" });
      // A line that only points at the trend ("who else…", "X who?", "… anyway") is its hook.
      expect(withFeed("Oscars who? 😏 the only award we care about is our tent sale, 30% off #Oscars", { brand })[0]).toMatchObject({ messageId: "trendJacking" });
      expect(withFeed("who else is glued to the #Oscars rn 😂 anyway our summer tents are 30% off", { brand })[0]).toMatchObject({ messageId: "trendJacking" });
    });

    it("warns about an unrelated trending tag on a promotion, not on a related one", () => {
      const brand = { name: "Acme Outdoors", topics: ["camping gear", "trail running"] };
      expect(withFeed("Tents 30% off this weekend #Oscars", { brand })[0]).toMatchObject({ messageId: "trendJacking", severity: 1 });
      expect(withFeed("Watch the Oscars at our store party, tents 30% off #Oscars", { brand })).toEqual([]);
      expect(withFeed("Who are you rooting for tonight? #Oscars", { brand })).toEqual([]);
    });
  });

  it("relates trending tags to the brand's topics by stem and spelling", () => {
    const feed: TrendingEntry[] = [{ tag: "TrailRunning" }, { tag: "Camping" }];
    const brand = { name: "Acme", topics: ["trail running", "camping gear"] };
    expect(lint("Shoes on sale #TrailRunning #Camping", { brand }, {}, { trending: feed })).toEqual([]);
  });

  it("reports a place hashtag next to its tragedy on a promotion", () => {
    const text = "#Cairo is in uproar. Our new spring collection is online now";
    expect(lint(text).map((v) => v.messageId)).toEqual(["placeTragedy"]);
    expect(lint("Our Cairo café opens today, 10% off lattes #Cairo")).toEqual([]);
  });

  it("suggests CamelCase for a hashtag that reads two ways", () => {
    const [violation] = lint("Join the listening party #susanalbumparty");
    expect(violation).toMatchObject({ messageId: "ambiguous", severity: 1, suggestion: "#SusanAlbumParty" });
    expect(violation.message).toContain("anal");
    expect(lint("Join us #nowthatchersdead")[0].suggestion).toBe("#NowThatchersDead");
    expect(lint("Cocktail hour at the bar #cocktailhour #sussexlife")).toEqual([]);
  });

  it("suggests the clean reading when the likeliest one is offensive and the post shows the clean one is meant", () => {
    const [violation] = lint("Ciao Italia! Our first stores open in Milan this week #nextgenitalia");
    expect(violation).toMatchObject({ messageId: "ambiguous", severity: 1, suggestion: "#NextGenItalia" });
    expect(violation.message).toContain("genitalia");
    // Nothing in the post says which reading is meant: it may mean what it says.
    expect(lint("Talk to someone today #molestationawareness")).toEqual([]);
  });

  it("reads a fire as a disaster only when the post reads it as an event", () => {
    expect(lint("Terrible scenes after the warehouse blaze in #Droylsden. Scooters 20% off today").map((v) => v.messageId)).toEqual(["placeTragedy"]);
    expect(lint("Thinking of #Whitstable after last night's fire. Rooms 25% off this week").map((v) => v.messageId)).toEqual(["placeTragedy"]);
    expect(lint("Everyone affected by the fire in #Todmorden is in our thoughts.").map((v) => v.messageId)).toEqual(["sincereReview"]);
    expect(lint("Cosy up by the fire in #Todmorden, hot chocolate 2 for £6")).toEqual([]);
    expect(lint("Chef fires up the grill in #Leeds tonight, two for £15")).toEqual([]);
    expect(lint("Shooting our new campaign in #Salford today, coats 20% off")).toEqual([]);
  });

  it("knows campaign tags by what they oppose or the protest they name", () => {
    expect(lint("Ride home safe, 3 free trips with code SAFE3 #StopKnifeCrime").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("Can't make the #ClimateStrike? Switch to our green tariff instead").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("#EndOfSeasonSale 40% off #LightningStrike #TubeStrike")).toEqual([]);
  });

  it("takes allow, sensitive and ambiguity options", () => {
    expect(lint("Sale #BostonStrong", {}, { allow: ["#bostonstrong"] })).toEqual([]);
    expect(lint("Sale #FreeTheNipple", {}, { sensitive: ["FreeTheNipple"] }).map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("Join us #penisland", {}, { ambiguity: false })).toEqual([]);
  });

  it("finds a listed tag written whole that the dictionary cannot split", () => {
    expect(lint("Happy #Juneteenth! 20% off everything").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("Lest we forget. Shop the sale #anzacday").map((v) => v.messageId)).toEqual(["sensitive"]);
  });

  it("does not call junk splits a second reading", () => {
    expect(lint("Donations open for #haitiearthquake relief").map((v) => v.messageId)).toEqual(["sincereReview"]);
  });

  it("accepts a post date given as text", () => {
    const feed: TrendingEntry[] = [{ tag: "Sandy", sensitive: true, since: new Date("2012-10-26"), until: new Date("2012-11-15") }];
    const fields = { date: "2012-10-29T12:00:00Z" as unknown as Date };
    expect(lint("20% off today #Sandy", fields, {}, { trending: feed }).map((v) => v.messageId)).toEqual(["trendingSensitive"]);
  });

  it("stays fast on a megabyte of adversarial hashtags", () => {
    const started = performance.now();
    lint("#" + "a".repeat(1_000_000));
    lint("#prayforbostonstrong ".repeat(50_000));
    lint(Array.from({ length: 40_000 }, (_, i) => `#x${i}zzqq`).join(" "));
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("reads a digit between words as the word (#Pray4Paris) and a short mourning post as sincere", () => {
    expect(lint("20% off all umbrellas #Pray4Paris").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("🙏🖤 #Pray4Paris").map((v) => v.messageId)).toEqual(["sincereReview"]);
    expect(lint("Paris, estamos contigo. #PrayForParis").map((v) => v.messageId)).toEqual(["sincereReview"]);
    expect(lint("🙏😂 #prayforus").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("Dinner for two, book now #Dinner4Two")).toEqual([]);
  });

  it("takes a name no list knows for a place when the post makes it the place of a tragedy", () => {
    expect(lint("#Tewkesbury is underwater again. Our sofa sale ends Sunday!").map((v) => v.messageId)).toEqual(["placeTragedy"]);
    expect(lint("Heartbroken by the landslide in #Sarno. We are donating to the relief fund.").map((v) => v.messageId)).toEqual(["sincereReview"]);
    expect(lint("Sandbags 2 for £5 #morpethfloods").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("Our #Tewkesbury branch opens Monday, 10% off all week")).toEqual([]);
    expect(lint("Dive into underwater adventures in #Bonaire, 20% off snorkel gear")).toEqual([]);
  });

  it("knows cause observances by their shape, not commercial days", () => {
    expect(lint("#AutismAwarenessMonth 20% off all kits").map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("We stand with our fans: rainbow laces all weekend for #KickOutHomophobia.").map((v) => v.messageId)).toEqual(["sincereReview"]);
    expect(lint("#WomensHistoryMonth: meet the founders who built our neighbourhood")).toEqual([]);
    expect(lint("#NationalDonutDay 20% off every dozen #SmallBusinessSaturday #BlackFriday")).toEqual([]);
    expect(lint("#FamilyHistoryMonth: 30% off DNA kits")).toEqual([]);
  });

  it("leaves a trading-hours notice for a day alone", () => {
    expect(lint("Our branches will be closed Monday in observance of #Juneteenth.")).toEqual([]);
    expect(lint("We close at noon on #AnzacDay for the dawn service. Lest we forget.").map((v) => v.messageId)).toEqual(["sincereReview"]);
  });

  it("judges a sale on the brand's own cause by whether it serves the cause", () => {
    const brand = { name: "Corner Apothecary", topics: ["pharmacy", "mental health"] };
    expect(lint("#WorldMentalHealthDay: our pharmacists are here to listen", { brand })).toEqual([]);
    expect(lint("#WorldMentalHealthDay: 20% off vitamins", { brand }).map((v) => v.messageId)).toEqual(["sensitive"]);
    expect(lint("#WorldMentalHealthDay: 20% off today, all proceeds to our mental health line", { brand }).map((v) => v.messageId)).toEqual(["ownCauseSale"]);
    const charity = { name: "Stillwater", topics: ["sexual assault", "survivor advocacy"] };
    expect(lint("#MeToo: our new report on campus safety is out. Read it at stillwater.org/report", { brand: charity })).toEqual([]);
  });

  describe("feed tags a post shares a story or a cause with", () => {
    const feed: TrendingEntry[] = [
      { tag: "CycloneHarlow", context: "two killed as the cyclone crossed the coast", sensitive: true, since: new Date("2028-01-20"), until: new Date("2028-02-05") },
      { tag: "OrangeDay", context: "UN day to end violence against women", sensitive: true },
      { tag: "CupFinal", context: "the cup final at Wembley" },
    ];
    const withFeed = (text: string, fields: Partial<PostFields> = {}) => lint(text, { date: new Date("2028-01-25"), ...fields }, {}, { trending: feed });

    it("ties a tag sharing the story's name to the sensitive one", () => {
      expect(withFeed("Sun's out, sailings from $19 #ByeByeHarlow").map((v) => v.messageId)).toEqual(["sharesTrendingName"]);
      expect(withFeed("Sun's out, sailings from $19 #ByeByeHarlow", { date: new Date("2028-03-25") })).toEqual([]);
      expect(withFeed("Storm chasers tour, tickets from $25 #StormChasers")).toEqual([]);
    });

    it("reads a cause campaign in the feed as the brand's own cause through its context", () => {
      const brand = { name: "Open Door Refuge", topics: ["refuges", "women's safety"] };
      expect(withFeed("#OrangeDay: tonight we light our refuge orange", { brand })).toEqual([]);
      expect(withFeed("Orange cupcakes 2 for £3 #OrangeDay").map((v) => v.messageId)).toEqual(["trendingSensitive"]);
    });

    it("takes services laid on for an event as joining it", () => {
      const brand = { name: "Redline Coaches", topics: ["coach travel"] };
      expect(withFeed("Extra coaches from Leeds for the #CupFinal, seats from £15", { brand })).toEqual([]);
      expect(withFeed("Extra coaches to the coast this half term, seats from £15 #CupFinal", { brand })[0]).toMatchObject({ messageId: "trendJacking" });
    });
  });

  it("ignores posts without hashtags and hashtag-like text in URLs", () => {
    expect(lint("Pray for Boston. Shop our sale.")).toEqual([]);
    expect(lint("See https://acme.co/#prayforboston sale")).toEqual([]);
  });
});
