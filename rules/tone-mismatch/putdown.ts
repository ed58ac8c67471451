// Sweeping put-downs written as sentence shapes rather than with a listed group: "dog walkers are
// basically criminals" (any people, condemned as a kind), "every last one of them should be fired" (a
// penalty wished on a group), "Galway has never had a proper bagel shop" and "this town is a dump"
// (a place put down). Each shape looks a few words around one term: linear in the post.
import type { Term } from "../../src/text/analysis.js";
import type { Post } from "../../src/types.js";
import { getLexicon, type HostilityShapes } from "./lexicon.js";
import { cuesOf, generalizationParts, sequenceAt, sequenceBefore, type Reading } from "./reading.js";

interface Spot {
  start: number;
  end: number;
}

// Words between "are" and the verdict: "are basically murderers", "are all cheaters".
const FILLERS = new Set(["all", "just", "basically", "literally", "really", "simply", "nothing", "but", "no", "better", "than", "a", "bunch", "of", "total", "complete", "absolute", "utter", "actual", "such", "the"]);
const LINKS = new Set(["are", "were", "is", "was"]);
// People named by what they do: "walkers", "investors", "cyclists", "politicians".
const AGENT = /(?:ers|ors|ists|ians)$/;

export function findPutDown(post: Post, reading: Reading): Spot | undefined {
  const shapes = getLexicon().hostility;
  return findKindVerdict(reading, shapes) ?? findGroupPenalty(reading, shapes) ?? findPlacePutDown(post, reading, shapes) ?? findSuperlative(reading, shapes);
}

/**
 * "Tulsa, home of the worst drivers", "the rudest bus drivers in the north": a group (a listed one, or
 * any "-ers", "-ists" people) after a superlative put-down, tied to a place by a lead before it or a
 * place phrase after it.
 */
function findSuperlative(reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  let groups: Map<number, number> | undefined;
  for (const match of cuesOf(reading, "superlative", { inHashtags: false })) {
    const k = match.firstTerm;
    const at = k + match.termCount;
    if (!groups) {
      groups = new Map();
      for (const part of generalizationParts(reading)) if (part.value.has("group")) groups.set(part.firstTerm, part.termCount);
    }
    // The group may follow one word that says which ("the rudest bus drivers").
    const modified = !peopleAt(terms, groups, at) && peopleAt(terms, groups, at + 1) ? 1 : 0;
    const group = peopleAt(terms, groups, at + modified);
    if (!group || reading.clauses[at + modified] !== reading.clauses[k]) continue;
    const end = at + modified + group;
    const lead = sequenceBefore(terms, k, shapes.superlativeLeads);
    const listed = sequenceAt(terms, end, shapes.superlativePlaces);
    const named = !listed && (terms[end]?.norm === "in" || terms[end]?.norm === "from") && terms[end + 1] !== undefined && isCapitalised(terms[end + 1]) ? 2 : 0;
    const place = listed || named;
    if (place && reading.clauses[end + place - 1] !== reading.clauses[k]) continue;
    if (lead || place) return { start: terms[k - lead].start, end: terms[end - 1 + place].end };
  }
  return undefined;
}

/** How many terms a group of people covers at `at`: a listed group, or any "-ers", "-ists" people (0 when none). */
function peopleAt(terms: Term[], groups: Map<number, number>, at: number): number {
  const noun = terms[at];
  return groups.get(at) || (noun && noun.hashtag === undefined && noun.norm.length >= 5 && AGENT.test(noun.norm) ? 1 : 0);
}

/**
 * "Dog walkers are basically criminals": a plural agent noun ("-ers", "-ists", "-ians") condemned
 * with a noun that condemns people as a kind (thieves, cheaters, con artists). Adjectives are judged
 * with the listed groups only (hostility.ts): "burgers are dangerous" says nothing of people.
 */
