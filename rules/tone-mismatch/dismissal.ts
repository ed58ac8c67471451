// Dismissing the reader or a customer, in the shapes such sentences take rather than fixed phrases:
// "some people should just stay home", "Ugh, some people.", "our baristas are not your servants",
// "you lot whinge about everything", "please learn how to use a roundabout", a patronising "hun",
// and "Just saying." closing a reply. Each shape looks a few words around
// one term: linear in the post.
import type { Post } from "../../src/types.js";
import { getLexicon, type HostilityShapes } from "./lexicon.js";
import { generalizationParts, has, sequenceAt, sequenceBefore, type Reading } from "./reading.js";

export interface Spot {
  start: number;
  end: number;
}

/** `upsetSource`: the post answers a complaint or a message of distress. */
export function findDismissal(post: Post, reading: Reading, upsetSource: boolean): Spot | undefined {
  const shapes = getLexicon().hostility;
  return (
    findStayHome(reading, shapes) ??
    findExasperatedClose(reading, shapes) ??
    findServant(reading, shapes) ??
    findWhining(reading, shapes) ??
    findLearnCommand(reading, shapes) ??
    findVocative(reading, shapes, upsetSource) ??
    findDismissiveCloser(post, reading, shapes) ??
    findNextTime(post, reading, shapes) ??
    findBlame(reading, shapes, upsetSource)
  );
}

/**
 * "Perhaps read it before signing next time", "Next time, maybe check a forecast": a hedged command to
 * do a basic thing, with "next time" closing its clause or opening it, said to someone, in a post that
 * does not apologise.
 */
function findNextTime(post: Post, reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  const { clauses } = reading;
  let addressed: boolean | undefined;
  for (let k = 0; k + 1 < terms.length; k++) {
    if (terms[k].norm !== "next" || terms[k + 1].norm !== "time" || clauses[k + 1] !== clauses[k]) continue;
    addressed ??= speaksTo(post, reading) && !shapes.nextTimeApologies.test(reading.analysis, { inHashtags: false });
    if (!addressed) return undefined;
    const closes = k + 2 >= terms.length || clauses[k + 2] !== clauses[k];
    const opens = k === 0 || clauses[k - 1] !== clauses[k];
    if (!closes && !opens) continue;
    let first = k;
    while (closes && first > 0 && clauses[first - 1] === clauses[k] && k - first < 15) first--;
    const from = closes ? first : k + 2;
    const to = closes ? k : Math.min(k + 3, terms.length);
    for (let at = from; at < to; at++) {
      const hedge = sequenceAt(terms, at, shapes.nextTimeHedges);
      const verb = hedge ? sequenceAt(terms, at + hedge, shapes.nextTimeVerbs) : 0;
      if (verb && clauses[at + hedge + verb - 1] === clauses[k]) {
        return closes ? { start: terms[at].start, end: terms[k + 1].end } : { start: terms[k].start, end: terms[at + hedge + verb - 1].end };
      }
    }
  }
  return undefined;
}

/**
 * "If people stopped turning up with sprained ankles, maybe the rest of us could…": people blamed for
 * a problem, in an answer to a complaint that does not acknowledge it, beside 🙄 or 🙃, or when "the
 * rest of us" pay for it.
 */
function findBlame(reading: Reading, shapes: HostilityShapes, upsetSource: boolean): Spot | undefined {
  const terms = reading.analysis.terms;
  let people: Map<number, number> | undefined;
  for (let k = 0; k + 2 < terms.length; k++) {
    if (terms[k].norm !== "if" || terms[k].hashtag !== undefined) continue;
    let at = k + 1;
    if (terms[at].norm === "only") at++;
    if (!people) {
      people = new Map();
      for (const part of generalizationParts(reading)) if (part.value.has("group")) people.set(part.firstTerm, part.termCount);
    }
    const subject = sequenceAt(terms, at, shapes.blameSubjects) || people.get(at) || 0;
    if (!subject) continue;
    at += subject;
    at += sequenceAt(terms, at, shapes.blameFillers);
    const verb = sequenceAt(terms, at, shapes.blameVerbs);
    const next = terms[at + verb];
    if (!verb || reading.clauses[at + verb - 1] !== reading.clauses[k] || (next && shapes.blameNotAfter.has(next.norm))) continue;
    const aimed =
      (upsetSource && !has(reading, "acknowledgment")) ||
      reading.sentiment.hits.some((hit) => hit.emoji?.cue === "irony" || hit.emoji?.cue === "contempt") ||
      shapes.blameAggravators.test(reading.analysis, { inHashtags: false });
    return aimed ? { start: terms[k].start, end: terms[at + verb - 1].end } : undefined;
  }
  return undefined;
}

