// Contempt toward the reader, a customer or a group: the fixed phrases of hostility.yaml, and the
// forms that need a look at their surroundings — "nobody likes you", "it's not that hard 🙃", wishing
// penalties on people, "another day, another customer who can't…", mocking people's age or wits,
// an eye roll aimed at someone, and the dismissals of dismissal.ts.
import type { Post } from "../../src/types.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { findDismissal, innocentLearning } from "./dismissal.js";
import { getLexicon } from "./lexicon.js";
import { cuesOf, generalizationParts, sameClause, type Reading } from "./reading.js";

export interface Spot {
  start: number;
  end: number;
}

// Words that open a new part of a sentence: "we love you, BUT please learn to read".
const TURNS = new Set(["but", "though", "although", "however"]);
// Words before a wish that deny it ("nobody deserves a surprise fee") or make it ours ("we deserve").
const DENIALS = new Set(["no", "not", "nobody", "noone", "never", "don't", "doesn't", "didn't", "shouldn't", "won't", "isn't", "aren't", "nor"]);
const OURSELVES = new Set(["we", "i", "we'd", "i'd", "we'll", "i'll", "us", "me"]);
// "Another customer who STILL can't…".
const ADVERBS = new Set(["still", "just", "even", "literally", "apparently", "clearly", "somehow", "really"]);
// After "nobody likes you": a comparison makes it a brag ("nobody loves you like we do").
const COMPARISONS = new Set(["like", "than", "more", "as", "except", "quite"]);

/**
 * `upsetSource`: the post answers a complaint or a message of distress, where "it's not that hard"
 * talks down to the person.
 */
export function findContempt(post: Post, reading: Reading, upsetSource: boolean): Spot | undefined {
  return (
    cuesOf(reading, "contempt", { inHashtags: false }).find((match) => !inWarmSegment(reading, match.firstTerm) && !innocentLearning(post, reading, match)) ??
    findRejection(post, reading) ??
    findCondescension(reading, upsetSource) ??
    findPenaltyWish(reading) ??
    findExasperation(reading) ??
    findAimedEmoji(post, reading) ??
    findDismissal(post, reading, upsetSource)
  );
}

/**
 * "You people are the best", "we love helping kids learn to read": words of contempt in a part of a
 * sentence that only praises are affection. The part ends at punctuation and at "but" ("we love you,
 * but please learn to read"); any negative word in it keeps them contempt.
 */
function inWarmSegment(reading: Reading, term: number): boolean {
  const { segment, positivity, negativity, affection } = warmth(reading);
  const part = segment[term];
  return negativity[part] === 0 && (positivity[part] >= 2 || affection.has(part));
}

interface Warmth {
  /** For each term, its part of a sentence (clauses split again at "but"). */
  segment: number[];
  positivity: number[];
  negativity: number[];
  /** Parts with a word of praise AFINN does not score ("MVPs", "legends"). */
  affection: Set<number>;
}

const warmthCache = new WeakMap<Reading, Warmth>();

function warmth(reading: Reading): Warmth {
  const cached = warmthCache.get(reading);
  if (cached) return cached;
  const terms = reading.analysis.terms;
  const segment: number[] = new Array<number>(terms.length);
  let part = -1;
  for (let k = 0; k < terms.length; k++) {
    if (k === 0 || !sameClause(reading, k - 1, k) || TURNS.has(terms[k].norm)) part++;
    segment[k] = part;
  }
  const positivity: number[] = new Array<number>(part + 1).fill(0);
  const negativity: number[] = new Array<number>(part + 1).fill(0);
  // A laugh ("lol") or a negated complaint ("don't bother") is no praise.
  const laughs = new Set(cuesOf(reading, "flippant").map((match) => match.firstTerm));
  for (const hit of reading.sentiment.hits) {
    if (hit.term < 0) continue;
    if (hit.score < 0 || hit.negated) negativity[segment[hit.term]] += -Math.abs(hit.score);
    else if (!laughs.has(hit.term)) positivity[segment[hit.term]] += hit.score;
  }
  const affection = new Set(cuesOf(reading, "affection").map((match) => segment[match.firstTerm]));
  const result = { segment, positivity, negativity, affection };
  warmthCache.set(reading, result);
  return result;
}

