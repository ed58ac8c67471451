// Shared cue vocabularies: is a post promotional, does it refer to a tragedy?
// The words are data (cues.yaml); this module compiles them once, on first use.
import { loadData } from "../data.js";
import type { Analysis, Term } from "./analysis.js";
import { PhraseMatcher, phraseWords, type PhraseMatch } from "./phrases.js";

interface CueData {
  promotion: string[];
  weakPromotion: string[];
  scarcity: string[];
  goodwill: string[];
  salesVerbObjects: Record<string, string[]>;
  offers: {
    discountAfter: string[];
    discountLeads: string[];
    priceLeads: string[];
    priceChangeWords: string[];
    pledgeWords: string[];
    priceCounts: string[];
    priceTails: string[];
    rateTails: string[];
    freeWithin3: string[];
  };
  portionPitch: { verbs: string[]; determiners: string[]; portions: string[] };
  tragedy: string[];
}

/** Phrases as word sequences, for looking right before or after a figure. */
type Sequences = string[][];

interface Cues {
  promotion: PhraseMatcher;
  tragedy: PhraseMatcher;
  weak: Set<string>;
  scarcity: Set<string>;
  goodwill: PhraseMatcher;
  salesObjects: Map<string, Set<string>>;
  discountAfter: Sequences;
  discountLeads: Sequences;
  priceLeads: Sequences;
  priceChangeWords: Set<string>;
  pledgeWords: Set<string>;
  priceCounts: Set<string>;
  priceTails: Sequences;
  rateTails: Sequences;
  freeWithin3: Set<string>;
  pitchVerbs: Sequences;
  determiners: Set<string>;
  portions: Set<string>;
}

let compiled: Cues | undefined;

function cues(): Cues {
  if (!compiled) {
    const data = loadData<CueData>(new URL("./cues.yaml", import.meta.url));
    const sequences = (phrases: string[]) => phrases.map(phraseWords).filter((words) => words.length > 0);
    compiled = {
      promotion: PhraseMatcher.of([...data.promotion, ...data.scarcity]),
      tragedy: PhraseMatcher.of(data.tragedy),
      weak: new Set(data.weakPromotion.map(phraseKey)),
      scarcity: new Set(data.scarcity.map(phraseKey)),
      goodwill: PhraseMatcher.of(data.goodwill),
      salesObjects: new Map(Object.entries(data.salesVerbObjects).map(([verb, objects]) => [phraseKey(verb), new Set(objects.map(phraseKey))])),
      discountAfter: sequences(data.offers.discountAfter),
      discountLeads: sequences(data.offers.discountLeads),
      priceLeads: sequences(data.offers.priceLeads),
      priceChangeWords: new Set(data.offers.priceChangeWords.map(phraseKey)),
      pledgeWords: new Set(data.offers.pledgeWords.map(phraseKey)),
      priceCounts: new Set(data.offers.priceCounts.map(phraseKey)),
      priceTails: sequences(data.offers.priceTails),
      rateTails: sequences(data.offers.rateTails),
      freeWithin3: new Set(data.offers.freeWithin3.map(phraseKey)),
      pitchVerbs: sequences(data.portionPitch.verbs),
      determiners: new Set(data.portionPitch.determiners.map(phraseKey)),
      portions: new Set(data.portionPitch.portions.map(phraseKey)),
    };
  }
  return compiled;
}

// Several rules ask the same post the same question: answer once per analysis.
const promotionFound = new WeakMap<Analysis, PhraseMatch<true>[]>();
const tragedyFound = new WeakMap<Analysis, PhraseMatch<true>[]>();

/**
 * Sales cues in text order: sales words ("sale", "shop now", "promo code"), offers written with a
 * figure ("20% off", "2 for $6", "fares from $99", "free 30-day trial") and calls to buy a product
 * by the pack ("grab a box of Riverbend penne"). Urgency ("while they last") counts unless the post
 * gives the thing away ("free N95s at the door while they last"). Shared by several rules: widen it
 * with care.
 */