/** The post speaks to someone: a reply, a mention, or "you". */
function speaksTo(post: Post, reading: Reading): boolean {
  return (
    post.inReplyTo !== undefined ||
    reading.analysis.mentions.length > 0 ||
    reading.analysis.words.some((word) => word.norm === "you" || word.norm === "your" || word.norm === "you're")
  );
}

/**
 * "Some people should just stay home", "people like you should not be allowed to fly": a
 * dismissive subject, or any people ("people who can't use a self-checkout…") when a dismissive adverb
 * comes with "should" ("…should honestly just stay at home"; "people who feel unwell should stay at
 * home" is advice).
 */
function findStayHome(reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  if (!terms.some((term) => term.norm === "should" || term.norm === "shouldn't")) return undefined;
  const people = new Map<number, number>();
  for (const part of generalizationParts(reading)) {
    if (part.value.has("group") || part.value.has("universalSubject")) people.set(part.firstTerm, part.termCount);
  }
  for (let k = 0; k < terms.length; k++) {
    const listed = sequenceAt(terms, k, shapes.stayHomeSubjects);
    const subject = listed || people.get(k) || 0;
    if (!subject) continue;
    // After a group, a relative clause may come before "should": "people who can't … should".
    const reach = listed ? 5 : 12;
    let at = k + subject;
    let should = false;
    let dismissive = false;
    for (let steps = 0; steps < reach && at < terms.length && reading.clauses[at] === reading.clauses[k]; steps++, at++) {
      const verb = should && (listed || dismissive) ? sequenceAt(terms, at, shapes.stayHomeVerbs) : 0;
      if (verb) return { start: terms[k].start, end: terms[at + verb - 1].end };
      const norm = terms[at].norm;
      if (!should && (norm === "should" || norm === "shouldn't")) should = true;
      else if (should && shapes.dismissiveAdverbs.has(norm)) dismissive = true;
      else if (should && !shapes.stayHomeFillers.has(norm)) break;
      else if (!should && listed && !shapes.stayHomeFillers.has(norm)) break;
    }
  }
  return undefined;
}

/**
 * "Ugh, some people.": a sentence of nothing but exasperation and "some people", with an
 * interjection, or after something negative ("…rude to our staff again. Some people.").
 */
function findExasperatedClose(reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  let k = 0;
  while (k < terms.length) {
    const clause = reading.clauses[k];
    let end = k;
    while (end < terms.length && reading.clauses[end] === clause) end++;
    let at = k;
    let subject: { first: number; some: boolean } | undefined;
    let interjections = 0;
    while (at < end && terms[at].hashtag === undefined) {
      const length = subject ? 0 : sequenceAt(terms, at, shapes.exasperatedSubjects);
      if (length && at + length <= end) {
        subject = { first: at, some: terms[at].norm === "some" };
        at += length;
        continue;
      }
      const interjection = sequenceAt(terms, at, shapes.exasperatedInterjections);
      if (!interjection || at + interjection > end) break;
      interjections++;
      at += interjection;
    }
    const exasperated = interjections > 0 || (subject?.some === true && reading.sentiment.hits.some((hit) => hit.score < 0));
    if (at === end && subject && exasperated) return { start: terms[k].start, end: terms[end - 1].end };
    k = end;
  }
  return undefined;
}

/** "Our baristas are not your servants", "we aren't your babysitters". */
function findServant(reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  for (let k = 0; k + 2 < terms.length; k++) {
    if (!shapes.servantDenials.has(terms[k].norm) || terms[k + 1].norm !== "your") continue;
    const noun = sequenceAt(terms, k + 2, shapes.servantNouns);
    if (noun && reading.clauses[k + 1 + noun] === reading.clauses[k]) return { start: terms[k].start, end: terms[k + 1 + noun].end };
  }
  return undefined;
}

/** "You lot whinge about everything", "some of you always moan": the reader's complaining mocked. */
function findWhining(reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  for (let k = 0; k < terms.length; k++) {
    const subject = sequenceAt(terms, k, shapes.whiningSubjects);
    if (!subject) continue;
    for (let at = k + subject; at < k + subject + 3 && at < terms.length && reading.clauses[at] === reading.clauses[k]; at++) {
      if (shapes.whiningVerbs.has(terms[at].norm)) return { start: terms[k].start, end: terms[at].end };
      if (!shapes.whiningFillers.has(terms[at].norm)) break;
    }
  }
  return undefined;
}

