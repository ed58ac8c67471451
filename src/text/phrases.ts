// Multi-word phrase matching over a post's terms in one pass: phrases are compiled into a
// trie keyed by word, so a vocabulary of thousands of phrases costs one walk per post,
// not one regular expression per phrase.
import type { Analysis, Term } from "./analysis.js";
import { normalizeWord } from "./tokenize.js";

export interface PhraseMatch<V> {
  phrase: string;
  value: V;
  start: number;
  end: number;
  /** Index of the first matched term in analysis.terms. */
  firstTerm: number;
  termCount: number;
}

export interface MatchOptions {
  /** Match words written inside hashtags too (default true). */
  inHashtags?: boolean;
}

interface TrieNode<V> {
  /** Absent on a leaf: most nodes end a phrase, and a Map apiece is most of a vocabulary's memory. */
  next?: Map<string, TrieNode<V>>;
  phrase?: string;
  value?: V;
}

/** Splits a phrase as the tokenizer would: "I'm part of" → ["i'm", "part", "of"]. */
export function phraseWords(phrase: string): string[] {
  // Most vocabulary is plain words, spaces and inner apostrophes: split it without the expression.
  const lower = normalizeWord(phrase);
  if (PLAIN_PHRASE_RE.test(lower)) return lower.split(" ");
  return lower.match(/[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu) ?? [];
}

const PLAIN_PHRASE_RE = /^[a-z0-9]+(?:'[a-z]+)*(?: [a-z0-9]+(?:'[a-z]+)*)*$/;

export class PhraseMatcher<V = true> {
  private readonly root: TrieNode<V> & { next: Map<string, TrieNode<V>> } = { next: new Map() };

  constructor(entries: Iterable<[string, V]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  static of(phrases: Iterable<string>): PhraseMatcher<true> {
    const matcher = new PhraseMatcher<true>();
    for (const phrase of phrases) matcher.add(phrase, true);
    return matcher;
  }

  add(phrase: string, value: V): this {
    const words = phraseWords(phrase);
    if (words.length === 0) return this;
    let node: TrieNode<V> = this.root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = {};
        node.next.set(word, child);
      }
      node = child;
    }
    node.phrase = phrase;
    node.value = value;
    return this;
  }

  /** Every longest match starting at each term, left to right, not overlapping. */
  matchAll(analysis: Analysis, options: MatchOptions = {}): PhraseMatch<V>[] {
    const terms = options.inHashtags === false ? wordsOutsideHashtags(analysis) : analysis.terms;
    const matches: PhraseMatch<V>[] = [];
    const starts = this.root.next;
    for (let first = 0; first < terms.length; ) {
      // Most words start no phrase: one lookup, no call.
      if (!starts.has(terms[first].norm)) {
        first++;
        continue;
      }
      const found = this.longestAt(terms, first);
      if (found) {
        matches.push(found);
        first += found.termCount;
      } else {
        first++;
      }
    }
    return matches;
  }

  /** True when any phrase occurs. */
  test(analysis: Analysis, options?: MatchOptions): boolean {
    return this.matchAll(analysis, options).length > 0;
  }

  private longestAt(terms: Term[], first: number): PhraseMatch<V> | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let best: PhraseMatch<V> | undefined;
    for (let at = first; at < terms.length && node; at++) {
      // A phrase never spans two hashtags, nor a hashtag and the words around it.
      if (at > first && terms[at].hashtag !== terms[first].hashtag) break;
      node = node.next?.get(terms[at].norm);
      if (node?.phrase !== undefined) {
        best = {
          phrase: node.phrase,
          value: node.value as V,
          start: terms[first].start,
          end: terms[at].end,
          firstTerm: first,
          termCount: at - first + 1,
        };
      }
    }
    return best;
  }
}

// Many matchers read the same post without its hashtags: the list is made once per post.
const outsideHashtags = new WeakMap<Analysis, Term[]>();

function wordsOutsideHashtags(analysis: Analysis): Term[] {
  let terms = outsideHashtags.get(analysis);
  if (!terms) {
    terms = analysis.hashtags.length === 0 ? analysis.terms : analysis.terms.filter((term) => term.hashtag === undefined);
    outsideHashtags.set(analysis, terms);
  }
  return terms;
}
