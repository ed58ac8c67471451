// Hostility: insults aimed at people, contempt toward the reader, and sweeping generalizations
// about a town or a group ("no one here knows how to drive"). Profanity itself is not judged here.
import type { Post, ReportDescriptor } from "../../src/types.js";
import type { Term } from "../../src/text/analysis.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { findContempt, findMockery } from "./contempt.js";
import { findPutDown } from "./putdown.js";
import { getLexicon, type GeneralizationPart } from "./lexicon.js";
import { cuesOf, generalizationParts, sameClause, type Reading } from "./reading.js";

// Words that may stand between a link and a verdict: "are SO rude", "are THE worst", "are ALL idiots".
const DEGREE_WORDS = new Set(["so", "such", "the", "a", "an", "all", "just", "really", "literally", "total", "complete", "absolute", "absolutely", "always", "very", "too", "pretty", "kinda", "being", "most", "bunch", "of", "utter", "complete", "actual", "straight", "up", "plain", "downright", "genuinely", "truly", "officially", "basically"]);
const PREPOSITIONS = new Set(["in", "from", "at", "on", "of", "around", "across", "outside", "inside"]);
const NEGATORS = new Set(["no", "not", "never", "nobody's", "isn't", "aren't", "wasn't", "ain't", "nor"]);

/** `upsetSource`: the post replies to a complaint or to distress. */
export function checkHostility(post: Post, reading: Reading, upsetSource: boolean): ReportDescriptor[] {
  const reports: ReportDescriptor[] = [];
  const insult = findInsult(reading);
  if (insult) reports.push(report("insult", post.text, insult));
  const mockery = findMockery(reading);
  const contempt = findContempt(post, reading, upsetSource) ?? (mockery?.aim === "reader" ? mockery : undefined);
  if (contempt) reports.push(report("contempt", post.text, contempt));
  const sweeping =
    cuesOf(reading, "sweeping", { inHashtags: false })[0] ??
    findGeneralization(reading) ??
    (mockery?.aim === "people" ? mockery : undefined) ??
    findPutDown(post, reading);
  if (sweeping && !(insult && overlaps(insult, sweeping))) reports.push(report("generalization", post.text, sweeping));
  return reports;
}

function report(messageId: string, text: string, spot: { start: number; end: number }): ReportDescriptor {
  return { messageId, data: { words: text.slice(spot.start, spot.end) }, start: spot.start, end: spot.end, severity: "error" };
}

function findInsult(reading: Reading): PhraseMatch<unknown> | undefined {
  const { insultTargets, insultDefusers } = getLexicon();
  const terms = reading.analysis.terms;
  for (const match of cuesOf(reading, "insultNoun", { inHashtags: false })) {
    if (!negated(terms, match.firstTerm)) return match;
  }
  for (const match of cuesOf(reading, "insultAdjective", { inHashtags: false })) {
    const after = terms[match.firstTerm + match.termCount];
    if (after && (insultDefusers.has(after.norm) || positiveWord(reading, match.firstTerm + match.termCount))) continue;
    if (negated(terms, match.firstTerm)) continue;
    const aimedBefore = nearby(terms, match.firstTerm, -3).some((term) => insultTargets.has(term.norm));
    const aimedAfter = after !== undefined && sameClause(reading, match.firstTerm, match.firstTerm + match.termCount) && insultTargets.has(after.norm);
    if (aimedBefore || aimedAfter) return match;
  }
  return undefined;
}

/**
 * "No one here knows how to drive", "nobody in Detroit can park": a negative subject denied an
 * everyday competence. "Boston drivers are the worst", "people here can't drive": a group or
 * "everyone" followed by a verdict. Brags are not generalizations ("nobody can resist our fries",
 * "no one does it like us"). Each subject is looked at within a few words: linear in the post.
 */
