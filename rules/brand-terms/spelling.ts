// Canonical spellings: "iPhone" is matched however it is cased, spaced or hyphenated
// ("Iphone", "IPHONE", "i-Phone", "Mac Book Pro" for "MacBook Pro"), and a form that is not
// exactly the canonical one is reported. Words inside hashtags, links and handles are not read.
import type { Analysis, Term } from "../../src/text/analysis.js";

export interface Misspelling {
  term: string;
  start: number;
  end: number;
}

interface Canonical {
  term: string;
  /** Lower case, spaces and hyphens removed: "macbookpro". */
  key: string;
}

export interface SpellingIndex {
  byKey: Map<string, Canonical>;
  /** Every beginning of a key: a run of words that is none stops being read at once. */
  prefixes: Set<string>;
  /** How many terms a written form may span. */
  longest: number;
}

const SEPARATOR = /^[ \t]?$|^-$/;

export function compileTerms(terms: readonly string[]): SpellingIndex {
  const canon = terms.map((term) => term.trim()).filter(Boolean).map((term) => ({ term, key: squash(term) }));
  return {
    byKey: new Map(canon.map((c) => [c.key, c])),
    prefixes: new Set(canon.flatMap((c) => Array.from({ length: c.key.length }, (_, n) => c.key.slice(0, n + 1)))),
    longest: Math.max(0, ...terms.map((term) => term.split(/[\s-]+/).length + 2)),
  };
}

export function findMisspellings(analysis: Analysis, index: SpellingIndex): Misspelling[] {
  const { byKey, prefixes, longest } = index;
  if (byKey.size === 0) return [];
  const { text } = analysis;
  const terms = analysis.terms.filter((term) => term.hashtag === undefined);
  const found: Misspelling[] = [];
  for (let first = 0; first < terms.length; first++) {
    let joined = "";
    let match: Misspelling | undefined;
    for (let last = first; last < terms.length && last - first < longest; last++) {
      if (last > first && !SEPARATOR.test(text.slice(terms[last - 1].end, terms[last].start))) break;
      const { norm, end } = withoutPossessive(terms[last]);
      joined += norm.replace(/-/g, "");
      if (!prefixes.has(joined)) break;
      const canonical = byKey.get(joined);
      if (canonical) match = { term: canonical.term, start: terms[first].start, end };
      if (norm !== terms[last].norm) break;
    }
    if (match) {
      const written = text.slice(match.start, match.end);
      if (written !== match.term && !ordinaryWords(written, match.term)) found.push(match);
      first = terms.findIndex((term) => term.start >= match.end) - 1;
      if (first < 0) break;
    }
  }
  return found;
}

// "We trail lite on weekends" and "Go trail running" are ordinary words, not a misspelt
// "TrailLite" or "GoTrail": a form that splits the name where it has no space counts only when
// each word after the first is capitalised like a name ("Go Trail", "Mac Book Pro").
function ordinaryWords(written: string, term: string): boolean {
  const words = written.split(/\s+/);
  if (words.length <= term.split(/\s+/).length) return false;
  return words.slice(1).some((word) => /^\p{Ll}/u.test(word));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s\-‐‑–]+/g, "");
}

// "iPhone's" is "iPhone" with a possessive: the name is checked, the "'s" kept out of the range.
function withoutPossessive(term: Term): { norm: string; end: number } {
  return /'s$/.test(term.norm) ? { norm: term.norm.slice(0, -2), end: term.end - 2 } : { norm: term.norm, end: term.end };
}