export function findPromotion(analysis: Analysis): PhraseMatch<true>[] {
  let found = promotionFound.get(analysis);
  if (!found) {
    const vocabulary = cues();
    let phrases = vocabulary.promotion.matchAll(analysis);
    if (phrases.some((match) => vocabulary.scarcity.has(phraseKey(match.phrase))) && vocabulary.goodwill.test(analysis)) {
      phrases = phrases.filter((match) => !vocabulary.scarcity.has(phraseKey(match.phrase)));
    }
    found = [...phrases, ...findOffers(analysis, vocabulary), ...findPortionPitches(analysis, vocabulary)];
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    promotionFound.set(analysis, found);
  }
  return found;
}

/**
 * The promotion cues that sell on their own: weak ones ("link in bio", "checkout", "our shop",
 * "savings") are left out unless used as a verb on something for sale ("shop our sale").
 */
export function findClearPromotion(analysis: Analysis): PhraseMatch<true>[] {
  const { weak, salesObjects } = cues();
  return findPromotion(analysis).filter((match) => {
    const key = phraseKey(match.phrase);
    if (!weak.has(key)) return true;
    const next = analysis.terms[match.firstTerm + match.termCount];
    return next !== undefined && next.hashtag === analysis.terms[match.firstTerm].hashtag && salesObjects.get(key)?.has(next.norm) === true;
  });
}

function phraseKey(phrase: string): string {
  return phraseWords(phrase).join(" ");
}

/** Words for a tragedy, disaster, death or crisis. The list is shared: do not change it. */
export function findTragedy(analysis: Analysis): PhraseMatch<true>[] {
  let found = tragedyFound.get(analysis);
  if (!found) tragedyFound.set(analysis, (found = cues().tragedy.matchAll(analysis)));
  return found;
}

const SCALE_WORDS = new Set(["k", "m", "bn", "thousand", "million", "billion"]);

/** "20% off", "save $10", "now only $9", "2 for $6", "6/$3", "$4 all day", "free 30-day trial". */
function findOffers(analysis: Analysis, vocabulary: Cues): PhraseMatch<true>[] {
  const { terms, text } = analysis;
  const found: PhraseMatch<true>[] = [];
  const add = (first: number, last: number) => found.push(matchOf(terms, first, last));
  for (let at = 0; at < terms.length; at++) {
    if (terms[at].hashtag !== undefined) continue;
    if (terms[at].norm === "free") {
      for (let next = at + 1; next <= at + 3 && next < terms.length && terms[next].hashtag === undefined; next++) {
        if (vocabulary.freeWithin3.has(terms[next].norm)) {
          add(at, next);
          break;
        }
      }
      continue;
    }
    const amount = amountAt(terms, text, at);
    if (!amount) continue;
    const after = amount.last + 1;
    const discount = sequenceAt(terms, after, vocabulary.discountAfter);
    const discountLead = sequenceBefore(terms, at, vocabulary.discountLeads);
    if (discount) add(at, after + discount - 1);
    else if (amount.kind === "half") continue;
    else if (discountLead) add(at - discountLead, amount.last);
    else if (amount.kind === "percent") {
      if (sequenceAt(terms, after, vocabulary.rateTails)) add(at, after);
    } else if (!vocabulary.pledgeWords.has(terms[at - 1]?.norm ?? "")) {
      const first = priceStart(terms, text, at, vocabulary);
      const tail = first === undefined ? priceTailAt(terms, after, vocabulary.priceTails) : 0;
      if (first !== undefined) add(first, amount.last);
      else if (tail) add(at, tail);
    }
  }
  return found;
}