/** "Nobody likes you", said to or about people (a reply, a mention, a group named in the post). */
function findRejection(post: Post, reading: Reading): Spot | undefined {
  const rejections = cuesOf(reading, "rejection", { inHashtags: false });
  if (!rejections.length) return undefined;
  const aboutPeople =
    post.inReplyTo !== undefined ||
    reading.analysis.mentions.length > 0 ||
    generalizationParts(reading).some((part) => part.value.has("group") || part.value.has("universalSubject"));
  if (!aboutPeople) return undefined;
  const terms = reading.analysis.terms;
  return rejections.find((match) => {
    const next = match.firstTerm + match.termCount;
    for (let k = next; k < next + 4 && sameClause(reading, match.firstTerm, k); k++) {
      if (COMPARISONS.has(terms[k].norm)) return false;
    }
    return true;
  });
}

/**
 * "It's not that hard" in answer to a complaint, or with an eye roll or an upside-down face in a
 * post that speaks to people ("you", "folks", "drivers"): "please check your pass. It's not that
 * hard 🙃". Without anyone addressed it is self-mockery ("It's not rocket science 🙃 but…").
 */
function findCondescension(reading: Reading, upsetSource: boolean): Spot | undefined {
  const match = cuesOf(reading, "condescension", { inHashtags: false })[0];
  if (!match || upsetSource) return match;
  const rolledEyes = reading.sentiment.hits.some((hit) => hit.emoji?.cue === "irony" || hit.emoji?.cue === "contempt");
  if (!rolledEyes) return undefined;
  const addressed =
    getLexicon().mockeryReaders.test(reading.analysis, { inHashtags: false }) ||
    generalizationParts(reading).some((part) => part.value.has("group") || part.value.has("universalSubject"));
  return addressed ? match : undefined;
}

/** "…deserve every late fee they get", "hope they get towed": a penalty as the object of a wish. */
function findPenaltyWish(reading: Reading): Spot | undefined {
  const wishes = cuesOf(reading, "penaltyWish", { inHashtags: false });
  if (!wishes.length) return undefined;
  const { penaltyDeterminers } = getLexicon();
  const terms = reading.analysis.terms;
  const penaltyAt = new Map(cuesOf(reading, "penalty", { inHashtags: false }).map((match) => [match.firstTerm, match]));
  for (const wish of wishes) {
    const before = terms.slice(Math.max(0, wish.firstTerm - 4), wish.firstTerm);
    if (before.some((term) => DENIALS.has(term.norm))) continue;
    if (before.slice(-2).some((term) => OURSELVES.has(term.norm))) continue;
    let k = wish.firstTerm + wish.termCount;
    for (let skipped = 0; skipped <= 3 && sameClause(reading, wish.firstTerm, k); skipped++, k++) {
      const penalty = penaltyAt.get(k);
      if (penalty) return { start: wish.start, end: penalty.end };
      if (!penaltyDeterminers.has(terms[k].norm)) break;
    }
  }
  return undefined;
}

/** "Another day, another customer who can't work an ATM": not "…who can't wait" (a brag). */
function findExasperation(reading: Reading): Spot | undefined {
  const openers = cuesOf(reading, "exasperatedOpener", { inHashtags: false });
  if (!openers.length) return undefined;
  const { exasperationPeople } = getLexicon();
  const terms = reading.analysis.terms;
  const failureAt = new Map(cuesOf(reading, "failure", { inHashtags: false }).map((match) => [match.firstTerm, match]));
  const brags = new Set(generalizationParts(reading).filter((part) => part.value.has("brag")).map((part) => part.firstTerm));
  for (const opener of openers) {
    const after = opener.firstTerm + opener.termCount;
    for (let person = after; person < after + 3 && sameClause(reading, opener.firstTerm, person); person++) {
      if (!exasperationPeople.has(terms[person].norm)) continue;
      if (terms[person + 1]?.norm !== "who") break;
      const at = ADVERBS.has(terms[person + 2]?.norm ?? "") ? person + 3 : person + 2;
      const failure = failureAt.get(at);
      if (!failure || !sameClause(reading, opener.firstTerm, at)) break;
      const next = failure.firstTerm + failure.termCount;
      if (brags.has(next) || brags.has(next + 1)) break;
      // "…who can't WORK": a bare "can't" shows its verb too.
      const last = failure.termCount === 1 && next < terms.length && sameClause(reading, at, next) ? next : next - 1;
      return { start: opener.start, end: terms[last].end };
    }
  }
  return undefined;
}

