// Does the post refer to a tragedy, a disaster, a death or a product-safety scare? Fixed words and
// phrases (cues.yaml, moment.yaml) and the sentence shapes they come in: the loss of a person ("the
// 39 supporters we lost"), a named death ("RIP Joan", "Vale Uncle Bazza"), prayers for a named place
// ("praying for Turkey and Syria"), a hazard tied to a place or to its aftermath ("smoke haze over
// Canberra", "storm damage"), harm to people ("fans were injured"), an allergen hidden in a product,
// and a defect of our product with the remedy of a recall. Every shape looks a few words around one
// term: linear in the post.
import { findTragedy } from "../../src/text/cues.js";
import type { Term } from "../../src/text/analysis.js";
import type { Post, RuleSettings } from "../../src/types.js";
import { getLexicon, phraseKey, SHAPE_ALLERGEN, SHAPE_DEATH, SHAPE_HARM, SHAPE_LOSS, SHAPE_PRAYER, SHAPE_RECALL, type MomentShapes } from "./lexicon.js";
import { cuesOf, sameClause, sequenceAt, sequenceBefore, SpanIndex, type Reading } from "./reading.js";

export interface Spot {
  start: number;
  end: number;
}

export interface Moment {
  /** How the message names the event: the words of the post, or the crisis window's context. */
  event: string;
}

interface SoftCue extends Spot {
  /** A feeling of grief ("heartbroken", 💔): needs a soft cue of another kind beside it. */
  feeling?: boolean;
}

/**
 * The tragedy the post refers to: a clear tragedy word, sympathy phrase or shape; two softer cues
 * ("storm" and "stay safe"), not both feelings; or one softer cue inside a crisis window of the
 * config. A post that says nothing of the crisis but is dated inside its window is crisis-freeze's
 * to hold, not ours.
 */
export function findMoment(post: Pick<Post, "inReplyTo" | "date">, reading: Reading, settings: RuleSettings): Moment | undefined {
  const lexicon = getLexicon();
  const { text } = reading.analysis;
  const idioms = new SpanIndex(cuesOf(reading, "idiom"));
  const isProduct = (spot: Spot) =>
    isProductCompound(text, spot.end, lexicon.productCompounds) || isProductName(text, spot.start, spot.end, lexicon.productNouns);
  const strong: Spot[] = [...cuesOf(reading, "tragedy"), ...cuesOf(reading, "sympathy")];
  const weak = new Map<string, SoftCue>();
  for (const match of findTragedy(reading.analysis)) {
    if (idioms.contains(match.start, match.end) || isProduct(match)) continue;
    const key = phraseKey(match.phrase);
    if (lexicon.weakTragedy.has(key)) weak.set(key, match);
    else strong.push(match);
  }
  for (const category of ["weakSympathy", "weakEvent", "feeling"] as const) {
    for (const match of cuesOf(reading, category)) {
      if (!idioms.contains(match.start, match.end)) weak.set(phraseKey(match.phrase), { ...match, feeling: category === "feeling" });
    }
  }
  // A defect and a remedy, each one cue: a recall in all but name. Not in a reply to one customer.
  if (post.inReplyTo === undefined) {
    const defect = cuesOf(reading, "defect").find((match) => ownDefect(reading, match.firstTerm));
    const remedy = cuesOf(reading, "remedy")[0];
    if (defect) weak.set("defect", defect);
    if (remedy) weak.set("remedy", remedy);
  }
  const mourning = reading.sentiment.hits.find((hit) => hit.emoji?.cue === "mourning");
  if (mourning) weak.set("mourning emoji", { start: mourning.start, end: mourning.end, feeling: true });
  const shapes = findShapes(reading, idioms, isProduct);
  strong.push(...shapes.strong);
  for (const name of shapes.weak) weak.set(`lost ${name.start}`, name);

  if (strong.length) return { event: quote(text, strong.sort((a, b) => a.start - b.start)[0]) };
  const softer = withoutOverlaps([...weak.values()]);
  if (softer.length >= 2 && softer.some((cue) => !cue.feeling)) return { event: `${quote(text, softer[0])} … ${quote(text, softer[1])}` };
  const crisis = crisisAt(post, settings);
  if (softer.length >= 1 && crisis) return { event: `${quote(text, softer[0])}, during ${crisis}` };
  return undefined;
}

const DENIALS = new Set(["never", "not", "no", "won't", "don't", "doesn't", "can't", "cannot", "isn't", "aren't"]);

