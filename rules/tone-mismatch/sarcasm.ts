// Sarcasm: the written tags (/s, #sarcasm, #not), fixed markers ("yeah right", "thanks for nothing"),
// and praise or thanks inside a negative sentence ("thanks a lot for the outage").
import type { Post, ReportDescriptor } from "../../src/types.js";
import { getLexicon, phraseKey } from "./lexicon.js";
import { clauseNegativity, cuesOf, has, lastTermBefore, sameClause, sequenceAt, type Reading } from "./reading.js";

const SARCASM_TAGS = new Set(["sarcasm", "sarcastic", "not", "notreally", "sarcasmintended"]);

/** `upsetSource`: the post answers a complaint or a message of distress. */
export function checkSarcasm(post: Post, reading: Reading, upsetSource = false): ReportDescriptor[] {
  const spot = findSarcasm(reading) ?? findBelittling(reading, upsetSource && !has(reading, "acknowledgment"));
  if (!spot) return [];
  return [{ messageId: "sarcasm", data: { words: post.text.slice(spot.start, spot.end) }, start: spot.start, end: spot.end, severity: "error" }];
}

function findSarcasm(reading: Reading): { start: number; end: number } | undefined {
  const tag = reading.analysis.hashtags.find((hashtag) => SARCASM_TAGS.has(hashtag.tag));
  if (tag) return tag;
  const slash = findSlashS(reading);
  if (slash) return slash;
  const { closingSarcasm, sarcasticContinuations } = getLexicon();
  const text = reading.analysis.text;
  const marker = cuesOf(reading, "sarcasm", { inHashtags: false }).find(
    (match) =>
      !closingSarcasm.has(phraseKey(match.phrase)) ||
      closesSentence(text, match.end) ||
      continuesSarcastically(text, match.end, sarcasticContinuations),
  );
  if (marker) return marker;
  return (
    findIronicInterjection(reading) ?? findStandalonePraise(reading) ?? findIronicPraise(reading) ?? findMockReminder(reading) ?? findIronicFace(reading)
  );
}

/**
 * Sarcasm that needs its context: a word of wonder opening a clause that blames ("Remarkable how our
 * bikes only break for the people who can't ride them"), and a complaint belittled by its size
 * ("three whole weeks") in an answer that does not acknowledge it or beside 🙃 or 🙄.
 */
function findBelittling(reading: Reading, unacknowledged: boolean): { start: number; end: number } | undefined {
  const { wonderWords, wonderLinks, minimizers, minimizedUnits } = getLexicon();
  const terms = reading.analysis.terms;
  let rolledEyes: boolean | undefined;
  let faults: Set<number> | undefined;
  for (const match of cuesOf(reading, "belittling", { inHashtags: false })) {
    const k = match.firstTerm;
    const norm = terms[k].norm;
    if (k + 1 >= terms.length) continue;
    if (wonderWords.has(norm) && wonderLinks.has(terms[k + 1].norm) && sameClause(reading, k, k + 1)) {
      const opens = k === 0 || !sameClause(reading, k - 1, k) || (k === 1 && terms[0].norm === "oh");
      if (!opens) continue;
      faults ??= alwaysFaulty(reading);
      if (faults.has(reading.clauses[k]) || blamesPeople(reading, k)) return { start: terms[k].start, end: terms[k + 1].end };
    } else if (minimizers.has(norm) && k > 0 && isCount(terms[k - 1].norm)) {
      // "three whole weeks", "a whole ten minutes".
      const unit = minimizedUnits.has(terms[k + 1].norm) ? k + 1 : isCount(terms[k + 1].norm) && minimizedUnits.has(terms[k + 2]?.norm ?? "") ? k + 2 : -1;
      if (unit < 0) continue;
      rolledEyes ??= reading.sentiment.hits.some((hit) => hit.emoji?.cue === "irony" || hit.emoji?.cue === "contempt");
      if (unacknowledged || rolledEyes) return { start: terms[k - 1].start, end: terms[unit].end };
    }
  }
  return undefined;
}

/** The clause of `from` (which opens it) blames people: "who" and a failure ("…for the people who can't ride them"). */
function blamesPeople(reading: Reading, from: number): boolean {
  const { blamedFailures } = getLexicon();
  const terms = reading.analysis.terms;
  for (let at = from + 2; at + 1 < terms.length && reading.clauses[at] === reading.clauses[from]; at++) {
    if (terms[at].norm === "who" && sequenceAt(terms, at + 1, blamedFailures)) return true;
  }
  return false;
}

/**
 * Clauses with an annoyance that always happens: "the app always crashes right when you need it". Not
 * in a post that apologises for it ("…always crashes on payday 🙃 fixed now, sorry!" owns the fault).
 */
function alwaysFaulty(reading: Reading): Set<number> {
  const annoyed = new Set(cuesOf(reading, "annoyance").map((match) => reading.clauses[match.firstTerm]));
  const found = new Set<number>();
  if (!annoyed.size || has(reading, "sincere")) return found;
  for (const match of getLexicon().always.matchAll(reading.analysis, { inHashtags: false })) {
    if (annoyed.has(reading.clauses[match.firstTerm])) found.add(reading.clauses[match.firstTerm]);
  }
  return found;
}

