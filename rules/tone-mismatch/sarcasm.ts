// Sarcasm: the written tags (/s, #sarcasm, #not), fixed markers ("yeah right", "thanks for nothing"),
// and praise or thanks inside a negative sentence ("thanks a lot for the outage").
import type { Post, ReportDescriptor } from "../../src/types.js";
import { clauseNegativity, cuesOf, type Reading } from "./reading.js";

const SARCASM_TAGS = new Set(["sarcasm", "sarcastic", "not", "notreally", "sarcasmintended"]);

export function checkSarcasm(post: Post, reading: Reading): ReportDescriptor[] {
  const spot = findSarcasm(reading);
  if (!spot) return [];
  return [{ messageId: "sarcasm", data: { words: post.text.slice(spot.start, spot.end) }, start: spot.start, end: spot.end, severity: "error" }];
}

function findSarcasm(reading: Reading): { start: number; end: number } | undefined {
  const tag = reading.analysis.hashtags.find((hashtag) => SARCASM_TAGS.has(hashtag.tag));
  if (tag) return tag;
  const slash = findSlashS(reading);
  if (slash) return slash;
  const marker = cuesOf(reading, "sarcasm", { inHashtags: false })[0];
  if (marker) return marker;
  return findIronicPraise(reading);
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
  const sincere = [...cuesOf(reading, "sincere"), ...cuesOf(reading, "acknowledgment")];
  const annoyances = cuesOf(reading, "annoyance");
  for (const praise of cuesOf(reading, "ironicPraise", { inHashtags: false })) {
    const clause = reading.clauses[praise.firstTerm];
    const inClause = (match: { firstTerm: number }) => reading.clauses[match.firstTerm] === clause;
    if (sincere.some(inClause)) continue;
    const negative = clauseNegativity(reading, praise.firstTerm, praise.firstTerm, praise.firstTerm + praise.termCount);
    if (negative <= -2 || annoyances.some(inClause)) return praise;
  }
  return undefined;
}
