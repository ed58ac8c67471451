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

  /**
   * Adds every phrase made of one item from each list in turn ("the client" then "wants", "needs"
   * …) without spelling out the product: the lists share their tries, so 60 roles × 50 verbs cost
   * 110 phrases, not 3,000. An empty item makes its list optional. A match's `phrase` is its last
   * item. Call it after the plain phrases are added: add() does not copy the nodes sequences share.
   */
  addSequence(lists: readonly (readonly string[])[], value: V): this {
    const optional = lists.findIndex((list) => list.includes(""));
    if (optional >= 0) {
      const filled = lists.map((list, index) => (index === optional ? list.filter(Boolean) : list));
      this.addSequence(filled.filter((_, index) => index !== optional), value);
      return this.addSequence(filled, value);
    }
    let tail: Map<string, TrieNode<V>> | undefined;
    for (let index = lists.length - 1; index >= 0; index--) {
      // The list's own trie first, then the next list under each of its ends: no walk ever
      // enters a shared node.
      const head: TrieNode<V> = {};
      const ends: Array<[TrieNode<V>, string, number]> = [];
      for (const item of lists[index]) {
        const words = phraseWords(item);
        if (words.length === 0) continue;
        let node = head;
        for (const word of words) {
          node.next ??= new Map();
          let child = node.next.get(word);
          if (!child) node.next.set(word, (child = {}));
          node = child;
        }
        ends.push([node, item, words.length]);
      }
      // Deepest first: an end below another is complete before the one above may copy it.
      for (const [end, item] of ends.sort((a, b) => b[2] - a[2])) {
        if (tail) graft(end, tail);
        else {
          end.phrase = item;
          end.value = value;
        }
      }
      tail = head.next;
    }
    if (tail) graft(this.root, tail);
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

/**
 * Adds `branches` under `node`. Tries built by addSequence share their nodes, so a node that
 * both sides hold is copied before it changes: no other phrase's path is altered.
 */
function graft<V>(node: TrieNode<V>, branches: Map<string, TrieNode<V>>): void {
  node.next ??= new Map();
  for (const [word, branch] of branches) {
    const held = node.next.get(word);
    if (!held) {
      node.next.set(word, branch);
      continue;
    }
    const copy: TrieNode<V> = { ...held, next: held.next ? new Map(held.next) : undefined };
    if (copy.phrase === undefined && branch.phrase !== undefined) {
      copy.phrase = branch.phrase;
      copy.value = branch.value;
    }
    if (branch.next) graft(copy, branch.next);
    node.next.set(word, copy);
  }
}