const COUNT_WORDS = new Set(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"]);

function isCount(norm: string): boolean {
  return COUNT_WORDS.has(norm) || /^[$£€]?\d/.test(norm);
}

/** "It's not like we posted it five times": a mock denial, then a verb of telling within three words. */
function findMockReminder(reading: Reading): { start: number; end: number } | undefined {
  const { reminderVerbs } = getLexicon();
  const terms = reading.analysis.terms;
  for (const opener of cuesOf(reading, "reminderOpener", { inHashtags: false })) {
    const after = opener.firstTerm + opener.termCount;
    for (let k = after; k < after + 3 && sameClause(reading, opener.firstTerm, k); k++) {
      if (reminderVerbs.has(terms[k].norm)) return { start: opener.start, end: terms[k].end };
    }
  }
  return undefined;
}

/**
 * An upside-down face (🙃) closing a sentence that says "sure", "of course" or ironic praise: "Of
 * course the printer died on launch day 🙃". The face alone is self-deprecation ("Monday again 🙃").
 */
function findIronicFace(reading: Reading): { start: number; end: number } | undefined {
  const faces = reading.sentiment.hits.filter((hit) => hit.emoji?.cue === "irony");
  if (!faces.length) return undefined;
  const ironic = [...cuesOf(reading, "ironyWord", { inHashtags: false }), ...cuesOf(reading, "ironicPraise", { inHashtags: false }), ...cuesOf(reading, "ironicInterjection", { inHashtags: false })];
  const firstInClause = new Map<number, { start: number }>();
  for (const match of ironic.sort((a, b) => a.start - b.start)) {
    const clause = reading.clauses[match.firstTerm];
    if (!firstInClause.has(clause)) firstInClause.set(clause, match);
  }
  for (const face of faces) {
    const before = lastTermBefore(reading, face.start);
    const word = before >= 0 ? firstInClause.get(reading.clauses[before]) : undefined;
    if (word) return { start: word.start, end: face.end };
  }
  return undefined;
}

/** Nothing but white space, end punctuation or emoji follows up to the end of the line or post. */
function closesSentence(text: string, end: number): boolean {
  const rest = text.slice(end, end + 40);
  return /^[\s.!?…)"”'’]*(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u200d\s]*)(?:$|\n|[.!?…])/u.test(rest);
}

/** A comma, then one of the words that carry the mockery on: "Yeah right, as if we'd…". */
function continuesSarcastically(text: string, end: number, continuations: ReadonlySet<string>): boolean {
  const next = /^\s*,\s*([\p{L}'’]+)(?:\s+([\p{L}'’]+))?/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  const one = phraseKey(next[1]);
  return continuations.has(one) || (next[2] !== undefined && continuations.has(phraseKey(`${next[1]} ${next[2]}`)));
}

/** "…tried to pay with Monopoly money. Genius.": praise alone in its sentence, after another one. */
function findStandalonePraise(reading: Reading): { start: number; end: number } | undefined {
  const { clauses } = reading;
  for (const praise of cuesOf(reading, "standalonePraise", { inHashtags: false })) {
    const first = praise.firstTerm;
    const last = first + praise.termCount - 1;
    const alone = first > 0 && clauses[first - 1] !== clauses[first] && (last + 1 >= clauses.length || clauses[last + 1] !== clauses[last]);
    if (alone) return praise;
  }
  return undefined;
}

/**
 * "Great, another Monday": a clause that opens with bare praise, a comma, then "another"/"more" —
 * unless the post shares the hardship ("just what we all needed") or thanks people for bearing it
 * ("thanks for braving it with us"): that is self-deprecation, aimed at no one.
 */
function findIronicInterjection(reading: Reading): { start: number; end: number } | undefined {
  if (has(reading, "sharedHardship")) return undefined;
  const { terms, text } = reading.analysis;
  const { ironicFollowers } = getLexicon();
  for (const praise of cuesOf(reading, "ironicInterjection", { inHashtags: false })) {
    const first = praise.firstTerm;
    const opensClause = first === 0 || reading.clauses[first - 1] !== reading.clauses[first];
    const next = terms[first + praise.termCount];
    if (!opensClause || !next || !ironicFollowers.has(next.norm)) continue;
    if (text.slice(praise.end, next.start).trim() === ",") return { start: praise.start, end: next.end };
  }
  return undefined;
}

/** "/s" at the end of a sentence: a slash, then an "s" that ends the word. */
function findSlashS(reading: Reading): { start: number; end: number } | undefined {
  const { tokens, text } = reading.analysis;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const slash = tokens[i];
    const s = tokens[i + 1];
    if (slash.text !== "/" || s.norm !== "s" || s.start !== slash.end) continue;
    const before = i > 0 ? tokens[i - 1] : undefined;
    if (before && before.end === slash.start) continue; // "and/s", "w/s"
    const after = text[s.end];
    if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) return { start: slash.start, end: s.end };
  }
  return undefined;
}

function findIronicPraise(reading: Reading): { start: number; end: number } | undefined {
  const praises = cuesOf(reading, "ironicPraise", { inHashtags: false });
  if (!praises.length) return undefined;
  const clauseOf = (match: { firstTerm: number }) => reading.clauses[match.firstTerm];
  const sincere = new Set([...cuesOf(reading, "sincere"), ...cuesOf(reading, "acknowledgment")].map(clauseOf));
  const annoyed = new Set(cuesOf(reading, "annoyance").map(clauseOf));
  const negativity = clauseNegativity(reading);
  for (const praise of praises) {
    const clause = clauseOf(praise);
    if (sincere.has(clause)) continue;
    if (negativity[clause] <= -2 || annoyed.has(clause)) return praise;
  }
  return undefined;
}