/**
 * "Please learn how to use a roundabout": a command to learn a basic skill. A how-to's "Learn how
 * to make sourdough" invites, and "help your toddler learn to read" helps.
 */
function findLearnCommand(reading: Reading, shapes: HostilityShapes): Spot | undefined {
  const terms = reading.analysis.terms;
  for (let k = 1; k < terms.length; k++) {
    const learn = sequenceAt(terms, k, shapes.learnPhrases);
    if (!learn || !shapes.learnCommands.has(terms[k - 1].norm) || reading.clauses[k - 1] !== reading.clauses[k]) continue;
    if (helped(reading, k - 1, shapes)) continue;
    for (let at = k + learn; at < k + learn + 2 && at < terms.length && reading.clauses[at] === reading.clauses[k]; at++) {
      if (shapes.basicSkills.has(terms[at].norm)) return { start: terms[k - 1].start, end: terms[at].end };
    }
  }
  return undefined;
}

/** Someone is helped to learn: a helper ("help", "teach", "kids") within three words before `index`. */
export function helped(reading: Reading, index: number, shapes: HostilityShapes): boolean {
  const terms = reading.analysis.terms;
  for (let at = index; at > index - 3 && at > 0 && reading.clauses[at - 1] === reading.clauses[index]; at--) {
    if (sequenceBefore(terms, at, shapes.learnHelpers)) return true;
  }
  return false;
}

/**
 * "…next time, hun 🙃": a patronising name closing a clause, beside an eye roll or an upside-down
 * face, or in an answer to a complaint that does not acknowledge it.
 */
function findVocative(reading: Reading, shapes: HostilityShapes, upsetSource: boolean): Spot | undefined {
  const rolledEyes = reading.sentiment.hits.some((hit) => hit.emoji?.cue === "irony" || hit.emoji?.cue === "contempt");
  if (!rolledEyes && !(upsetSource && !has(reading, "acknowledgment"))) return undefined;
  const { terms, text } = reading.analysis;
  for (let k = 1; k < terms.length; k++) {
    const vocative = sequenceAt(terms, k, shapes.vocatives);
    if (!vocative || !text.slice(terms[k - 1].end, terms[k].start).includes(",")) continue;
    const last = k + vocative - 1;
    if (last + 1 >= terms.length || reading.clauses[last + 1] !== reading.clauses[last]) return { start: terms[k].start, end: terms[last].end };
  }
  return undefined;
}

/** "Just saying.", "Food for thought." closing a reply that speaks to "you". */
function findDismissiveCloser(post: Post, reading: Reading, shapes: HostilityShapes): Spot | undefined {
  if (post.inReplyTo === undefined) return undefined;
  const terms = reading.analysis.terms;
  const length = sequenceBefore(terms, terms.length, shapes.dismissiveClosers);
  if (!length) return undefined;
  const first = terms.length - length;
  const addressed = terms.slice(0, first).some((term) => term.norm === "you" || term.norm === "your" || term.norm === "you're");
  return addressed ? { start: terms[first].start, end: terms[terms.length - 1].end } : undefined;
}

/**
 * Contempt phrases that begin "learn…" are innocent when someone is helped to learn ("help your
 * toddler learn to read"), or as the title of a how-to that speaks to no one in particular
 * ("Learn to read your bill in three steps"): opening its sentence, in a post with no reply, mention,
 * eye roll or vocative after it ("Learn to read, people.").
 */
export function innocentLearning(post: Post, reading: Reading, match: { firstTerm: number; termCount: number; phrase: string }): boolean {
  if (!match.phrase.startsWith("learn")) return false;
  if (helped(reading, match.firstTerm, getLexicon().hostility)) return true;
  const { terms, text, mentions } = reading.analysis;
  const opens = match.firstTerm === 0 || reading.clauses[match.firstTerm - 1] !== reading.clauses[match.firstTerm];
  const aimed =
    post.inReplyTo !== undefined ||
    mentions.length > 0 ||
    reading.sentiment.hits.some((hit) => hit.emoji?.cue === "irony" || hit.emoji?.cue === "contempt");
  const next = terms[match.firstTerm + match.termCount];
  const calledOut = next !== undefined && text.slice(terms[match.firstTerm + match.termCount - 1].end, next.start).includes(",");
  return opens && !aimed && !calledOut;
}