function findKindVerdict(reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  for (let k = 0; k + 2 < terms.length; k++) {
    const subject = terms[k];
    if (subject.hashtag !== undefined || subject.norm.length < 5 || !AGENT.test(subject.norm) || !LINKS.has(terms[k + 1].norm)) continue;
    for (let at = k + 2; at < k + 6 && at < terms.length && reading.clauses[at] === reading.clauses[k]; at++) {
      const verdict = sequenceAt(terms, at, shapes.personVerdicts);
      if (verdict) return { start: subject.start, end: terms[at + verdict - 1].end };
      if (!FILLERS.has(terms[at].norm)) break;
    }
  }
  return undefined;
}

/** "Every last one of them should be fired", "the councillors should all be sacked". */
function findGroupPenalty(reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  if (!terms.some((term) => term.norm === "should")) return undefined;
  const groups = new Map<number, number>();
  for (const part of generalizationParts(reading)) {
    if (part.value.has("group") || part.value.has("universalSubject")) groups.set(part.firstTerm, part.termCount);
  }
  for (let k = 0; k < terms.length; k++) {
    const subject = sequenceAt(terms, k, shapes.penaltySubjects) || groups.get(k) || 0;
    if (!subject) continue;
    let at = k + subject;
    let should = false;
    for (let steps = 0; steps < 5 && at < terms.length && reading.clauses[at] === reading.clauses[k]; steps++) {
      const verb = should ? sequenceAt(terms, at, shapes.penaltyVerbs) : 0;
      if (verb) return { start: terms[k].start, end: terms[at + verb - 1].end };
      const filler = sequenceAt(terms, at, shapes.penaltyFillers);
      if (!filler) break;
      if (terms[at].norm === "should") should = true;
      at += filler;
    }
  }
  return undefined;
}

/**
 * A place put down: "Galway has never had a proper bagel shop" (not "…until now", nor said of the
 * brand itself), "this town is a dump". A place is a capitalised word inside a sentence (a word
 * opening one may be any word) or "this town", "that city"….
 */
function findPlacePutDown(post: Post, reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  if (!terms.some((term) => shapes.placePutDownStarts.has(term.norm))) return undefined;
  let brand: Set<string> | undefined;
  let lastException: number | undefined;
  for (let k = 1; k < terms.length; k++) {
    const named = sequenceBefore(terms, k, shapes.placeSubjects);
    const place = terms[k - 1];
    const capitalised = isCapitalised(place) && k - 2 >= 0 && reading.clauses[k - 2] === reading.clauses[k - 1];
    if (!named && !capitalised) continue;
    let end: number | undefined;
    const never = sequenceAt(terms, k, shapes.neverHadVerbs);
    if (never) {
      let at = k + never;
      if (["a", "an", "one", "any"].includes(terms[at]?.norm ?? "")) at++;
      const quality = sequenceAt(terms, at, shapes.neverHadQualities);
      lastException ??= lastExceptionAt(terms, shapes);
      if (quality && lastException < at + quality) end = at + quality - 1;
    } else if (terms[k].norm === "is" || terms[k].norm === "'s") {
      let at = k + 1;
      while (at < k + 4 && FILLERS.has(terms[at]?.norm ?? "")) at++;
      const insult = sequenceAt(terms, at, shapes.placeInsults);
      if (insult && reading.clauses[at] === reading.clauses[k]) end = at + insult - 1;
    }
    if (end === undefined) continue;
    brand ??= brandWords(post);
    if (!named && brand.has(place.norm)) continue;
    return { start: terms[k - (named || 1)].start, end: terms[end].end };
  }
  return undefined;
}

/** Where the last "…until now", "…so we opened one" starts (-1 when none): after it, a put-down is a launch. */
function lastExceptionAt(terms: Term[], shapes: HostilityShapes): number {
  for (let at = terms.length - 1; at >= 0; at--) if (sequenceAt(terms, at, shapes.neverHadExceptions)) return at;
  return -1;
}

function brandWords(post: Post): Set<string> {
  const names = [post.brand?.name, ...(post.brand?.aliases ?? [])].filter((name): name is string => Boolean(name));
  return new Set(names.flatMap((name) => name.toLowerCase().split(/[^\p{L}\p{N}']+/u)).filter(Boolean));
}

function isCapitalised(term: Term): boolean {
  if (term.hashtag !== undefined) return false;
  const first = term.text[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