/** A price ("$4", "£9.99", "99¢"), a percentage ("20%", "20 percent") or "half", and its last term. */
function amountAt(terms: Term[], text: string, at: number): { kind: "price" | "percent" | "half"; last: number } | undefined {
  const norm = terms[at].norm;
  if (norm === "half") return { kind: "half", last: at };
  if (/^\d[\d.,]*%$/.test(norm)) return { kind: "percent", last: at };
  if (!/^[$£€¥]?\d[\d.,]*$/.test(norm)) return undefined;
  const next = terms[at + 1];
  if (/^\d/.test(norm)) {
    if (next?.norm === "percent" && next.hashtag === undefined) return { kind: "percent", last: at + 1 };
    return text[terms[at].end] === "¢" ? { kind: "price", last: at } : undefined;
  }
  // "$2.5M", "$10 million": a sum raised or lost, not a price.
  if (next && SCALE_WORDS.has(next.norm) && next.start - terms[at].end <= 1) return undefined;
  return { kind: "price", last: at };
}

/** Where a priced offer starts: "only $9", "fares from $99" (not "up from $2.50"), "2 for $6", "6/$3". */
function priceStart(terms: Term[], text: string, at: number, vocabulary: Cues): number | undefined {
  const lead = sequenceBefore(terms, at, vocabulary.priceLeads);
  if (lead) return vocabulary.priceChangeWords.has(terms[at - lead - 1]?.norm ?? "") ? undefined : at - lead;
  const isCount = (term: Term | undefined) => term !== undefined && term.hashtag === undefined && (/^\d+$/.test(term.norm) || vocabulary.priceCounts.has(term.norm));
  if (terms[at - 1]?.norm === "for") return isCount(terms[at - 2]) ? at - 2 : undefined;
  return isCount(terms[at - 1]) && text.slice(terms[at - 1].end, terms[at].start) === "/" ? at - 1 : undefined;
}

/** The last term of a price tail right after the price or one word on ("$6 pints all weekend"); 0 if none. */
function priceTailAt(terms: Term[], after: number, tails: Sequences): number {
  for (const at of [after, after + 1]) {
    const length = sequenceAt(terms, at, tails);
    if (length) return at + length - 1;
    if (terms[at] === undefined || terms[at].hashtag !== undefined || /^\d/.test(terms[at].norm)) return 0;
  }
  return 0;
}

/** "grab a box of Riverbend penne", "with a bag of our blend": a verb, a portion, "of", the product. */
function findPortionPitches(analysis: Analysis, vocabulary: Cues): PhraseMatch<true>[] {
  const { terms } = analysis;
  const found: PhraseMatch<true>[] = [];
  for (let at = 0; at < terms.length; at++) {
    const verb = sequenceAt(terms, at, vocabulary.pitchVerbs);
    if (!verb) continue;
    let next = at + verb;
    if (vocabulary.determiners.has(terms[next]?.norm ?? "")) next++;
    if (!vocabulary.portions.has(terms[next]?.norm ?? "") || terms[next + 1]?.norm !== "of") continue;
    const product = terms[next + 2];
    if (product && product.hashtag === undefined && (product.norm === "our" || /^\p{Lu}/u.test(product.text))) {
      found.push(matchOf(terms, at, next + 2));
      at = next + 2;
    }
  }
  return found;
}

/** How many terms one of the sequences covers starting at `at` (0 when none matches). */
function sequenceAt(terms: Term[], at: number, sequences: Sequences): number {
  for (const words of sequences) {
    if (words.every((word, k) => terms[at + k]?.norm === word && terms[at + k].hashtag === undefined)) return words.length;
  }
  return 0;
}

/** How many terms one of the sequences covers ending right before `at` (0 when none matches). */
function sequenceBefore(terms: Term[], at: number, sequences: Sequences): number {
  for (const words of sequences) {
    const first = at - words.length;
    if (first >= 0 && words.every((word, k) => terms[first + k].norm === word && terms[first + k].hashtag === undefined)) return words.length;
  }
  return 0;
}

function matchOf(terms: Term[], first: number, last: number): PhraseMatch<true> {
  const covered = terms.slice(first, last + 1);
  return {
    phrase: covered.map((term) => term.norm).join(" "),
    value: true,
    start: terms[first].start,
    end: terms[last].end,
    firstTerm: first,
    termCount: last - first + 1,
  };
}
