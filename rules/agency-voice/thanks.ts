// Thanks addressed to the brand: "thanks @acme", "thank you so much to the whole Acme crew",
// "shoutout to the team at Acme", "thanks for the tent, Acme!". Words of courtesy ("you so much to
// the whole") do not count towards the reach, so the thanks may be as warm as people write it,
// while a few words of content ("for the free tent") may come before the brand.
// Not thanks to the brand: a cause ("thanks to the Acme oil": after "thanks to" the brand must
// come at once), and the brand inside what the thanks is for ("thank you for flying with Acme",
// "thanks for choosing Acme": the brand's own voice thanking its customers).
import type { Term } from "../../src/text/analysis.js";
import { BRAND_WORD, isBrandTerm } from "./brand-terms.js";
import { endsClause } from "./praise.js";
import type { Vocabulary } from "./vocabulary.js";

export interface Thanks {
  /** Index of the gratitude word in the terms. */
  firstTerm: number;
  start: number;
  end: number;
}

// The thanks ends with its sentence or its brackets ("(sponsored by the PTA, thank you!!) had a
// @brand stall" thanks the PTA), and at a comma once it has said what it is for, unless the brand
// is named right after the comma ("thanks for the tent, Acme").
const SENTENCE_BREAK_RE = /[.!?)\]\n]/;
const CLAUSE_BREAK_RE = /[,;:—–]/;

export function findThanksToBrand(text: string, terms: Term[], vocab: Vocabulary): Thanks | undefined {
  for (let at = 0; at < terms.length; at++) {
    if (terms[at].hashtag !== undefined || !vocab.gratitude.has(terms[at].norm)) continue;
    const cause = terms[at].norm === "thanks" && terms[at + 1]?.norm === "to";
    const end = Math.min(terms.length, at + 1 + (cause ? 2 : vocab.gratitudeScan));
    let content = 0;
    // After "for" and a verb in -ing the words say what the reader did: "for flying with Acme".
    let reason = false;
    for (let next = at + 1; next < end; next++) {
      const term = terms[next];
      const gap = text.slice(terms[next - 1].end, term.start);
      if (SENTENCE_BREAK_RE.test(gap)) break;
      const found = { firstTerm: at, start: terms[at].start, end: term.end };
      // "thanks for the lift home last night, Acme!": the brand named after the reason.
      if (content > 0 && CLAUSE_BREAK_RE.test(gap)) {
        if (isVocative(text, terms, next, vocab)) return found;
        break;
      }
      // Past the reach only a brand named after a comma is thanked.
      const near = content <= vocab.gratitudeReach;
      if (isBrandTerm(term)) {
        if (near && (!reason || addressedAtEnd(text, terms, next, vocab))) return found;
        break;
      }
      if (cause && next > at + 1) break;
      reason ||= term.norm === "for" && isVerbIng(terms[next + 1]);
      if (!vocab.gratitudeFillers.has(term.norm)) content++;
    }
  }
  return undefined;
}

// The brand on its own, maybe with "team" or "crew", closing the clause: "…, Acme!", "…, Acme
// crew 🙌", not "…, Acme's store opens at 9".
function isVocative(text: string, terms: Term[], brand: number, vocab: Vocabulary): boolean {
  if (terms[brand].norm !== BRAND_WORD) return false;
  let last = brand;
  while (last < brand + 2 && terms[last + 1] && terms[last + 1].hashtag === undefined && vocab.gratitudeFillers.has(terms[last + 1].norm)) last++;
  return endsClause(text, terms[last].end, terms[last + 1]);
}

// "thanks for sorting my phone @acme": the brand closing the clause, not the object of the reason
// ("for flying with Acme", "for choosing Acme").
function addressedAtEnd(text: string, terms: Term[], brand: number, vocab: Vocabulary): boolean {
  const previous = terms[brand - 1];
  if (vocab.gratitudeObjectLinks.has(previous.norm) || isVerbIng(previous)) return false;
  return endsClause(text, terms[brand].end, terms[brand + 1]);
}

function isVerbIng(term: Term | undefined): boolean {
  return term !== undefined && term.norm.length > 4 && term.norm.endsWith("ing");
}