function findGeneralization(reading: Reading): { start: number; end: number } | undefined {
  const terms = reading.analysis.terms;
  const parts = generalizationParts(reading);
  if (!parts.some(isSubject)) return undefined;
  const at = new Map<number, Part>();
  const lastBrag = new Map<number, number>();
  const lastComparison = new Map<number, number>();
  const scopedClauses = new Set<number>();
  for (const part of parts) {
    at.set(part.firstTerm, part);
    const clause = reading.clauses[part.firstTerm];
    if (part.value.has("brag")) lastBrag.set(clause, part.firstTerm);
    if (part.value.has("comparison")) lastComparison.set(clause, part.firstTerm);
    if (part.value.has("scope")) scopedClauses.add(clause);
  }

  for (const subject of parts) {
    if (!isSubject(subject)) continue;
    const clause = reading.clauses[subject.firstTerm];
    if ((lastBrag.get(clause) ?? -1) > subject.firstTerm) continue;
    let next = subject.firstTerm + subject.termCount;
    // An optional scope right after the subject: "here", "in this town", "in Detroit".
    const scopeEnd = scopeAt(reading, at, next);
    if (scopeEnd !== undefined) next = scopeEnd;
    const negative = subject.value.has("negativeSubject") || subject.value.has("rhetoricalSubject");
    if (negative && (lastComparison.get(clause) ?? -1) > subject.firstTerm) continue;
    if (subject.value.has("rhetoricalSubject")) {
      const verb = competenceWithin(reading, next, 3);
      if (verb !== undefined || scopeEnd !== undefined) return { start: subject.start, end: terms[verb ?? next - 1].end };
      continue;
    }
    if (subject.value.has("negativeSubject")) {
      const capability = findWithin(reading, at, subject.firstTerm, next, 3, "capability");
      if (!capability) continue;
      const after = capability.firstTerm + capability.termCount;
      const verb = competenceWithin(reading, after, 3);
      const explicit = capability.termCount >= 3; // "knows how to", "has any idea how to"
      if (verb !== undefined || (explicit && (scopeEnd !== undefined || scopedClauses.has(clause)))) {
        return { start: subject.start, end: terms[verb ?? after - 1].end };
      }
      continue;
    }
    // A universal subject or a group: a link ("are", "just") then a verdict, or an incapability.
    // "People who skip leg day are…": step over a relative clause to its verb; "Cyclists in this
    // city are…", "Fans from the away end were…": over a place or a circle.
    // After such a phrase only a listed verdict judges ("everyone at the club is heartbroken" grieves).
    let listedOnly = false;
    if (terms[next - 1]?.norm === "who") next = linkAfterRelative(reading, at, subject.firstTerm, next);
    else if (PREPOSITIONS.has(terms[next]?.norm ?? "")) {
      next = linkAfterRelative(reading, at, subject.firstTerm, next + 1, next);
      listedOnly = true;
    }
    const link = at.get(next);
    if (link?.value.has("incapability")) {
      const verb = competenceWithin(reading, link.firstTerm + link.termCount, 2);
      if (verb !== undefined && sameClause(reading, subject.firstTerm, verb)) return { start: subject.start, end: terms[verb].end };
      continue;
    }
    if (!link?.value.has("link")) continue;
    // The verdict follows the link, with only degree words between: "are (so) rude", "are (the) worst";
    // "are gonna hate this" tells what they do, not what they are.
    for (let k = link.firstTerm + link.termCount; k < Math.min(terms.length, next + 8); k++) {
      if (!sameClause(reading, subject.firstTerm, k)) break;
      const part = at.get(k);
      if (part?.value.has("verdict")) return { start: subject.start, end: part.end };
      if (!listedOnly && reading.termScores[k] <= -3 && !getLexicon().hostility.notVerdicts.has(terms[k].norm)) {
        return { start: subject.start, end: terms[k].end };
      }
      // A link of several words ("raising a generation of") is stepped over whole.
      if (part?.value.has("link")) k += part.termCount - 1;
      else if (!DEGREE_WORDS.has(terms[k].norm)) break;
    }
  }
  return undefined;
}

type Part = PhraseMatch<ReadonlySet<GeneralizationPart>>;

/** The first "are"/"is"-like link within eight words of a relative clause, or `none` (default `from`) when none. */
function linkAfterRelative(reading: Reading, at: Map<number, Part>, subject: number, from: number, none = from): number {
  for (let k = from; k < from + 8 && k < reading.analysis.terms.length; k++) {
    if (!sameClause(reading, subject, k)) break;
    const norm = reading.analysis.terms[k].norm;
    if (norm === "are" || norm === "is" || norm === "were" || norm === "was") return k;
    if (at.get(k)?.value.has("incapability") && k > from) continue;
  }
  return none;
}

function isSubject(part: Part): boolean {
  const { value } = part;
  return value.has("negativeSubject") || value.has("rhetoricalSubject") || value.has("universalSubject") || value.has("group");
}

function scopeAt(reading: Reading, at: Map<number, Part>, index: number): number | undefined {
  const scope = at.get(index);
  if (scope?.value.has("scope")) return index + scope.termCount;
  const terms = reading.analysis.terms;
  // "in Detroit", "from New Jersey": a preposition and a capitalised place.
  if ((terms[index]?.norm === "in" || terms[index]?.norm === "from") && isCapitalised(terms[index + 1])) {
    let end = index + 2;
    while (isCapitalised(terms[end]) && sameClause(reading, index, end)) end++;
    return end;
  }
  return undefined;
}

function findWithin(
  reading: Reading,
  at: Map<number, Part>,
  subject: number,
  from: number,
  span: number,
  part: GeneralizationPart,
): Part | undefined {
  for (let k = from; k < from + span && k < reading.analysis.terms.length; k++) {
    if (!sameClause(reading, subject, k)) return undefined;
    const match = at.get(k);
    if (match?.value.has(part)) return match;
  }
  return undefined;
}

/** Index of a competence verb within `span` terms from `from` (emphasis such as "even" may come first). */
function competenceWithin(reading: Reading, from: number, span: number): number | undefined {
  const { competences } = getLexicon();
  const terms = reading.analysis.terms;
  for (let k = from; k < from + span && k < terms.length; k++) {
    if (!sameClause(reading, from, k)) return undefined;
    if (competences.has(terms[k].norm)) return k;
  }
  return undefined;
}

function negated(terms: Term[], index: number): boolean {
  return nearby(terms, index, -3).some((term) => NEGATORS.has(term.norm));
}

function nearby(terms: Term[], index: number, offset: number): Term[] {
  return offset < 0 ? terms.slice(Math.max(0, index + offset), index) : terms.slice(index + 1, index + 1 + offset);
}

function positiveWord(reading: Reading, index: number): boolean {
  return index < reading.termScores.length && reading.termScores[index] > 0;
}

function isCapitalised(term: Term | undefined): boolean {
  if (!term || term.hashtag !== undefined) return false;
  const first = term.text[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

