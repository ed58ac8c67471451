// A deterministic corpus of realistic posts for the benchmark: captions, replies and promos with
// hashtags, mentions, URLs and emoji, a share of profanity, trending tags and sponsored posts.
// Seeded, so every run lints the same posts; no network.
import { mkdirSync, writeFileSync, createWriteStream } from "node:fs";
import { join } from "node:path";

/** Mulberry32: a small, fast, seeded PRNG. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = ["Meet the", "Say hello to the", "Back in stock:", "New this week:", "Weekend plans?", "Fresh drop:", "We asked you, you answered:", "Behind the scenes with the", "Field-tested:", "Your new favourite"];
const PRODUCTS = ["Ridgeline 2 tent", "Summit 40 pack", "TrailLite runners", "Basecamp stove", "Drift sleeping bag", "Canyon rain shell", "Alpine trekking poles", "Harbor cooler", "Switchback headlamp", "Meadow camp chair"];
const MIDDLES = ["built for long weekends and short nights", "lighter than ever and ready for the trail", "tested by our team on 200 miles of ridgeline", "now in three new colours", "with a lifetime repair promise", "made from recycled fabrics", "designed with rangers in Colorado", "packs down smaller than a water bottle", "rated for three seasons", "our most requested gear this year"];
const CLOSERS = ["Link in bio.", "Shop now at acme.com/new", "Tell us where you'd take it 👇", "Tag a friend who needs one!", "Free shipping this week only.", "See you out there.", "Available in stores Friday.", "Which colour are you picking?", "Read the full story: https://acme.com/blog/field-notes", "Questions? DM @acme_help"];
const HASHTAGS = ["#camping", "#hiking", "#TrailRunning", "#outdoors", "#getoutside", "#AcmeOutdoors", "#gearreview", "#weekendvibes", "#nature", "#backpacking", "#optoutside", "#SpringSale"];
const EMOJI = ["🏕️", "🌲", "⛰️", "🔥", "👟", "🎒", "☀️", "🌧️", "🙌", "💚", "😍", "👇"];
const REPLIES = ["Thanks so much for sharing this! We're glad the tent held up in that storm.", "Sorry to hear about the zipper — DM us your order number and we'll sort a replacement.", "Great question! The Summit 40 fits a 15-inch laptop sleeve.", "We love this photo 😍 mind if we share it?", "Hi Sam, I've passed this to our repairs team, they'll email you today. ^DK", "That trail looks amazing. Enjoy the weekend!"];
const COMPLAINTS = ["My order is two weeks late and nobody answers.", "The zipper broke on day one. Really disappointed.", "Where is my refund??", "Love the new colours!", "Does this come in wide sizes?"];
const PROFANE = ["what the hell is this weather", "damn, that view", "holy shit, 90 seconds to pitch", "this f*cking rain though", "wtf is this price"];
const TRENDING = ["#NationalCoffeeDay", "#StormElla", "#MondayMotivation", "#WhyIStayed", "#SuperBowl"];
const SPONSORED = ["#ad", "#sponsored", "#collab", "thanks @acme!", "Paid partnership with @acme."];

export function makePost(rand, index) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const roll = rand();
  const post = { id: `p${index}`, platform: pick(["instagram", "x", "facebook", "linkedin", "threads"]) };
  if (roll < 0.15) {
    post.inReplyTo = pick(COMPLAINTS);
    post.text = pick(REPLIES);
    return post;
  }
  const parts = [`${pick(OPENERS)} ${pick(PRODUCTS)}, ${pick(MIDDLES)}.`];
  if (rand() < 0.5) parts.push(pick(EMOJI));
  if (rand() < 0.06) parts.push(`Honestly, ${pick(PROFANE)}.`);
  parts.push(pick(CLOSERS));
  const tags = [];
  const tagCount = Math.floor(rand() * 5);
  for (let n = 0; n < tagCount; n++) tags.push(pick(HASHTAGS));
  if (rand() < 0.05) tags.push(pick(TRENDING));
  if (rand() < 0.08) {
    post.sponsored = true;
    post.author = { kind: "influencer", name: "Jess Rivera" };
    parts.push(pick(SPONSORED));
  }
  post.text = `${parts.join(" ")}${tags.length ? `\n\n${tags.join(" ")}` : ""}`;
  if (rand() < 0.5) post.date = new Date(Date.UTC(2026, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), 9)).toISOString();
  return post;
}

/** Writes `count` posts as JSON Lines, streaming, so a million posts need no memory. */
export async function writeJsonl(path, count, seed = 42) {
  const rand = random(seed);
  const out = createWriteStream(path);
  for (let index = 0; index < count; index++) {
    if (!out.write(`${JSON.stringify(makePost(rand, index))}\n`)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

/** Writes `count` one-post .txt drafts into a folder. */
export function writeDrafts(directory, count, seed = 7) {
  const rand = random(seed);
  mkdirSync(directory, { recursive: true });
  for (let index = 0; index < count; index++) {
    writeFileSync(join(directory, `draft-${String(index).padStart(4, "0")}.txt`), `${makePost(rand, index).text}\n`);
  }
}