/** "The clip on our bottle can snap off": a defect said of our product (within twelve words of its clause), and not denied. */
function ownDefect(reading: Reading, index: number): boolean {
  const terms = reading.analysis.terms;
  let ours = false;
  for (let at = index - 1; at >= 0 && at >= index - 12 && reading.clauses[at] === reading.clauses[index]; at--) {
    if (index - at <= 3 && DENIALS.has(terms[at].norm)) return false;
    if (terms[at].norm === "our") ours = true;
  }
  return ours;
}

/** Soft cues in text order, each covering words no earlier one covers ("Memorial Day" is one cue). */
function withoutOverlaps(cues: SoftCue[]): SoftCue[] {
  const kept: SoftCue[] = [];
  for (const cue of cues.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (!last || cue.start >= last.end) kept.push(cue);
  }
  return kept;
}

interface Shapes {
  strong: Spot[];
  /** "we lost Tomás": a loss with a name, which a match ("we lost Game 7") can also be. */
  weak: Spot[];
}

function findShapes(reading: Reading, idioms: SpanIndex, isProduct: (spot: Spot) => boolean): Shapes {
  const shapes = getLexicon().moment;
  const terms = reading.analysis.terms;
  const found: Shapes = { strong: [], weak: [] };
  for (let k = 0; k < terms.length; k++) {
    const starts = shapes.triggers.get(terms[k].norm);
    if (starts === undefined || terms[k].hashtag !== undefined) continue;
    const loss = starts & SHAPE_LOSS ? sequenceAt(terms, k, shapes.lossVerbs) : 0;
    if (loss) findLoss(reading, k, loss, shapes, found);
    const named = starts & SHAPE_DEATH ? namedDeath(reading, k, shapes) : undefined;
    if (named) found.strong.push(named);
    const harmed = starts & SHAPE_HARM ? harmTo(reading, k, shapes, idioms) : undefined;
    if (harmed) found.strong.push(harmed);
    const allergen = starts & SHAPE_ALLERGEN ? hiddenAllergen(reading, k, shapes) : undefined;
    if (allergen) found.strong.push(allergen);
    const recall = starts & SHAPE_RECALL ? recallNoun(reading, k, shapes) : undefined;
    if (recall) found.strong.push(recall);
    const prayer = starts & SHAPE_PRAYER ? sequenceAt(terms, k, shapes.prayers) : 0;
    if (prayer) {
      const place = k + prayer + sequenceAt(terms, k + prayer, shapes.prayedFor);
      if (isName(terms[place], shapes) && sameClause(reading, k, place)) found.strong.push({ start: terms[k].start, end: terms[place].end });
    }
  }
  // "#PrayForIzmir", "#prayforboston": a prayer tag names its place or person, whatever its case
  // ("#PrayForSnow" is a ski resort's wish).
  for (const hashtag of reading.analysis.hashtags) {
    const lead = shapes.prayerTags.find((prayer) => hashtag.tag.length > prayer.length && hashtag.tag.startsWith(prayer));
    if (lead === undefined) continue;
    const rest = hashtag.tag.slice(lead.length);
    const wish = shapes.notPlaceTags.find((word) => rest === word || (rest.startsWith(word) && word.length >= 3));
    if (wish === undefined) found.strong.push(hashtag);
  }
  for (const hazard of cuesOf(reading, "hazard", { inHashtags: false })) {
    if (idioms.contains(hazard.start, hazard.end) || isProduct(hazard)) continue;
    const after = hazard.firstTerm + hazard.termCount;
    const aftermath = sequenceAt(terms, after, shapes.aftermath);
    if (aftermath) found.strong.push({ start: hazard.start, end: terms[after + aftermath - 1].end });
    if (shapes.unplacedHazards.has(phraseKey(hazard.phrase))) continue;
    const place = placeAfter(reading, after, shapes);
    if (place !== undefined) found.strong.push({ start: hazard.start, end: terms[place].end });
    else if (placedBefore(reading, hazard.firstTerm, shapes)) found.strong.push({ start: terms[hazard.firstTerm - 1].start, end: hazard.end });
  }
  return found;
}

/**
 * "we lost a legend", "said goodbye to our dear friend" (strong); "the 39 supporters we lost" (strong);
 * "we lost Tomás", "lost our old boy" (weak). `length`: the terms of the verb.
 */