/** An eye roll or a clown aimed at someone: a reply, a mention, or "you". */
function findAimedEmoji(post: Post, reading: Reading): Spot | undefined {
  const addressed =
    post.inReplyTo !== undefined ||
    reading.analysis.mentions.length > 0 ||
    reading.analysis.words.some((word) => word.norm === "you" || word.norm === "your" || word.norm === "you're");
  return reading.sentiment.hits.find((hit) => hit.emoji?.cue === "contempt" && (addressed || hit.score <= -4));
}

export interface Mockery extends Spot {
  /** "reader": aimed at you (contempt); "people": at the people of a place or group (a generalization). */
  aim: "reader" | "people";
}

/**
 * "Is anyone in that town over the age of twelve?", "do you have a single brain cell?": mockery of
 * wits aimed at the reader, or at a group or the people of a place named before it in the clause.
 * An age ("over the age of twelve") mocks only as the end of a question about the people of a place:
 * "are your kids over the age of 12?" asks.
 */
export function findMockery(reading: Reading): Mockery | undefined {
  const questions = closingQuestions(reading, cuesOf(reading, "mockeryQuestion", { inHashtags: false }));
  const mockeries = [...questions, ...cuesOf(reading, "mockery", { inHashtags: false })];
  const asked = new Set(questions);
  if (!mockeries.length) return undefined;
  const { mockeryReaders, mockeryPeople } = getLexicon();
  const parts = generalizationParts(reading);
  // The first reader, group, person and scope of each clause: what a mockery later in it is aimed at.
  const firstIn = (matches: Array<{ firstTerm: number; start: number }>) => {
    const first = new Map<number, { firstTerm: number; start: number }>();
    for (const match of matches) {
      const clause = reading.clauses[match.firstTerm];
      if (!first.has(clause)) first.set(clause, match);
    }
    return first;
  };
  const readers = firstIn(mockeryReaders.matchAll(reading.analysis, { inHashtags: false }));
  const groups = firstIn(parts.filter((part) => part.value.has("group") || part.value.has("universalSubject")));
  const people = firstIn(mockeryPeople.matchAll(reading.analysis, { inHashtags: false }));
  const scopes = firstIn(parts.filter((part) => part.value.has("scope")));
  for (const mockery of mockeries) {
    const clause = reading.clauses[mockery.firstTerm];
    const before = (match: { firstTerm: number; start: number } | undefined) => (match && match.firstTerm < mockery.firstTerm ? match : undefined);
    const reader = before(readers.get(clause));
    if (reader && !asked.has(mockery)) return { start: reader.start, end: mockery.end, aim: "reader" };
    const group = before(groups.get(clause));
    const subject = group ?? before(people.get(clause));
    if (!subject) continue;
    const placed = before(scopes.get(clause)) !== undefined || placeNamed(reading, subject.firstTerm, mockery.firstTerm);
    if (placed || (group && !asked.has(mockery))) {
      return { start: subject.start, end: mockery.end, aim: "people" };
    }
  }
  return undefined;
}

/** "anyone in Riverside", "people from New Jersey": a preposition and a capitalised word right after the subject. */
function placeNamed(reading: Reading, subject: number, mockery: number): boolean {
  const terms = reading.analysis.terms;
  for (let k = subject + 1; k < Math.min(mockery - 1, subject + 3); k++) {
    if (terms[k].norm !== "in" && terms[k].norm !== "from") continue;
    const first = terms[k + 1].text[0];
    if (first !== first.toLowerCase()) return true;
  }
  return false;
}

/** Phrases that end a question: "…over the age of twelve?" (not "…over the age of 12 and coming?"). */
function closingQuestions<T>(reading: Reading, matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const text = reading.analysis.text;
  return matches.filter((match) => /^[\s"”')]*\?/.test(text.slice(match.end, match.end + 8)));
}
