import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/analysis.js";
import { findClearPromotion, findPromotion } from "../../src/text/cues.js";

const promotion = (text: string) => findPromotion(analyze(text)).map((match) => text.slice(match.start, match.end));
const clear = (text: string) => findClearPromotion(analyze(text)).map((match) => text.slice(match.start, match.end));

describe("findPromotion: offers written with a figure", () => {
  it("finds discounts", () => {
    expect(promotion("Boots 30% off this week")).toEqual(["30% off"]);
    expect(promotion("Take $10 off, or half off the second pair")).toEqual(["$10 off", "half off"]);
    expect(promotion("Poles 25 percent off")).toEqual(["25 percent off"]);
    expect(promotion("Save 15% on climbing shoes")).toEqual(["Save 15%"]);
  });

  it("finds prices with a lead, a count or a tail", () => {
    expect(promotion("Fares from $99 one way")).toEqual(["from $99"]);
    expect(promotion("Gifts under £50")).toEqual(["under £50"]);
    expect(promotion("Wraps 2 for $6, corn 6/$3")).toEqual(["2 for $6", "6/$3"]);
    expect(promotion("Espresso $4 all day, pints £5 each")).toEqual(["$4 all day", "£5 each"]);
    expect(promotion("$6 pints all weekend")).toEqual(["$6 pints all weekend"]);
    expect(promotion("Donuts 99¢ only")).toEqual([]);
    expect(promotion("Donuts only 99¢")).toEqual(["only 99"]);
  });

  it("finds free trials and rates", () => {
    expect(promotion("Start a free 30-day trial")).toEqual(["free 30-day trial"]);
    expect(promotion("Now earns 4.4% APY")).toEqual(["4.4% APY"]);
  });

  it("leaves sums that are not offers", () => {
    expect(promotion("We donated $25,000 to the fire crews")).toEqual([]);
    expect(promotion("My card was charged $400")).toEqual([]);
    expect(promotion("The base fare will be $2.75, up from $2.50")).toEqual([]);
    expect(promotion("The storm caused $2.5M in damage, $10 million in all")).toEqual([]);
    expect(promotion("50% of take-home pay goes to needs")).toEqual([]);
    expect(promotion("A dividend of $0.42 per share")).toEqual([]);
  });
});

describe("findPromotion: calls to buy", () => {
  it("finds a product bought by the pack", () => {
    expect(promotion("Grab a box of Riverbend penne")).toEqual(["Grab a box of Riverbend"]);
    expect(promotion("Honor him with a bag of our blend")).toEqual(["with a bag of our"]);
  });

  it("leaves advice about essentials", () => {
    expect(promotion("Get a case of water before the storm")).toEqual([]);
    expect(promotion("Fill the cooler with a bag of ice")).toEqual([]);
  });

  it("drops urgency when the post gives the thing away", () => {
    expect(promotion("Hoodies selling fast")).toEqual(["selling fast"]);
    expect(promotion("Free N95s at the door while they last")).toEqual([]);
  });
});

describe("findClearPromotion", () => {
  it("leaves weak sales words alone in a notice", () => {
    expect(clear("Evacuation map: link in bio")).toEqual([]);
    expect(clear("Round up at checkout for flood relief")).toEqual([]);
    expect(clear("You don't need to buy anything")).toEqual([]);
    expect(clear("Our shop is closed today")).toEqual([]);
  });

  it("keeps a weak sales verb that takes something for sale", () => {
    expect(clear("Shop our storm sale")).toEqual(["Shop", "sale"]);
    expect(clear("Buy one, get one free")).toEqual(["Buy one, get one"]);
  });

  it("keeps weak words beside a clear cue", () => {
    expect(clear("20% off everything, link in bio")).toEqual(["20% off"]);
  });
});