function findLoss(reading: Reading, k: number, length: number, shapes: MomentShapes, found: Shapes): void {
  const terms = reading.analysis.terms;
  let next = k + length;
  next += sequenceAt(terms, next, shapes.lostDeterminers);
  const person = sequenceAt(terms, next, shapes.lostAfter);
  if (person && sameClause(reading, k, next + person - 1)) {
    found.strong.push({ start: terms[k].start, end: terms[next + person - 1].end });
    return;
  }
  // "had to say goodbye to our Bella" is final; "we lost our dog", "we lost Tomás" may be a search or a score.
  const final = shapes.finalLossVerbs.has(terms.slice(k, k + length).map((term) => term.norm).join(" "));
  // A pet, perhaps after one word that says which ("our shop dog").
  const described = sequenceAt(terms, next, shapes.lostPets) ? 0 : 1;
  const pet = sequenceAt(terms, next + described, shapes.lostPets);
  if (pet && sameClause(reading, k, next + described + pet - 1)) {
    (final ? found.strong : found.weak).push({ start: terms[k].start, end: terms[next + described + pet - 1].end });
    return;
  }
  const at = final ? next : k + length;
  const name = terms[at];
  if (name && isName(name, shapes) && sameClause(reading, k, at)) {
    const after = terms[at + 1];
    const place = after !== undefined && sameClause(reading, at, at + 1) && shapes.nameBlockers.has(after.norm);
    if (!final) found.weak.push({ start: terms[k].start, end: name.end });
    else if (!place) found.strong.push({ start: terms[k].start, end: name.end });
  }
  const loser = sequenceBefore(terms, k, shapes.losers);
  const who = terms[k - loser - 1];
  if (loser && who && who.hashtag === undefined && (shapes.lostBefore.has(who.norm) || /^\d+$/.test(who.norm))) {
    found.strong.push({ start: who.start, end: terms[k].end });
  }
}

/** "RIP Joan Kerr", "Vale Uncle Bazza": a word of farewell to the dead, then a name. "Vale" must open its clause ("Port Vale"). */
function namedDeath(reading: Reading, k: number, shapes: MomentShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  const length = sequenceAt(terms, k, shapes.deathInterjections);
  if (!length) return undefined;
  if (terms[k].norm === "vale" && k > 0 && sameClause(reading, k - 1, k)) return undefined;
  let end = k + length;
  if (!isName(terms[end], shapes) || !sameClause(reading, k, end)) return undefined;
  while (isName(terms[end + 1], shapes) && sameClause(reading, end, end + 1)) end++;
  const after = terms[end + 1];
  if (after && sameClause(reading, end, end + 1) && shapes.nameBlockers.has(after.norm)) return undefined;
  if (shapes.nameBlockers.has(terms[end].norm)) return undefined;
  return { start: terms[k].start, end: terms[end].end };
}

const COPULAS = new Set(["are", "were", "is", "was", "remain", "remains", "still"]);
// Words that may stand between the people and the harm: "residents were reportedly trapped".
const HARM_FILLERS = new Set(["are", "were", "is", "was", "have", "has", "been", "being", "got", "literally", "now", "already", "reportedly", "all", "still", "left", "feared", "seriously", "badly", "critically"]);

/** "residents are trapped on rooftops", "three hikers are missing near…", "fans were injured". */
function harmTo(reading: Reading, k: number, shapes: MomentShapes, idioms: SpanIndex): Spot | undefined {
  const terms = reading.analysis.terms;
  const people = sequenceAt(terms, k, shapes.harmPeople);
  if (!people) return undefined;
  for (let at = k + people; at < k + people + 4 && at < terms.length && sameClause(reading, k, at); at++) {
    const norm = terms[at].norm;
    const copula = at > k + people && COPULAS.has(terms[at - 1].norm);
    const lost = copula ? sequenceAt(terms, at, shapes.harmAfterCopula) : 0;
    const outcome = sequenceAt(terms, at, shapes.harmOutcomes);
    if (outcome && at > k + people) {
      // "hurt by the decision" is no injury; "airlifted to hospital from the north face" is.
      const after = terms[at + outcome];
      if (outcome === 1 && after && sameClause(reading, at, at + 1) && shapes.harmBlockers.has(after.norm)) return undefined;
      return { start: terms[k].start, end: terms[at + outcome - 1].end };
    }
    if (lost) {
      const after = terms[at + lost];
      const placed = !after || !sameClause(reading, at, at + lost) || shapes.harmPlaces.has(after.norm);
      return placed ? { start: terms[k].start, end: terms[at + lost - 1].end } : undefined;
    }
    if (shapes.harmVerbs.has(norm)) {
      if (idioms.contains(terms[at].start, terms[at].end)) return undefined;
      const after = terms[at + 1];
      if (after && sameClause(reading, at, at + 1) && shapes.harmBlockers.has(after.norm)) return undefined;
      return { start: terms[k].start, end: terms[at].end };
    }
    if (!HARM_FILLERS.has(norm)) return undefined;
  }
  return undefined;
}

/**
 * "the HappyBowl kibble recall", "a recall of 40,000 lamps": recall as a noun, with a determiner within
 * four words before it. Not a verb ("can you recall your first ride?") nor marketing ("brand recall").
 */
function recallNoun(reading: Reading, k: number, shapes: MomentShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  if (!shapes.recallWords.has(terms[k].norm)) return undefined;
  const next = terms[k + 1];
  if (next && sameClause(reading, k, k + 1) && shapes.recallNotAfter.has(next.norm)) return undefined;
  for (let at = k - 1; at >= 0 && at >= k - 4 && sameClause(reading, at, k); at--) {
    const norm = terms[at].norm;
    if (shapes.recallNotBefore.has(norm)) return undefined;
    if (shapes.recallDeterminers.has(norm)) return { start: terms[at].start, end: terms[k].end };
  }
  return undefined;
}

/** "undeclared peanuts", "some hidden milk in them". */
function hiddenAllergen(reading: Reading, k: number, shapes: MomentShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  const strong = sequenceAt(terms, k, shapes.allergenHiders);
  const soft = strong ? 0 : sequenceAt(terms, k, shapes.softAllergenHiders);
  if (!strong && !soft) return undefined;
  const at = k + (strong || soft);
  const allergen = sequenceAt(terms, at, shapes.allergens);
  if (!allergen || !sameClause(reading, k, at + allergen - 1)) return undefined;
  const last = at + allergen - 1;
  if (soft && terms[last + 1]?.norm !== "in") return undefined;
  return { start: terms[k].start, end: terms[last].end };
}

/**
 * Where a named place ends after a hazard: a word or two may come first ("news", "skies"), then a
 * preposition, an optional "the", and a capitalised word that is no day, month or holiday.
 */
function placeAfter(reading: Reading, from: number, shapes: MomentShapes): number | undefined {
  const terms = reading.analysis.terms;
  for (let at = from; at < from + 2 && at < terms.length; at++) {
    const preposition = sequenceAt(terms, at, shapes.placePrepositions);
    if (preposition) {
      let place = at + preposition;
      if (terms[place]?.norm === "the") place++;
      const term = terms[place];
      return term && isName(term, shapes) && sameClause(reading, from - 1, place) ? place : undefined;
    }
  }
  return undefined;
}

/**
 * "the A64 pile-up", "the Lismore floods": a lower-case hazard right after a capitalised name that does
 * not open its clause (a title-case name, "the Summer Flood Sale", is not a place and a hazard).
 */
function placedBefore(reading: Reading, hazard: number, shapes: MomentShapes): boolean {
  const terms = reading.analysis.terms;
  const written = terms[hazard].text;
  if (hazard < 2 || written[0] !== written[0].toLowerCase()) return false;
  return isName(terms[hazard - 1], shapes) && sameClause(reading, hazard - 2, hazard);
}

function isName(term: Term | undefined, shapes: MomentShapes): boolean {
  if (!term || term.hashtag !== undefined || shapes.notPlaces.has(term.norm)) return false;
  const first = term.text[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "earthquake-proof": the disaster word is followed by a hyphen and a product quality. */
function isProductCompound(text: string, end: number, suffixes: ReadonlySet<string>): boolean {
  if (text[end] !== "-") return false;
  let stop = end + 1;
  while (stop < text.length && /[A-Za-z]/.test(text[stop])) stop++;
  return stop > end + 1 && suffixes.has(text.slice(end + 1, stop).toLowerCase());
}

/** "our Aftershock flavor": a capitalised disaster word naming the product after it. */
function isProductName(text: string, start: number, end: number, nouns: ReadonlySet<string>): boolean {
  if (text[start] === text[start].toLowerCase() || text[end] !== " ") return false;
  const next = /^[A-Za-z]+/.exec(text.slice(end + 1, end + 24));
  return next !== null && nouns.has(next[0].toLowerCase());
}

function crisisAt(post: Pick<Post, "date">, settings: RuleSettings): string | undefined {
  const when = (post.date ?? settings.now).getTime();
  for (const window of settings.crisis ?? []) {
    if (window.since && when < window.since.getTime()) continue;
    if (window.until && when > endOfDay(window.until)) continue;
    return window.context ? `${window.context} (a crisis window in your config)` : "a crisis window in your config";
  }
  return undefined;
}

// A date-only `until` (midnight) includes that whole day.
function endOfDay(date: Date): number {
  const time = date.getTime();
  return time % 86_400_000 === 0 ? time + 86_399_999 : time;
}

export function quote(text: string, spot: Spot): string {
  return `“${text.slice(spot.start, spot.end)}”`;
}
