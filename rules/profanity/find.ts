// Finds lexicon words among a post's words as read through their disguises (src/text/normalize).
// Whole words first; inside run-on words (hashtags, compounds) only the embeddable entries;
// then the context an entry asks for (a name, lower case, an intensifier) and the allow-lists.
import type { Analysis } from "../../src/text/analysis.js";
import { MASK, OTHER_LETTER, readWords, type ReadGroup, type ReadWord } from "../../src/text/normalize.js";
import type { Entry, Form, Lexicon, Match, TrieNode } from "./lexicon.js";

export interface Hit {
  entry: Entry;
  /** The lexicon form read, e.g. "fucking" for "f#@king". */
  form: string;
  start: number;
  end: number;
}

/**
 * The word being matched, as runs of one repeated letter ("fuuuck" → f, u×3, c, k; masks never
 * form a run): parallel arrays reused from word to word.
 */
const runs = {
  letter: [] as string[],
  alternate: [] as string[],
  count: new Int32Array(64),
  /** Index of the run's first and last letter in the word. */
  first: new Int32Array(64),
  last: new Int32Array(64),
  length: 0,
};

/** No real word or hashtag is longer; past this a word is not searched inside (keeps cost flat). */
const LONGEST_RUN_ON = 256;

interface State {
  node: TrieNode;
  masks: number;
}

export function findProfanity(analysis: Analysis, lexicon: Lexicon): Hit[] {
  const groups = readWords(analysis);
  const hits: Hit[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    const found = findInGroup(group, lexicon);
    for (const hit of found) if (fitsContext(hit, analysis.text, groups, g, lexicon)) hits.push(hit);
  }
  if (lexicon.denyPhrases) {
    for (const match of lexicon.denyPhrases.matchAll(analysis)) {
      hits.push({ entry: match.value, form: match.phrase, start: match.start, end: match.end });
    }
  }
  if (hits.length === 0) return hits;
  softenInGentlerSenses(hits, analysis, lexicon);
  const kept = lexicon.reportMild ? hits : hits.filter((hit) => hit.entry.severity === "strong");
  return withoutAllowedPhrases(kept, analysis, lexicon).sort((a, b) => a.start - b.start);
}

function findInGroup(group: ReadGroup, lexicon: Lexicon): Hit[] {
  const { whole, parts } = group;
  if (lexicon.allowWords.has(whole.letters)) return [];
  if (group.mention) {
    // An @handle counts only as a whole word in disguise ("@ss"), never a real handle's parts.
    const match = wholeMatch(whole, lexicon, 0);
    return match && match.masks === 0 && whole.disguises !== 0 ? [toHit(whole, match, 0)] : [];
  }
  if (group.spaced) {
    // "f u c k", or "a f u c k" where the spelled word follows the article.
    const atStart = wholeMatch(whole, lexicon, 0);
    if (atStart) return [toHit(whole, atStart, 0)];
    const afterArticle = /^[ai]/.test(whole.letters) ? wholeMatch(whole, lexicon, 1) : undefined;
    if (afterArticle) return [toHit(whole, afterArticle, 1)];
    return embeddedHits(whole, lexicon);
  }
  if (parts.length > 1 && !parts.some((part) => lexicon.allowWords.has(part.letters))) {
    const match = wholeMatch(whole, lexicon, 0);
    if (match) return [toHit(whole, match, 0)];
  }
  const hits: Hit[] = [];
  for (const part of parts) {
    if (parts.length > 1 && lexicon.allowWords.has(part.letters)) continue;
    const match = wholeMatch(part, lexicon, 0);
    if (match) hits.push(toHit(part, match, 0));
    else for (const hit of embeddedHits(part, lexicon)) hits.push(hit);
  }
  if (hits.length === 0 && parts.length > 1 && parts[0].shape === "upper") return acronymRunIntoWord(group, lexicon);
  return hits;
}

/**
 * An acronym run into a capitalised word splits one letter early: #WTFriday reads as "WT" +
 * "Friday". The acronym is looked for at the start of the whole word, reaching into the word.
 */
function acronymRunIntoWord(group: ReadGroup, lexicon: Lexicon): Hit[] {
  const [first] = group.parts;
  return embeddedHits(group.whole, lexicon).filter((hit) => hit.start === first.start && hit.end > first.end && hit.entry.category === "acronym");
}

/** The form that the whole word (from letter `from`) reads as, if any. */
function wholeMatch(word: ReadWord, lexicon: Lexicon, from: number): Match | undefined {
  if (from === 0 && word.disguises === 0) {
    // Plain words: one lookup; the walk below is only for repeated letters.
    if (!hasDoubleLetter(word.letters)) return exactForm(lexicon.whole, word.letters);
  }
  // Disguised spellings repeat (a pasted line, an attack): remember what each one read as.
  const key = `${from}|${word.literal > 0 ? 1 : 0}|${word.letters}|${word.alternates ?? ""}`;
  const memo = lexicon.memo.get(key);
  if (memo !== undefined) return memo ?? undefined;
  const found = walkWhole(word, lexicon, from);
  if (lexicon.memo.size > 10_000) lexicon.memo.clear();
  lexicon.memo.set(key, found ?? null);
  return found;
}

function walkWhole(word: ReadWord, lexicon: Lexicon, from: number): Match | undefined {
  if (!loadRuns(word, from, lexicon.longestForm)) return undefined;
  const matches = walk(0, lexicon.whole, true);
  let best: Match | undefined;
  for (const match of matches) {
    if (match.runs !== runs.length || !maskedReadingAllowed(word, match)) continue;
    if (!best || match.masks < best.masks || (match.masks === best.masks && match.form.entry.rank < best.form.entry.rank)) best = match;
  }
  return best;
}

function exactForm(root: TrieNode, letters: string): Match | undefined {
  let node: TrieNode | undefined = root;
  for (let i = 0; i < letters.length && node; i++) node = node.next.get(letters[i]);
  return node?.form ? { form: node.form, masks: 0, runs: 0 } : undefined;
}

/**
 * A masked word is read as a form only when enough of it shows: one visible letter is enough
 * for the few words people censor that way (f***, s***, b****), in their base form only (a
 * redacted "P*****" is not "pissed"); any other reading needs two visible letters.
 */
function maskedReadingAllowed(word: ReadWord, match: Match): boolean {
  if (match.masks === 0) return true;
  const visible = match.form.form.length - match.masks;
  if (visible >= 2) return true;
  const { form, entry } = match.form;
  return visible === 1 && entry.guessable === true && form === entry.word && word.literal >= 1;
}

/** Embeddable forms inside a run-on word: longest first, left to right, not overlapping. */
function embeddedHits(word: ReadWord, lexicon: Lexicon): Hit[] {
  // A plain word's search depends on its letters alone: a clean one is remembered.
  const plain = word.disguises === 0 && word.alternates === undefined;
  if (word.letters.length < 4 || (plain && lexicon.cleanRunOns.has(word.letters))) return [];
  const hits = searchEmbedded(word, lexicon);
  if (plain && hits.length === 0) {
    if (lexicon.cleanRunOns.size >= 50_000) lexicon.cleanRunOns.clear();
    lexicon.cleanRunOns.add(word.letters);
  }
  return hits;
}

function searchEmbedded(word: ReadWord, lexicon: Lexicon): Hit[] {
  if (!loadRuns(word, 0, LONGEST_RUN_ON)) return [];
  const hits: Hit[] = [];
  let innocent: Containment | undefined;
  for (let r = 0; r < runs.length; r++) {
    if (!lexicon.embedded.next.has(runs.letter[r]) && !lexicon.embedded.next.has(runs.alternate[r])) continue;
    let best: Match | undefined;
    for (const match of walk(r, lexicon.embedded, false)) {
      if (match.form.entry.embedded === "start" && r !== 0) continue;
      if (!best || match.runs > best.runs) best = match;
    }
    if (!best) continue;
    const first = runs.first[r];
    const last = runs.last[r + best.runs - 1];
    innocent ??= new Containment(innocentSpans(lexicon));
    if (innocent.covers(first, last)) continue;
    hits.push(spanHit(word, best.form, first, last));
    r += best.runs - 1;
  }
  return hits;
}

/**
 * Asks whether [start, end] lies inside one of a list of spans sorted by start, for queries in
 * increasing start order: one sweep, so a long adversarial word stays linear.
 */
class Containment {
  private next = 0;
  private reach = -1;

  constructor(private readonly spans: Array<[number, number]>) {}

  covers(start: number, end: number): boolean {
    while (this.next < this.spans.length && this.spans[this.next][0] <= start) {
      this.reach = Math.max(this.reach, this.spans[this.next][1]);
      this.next++;
    }
    return this.reach >= end;
  }
}

/** Where allow-listed words (Scunthorpe, shiitake, snigger) sit inside the word, by letter. */
function innocentSpans(lexicon: Lexicon): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let r = 0; r < runs.length; r++) {
    for (const match of walk(r, lexicon.allow, false)) spans.push([runs.first[r], runs.last[r + match.runs - 1]]);
  }
  return spans;
}

/**
 * Walks the trie over runs from run `from`. A run of a repeated letter reads as the letter once
 * or twice (no English word triples a letter); a mask reads as any one letter; a leet character
 * as either of its readings. Returns every form reached. The walk is bounded by the trie's
 * depth, so a run-on word of n letters costs O(n × longest form).
 */
function walk(from: number, root: TrieNode, masks: boolean): Match[] {
  let states: State[] = [{ node: root, masks: 0 }];
  const found: Match[] = [];
  for (let r = from; r < runs.length && states.length > 0; r++) {
    const letter = runs.letter[r];
    const alternate = runs.alternate[r];
    const count = runs.count[r];
    const next: State[] = [];
    for (const state of states) {
      step(state, letter, count, masks, next);
      if (alternate !== letter) step(state, alternate, count, masks, next);
    }
    states = dedupe(next);
    for (const state of states) {
      if (state.node.form) found.push({ form: state.node.form, masks: state.masks, runs: r - from + 1 });
    }
  }
  return found;
}

function step(state: State, letter: string, count: number, masks: boolean, into: State[]): void {
  if (letter === MASK) {
    if (!masks) return;
    for (const child of state.node.next.values()) into.push({ node: child, masks: state.masks + 1 });
    return;
  }
  if (letter === OTHER_LETTER) return;
  const once = state.node.next.get(letter);
  if (!once) return;
  into.push({ node: once, masks: state.masks });
  const twice = count > 1 ? once.next.get(letter) : undefined;
  if (twice) into.push({ node: twice, masks: state.masks });
}

function dedupe(states: State[]): State[] {
  if (states.length < 2) return states;
  const best = new Map<TrieNode, State>();
  for (const state of states) {
    const seen = best.get(state.node);
    if (!seen || state.masks < seen.masks) best.set(state.node, state);
  }
  return [...best.values()];
}

/** Fills `runs` with the word's letters from `from`; returns false past `limit` runs. */
function loadRuns(word: ReadWord, from: number, limit: number): boolean {
  const { letters } = word;
  const alternates = word.alternates ?? letters;
  runs.length = 0;
  for (let i = from; i < letters.length; i++) {
    const letter = letters[i];
    const alternate = alternates[i];
    const n = runs.length;
    if (n > 0 && letter !== MASK && runs.letter[n - 1] === letter && runs.alternate[n - 1] === alternate) {
      runs.count[n - 1]++;
      runs.last[n - 1] = i;
      continue;
    }
    if (n === limit) return false;
    if (n === runs.count.length) growRuns();
    runs.letter[n] = letter;
    runs.alternate[n] = alternate;
    runs.count[n] = 1;
    runs.first[n] = i;
    runs.last[n] = i;
    runs.length = n + 1;
  }
  return true;
}

function growRuns(): void {
  for (const key of ["count", "first", "last"] as const) {
    const wider = new Int32Array(runs[key].length * 2);
    wider.set(runs[key]);
    runs[key] = wider;
  }
}

function hasDoubleLetter(letters: string): boolean {
  for (let i = 1; i < letters.length; i++) if (letters[i] === letters[i - 1]) return true;
  return false;
}

function toHit(word: ReadWord, match: Match, fromLetter: number): Hit {
  return spanHit(word, match.form, fromLetter, word.letters.length - 1);
}

function spanHit(word: ReadWord, form: Form, first: number, last: number): Hit {
  const start = word.starts ? word.starts[first] : word.start + first;
  const end = word.ends ? word.ends[last] : word.start + last + 1;
  return { entry: form.entry, form: form.form, start, end };
}

/** What an entry asks of its surroundings: names, lower case, an intensifier's place. */
function fitsContext(hit: Hit, text: string, groups: ReadGroup[], index: number, lexicon: Lexicon): boolean {
  const { entry } = hit;
  const group = groups[index];
  const word = group.whole;
  // A hashtag of its own (#FFS) is the acronym in any case; in running text FFS is also an abbreviation.
  if (entry.lowercase && word.shape !== "lower" && !(word.inHashtag && group.parts.length === 1)) return false;
  if (entry.names && !word.inHashtag && word.shape === "title") {
    // "Moby Dick", "Dick Van Dyke", "Hell's Kitchen": a capitalised name, not the word.
    const next = groups[index + 1];
    // An abbreviation's period ("Ass. Prof.") is taken for a sentence end: still one name.
    const sameName = next !== undefined && (next.sentence === group.sentence || text[word.end] === ".");
    const nextIsName = sameName && (next.whole.shape === "title" || next.whole.shape === "upper");
    if (!group.sentenceStart || nextIsName || afterInitial(text, groups[index - 1])) return false;
  }
  if (entry.intensifier) return isIntensifier(group, groups, index, lexicon);
  return true;
}

/** "Philip K. Dick": the sentence splitter took the initial's period for a sentence end. */
function afterInitial(text: string, previous: ReadGroup | undefined): boolean {
  return previous !== undefined && previous.whole.letters.length === 1 && previous.whole.shape !== "lower" && text[previous.whole.end] === ".";
}

/**
 * A breeder's "bitch" beside "litter": still worth a look, but as a mild word, not a strong one.
 * Aimed at a person ("you're a lying b*tch") it stays strong.
 */
function softenInGentlerSenses(hits: Hit[], analysis: Analysis, lexicon: Lexicon): void {
  let words: Set<string> | undefined;
  for (const [index, hit] of hits.entries()) {
    const gentlerIn = hit.entry.gentlerIn;
    if (!gentlerIn || hit.entry.severity === "mild") continue;
    words ??= new Set(analysis.words.map((word) => word.norm));
    if (!gentlerIn.some((word) => words!.has(word)) || isAddressed(hit, analysis, lexicon)) continue;
    hits[index] = { ...hit, entry: { ...hit.entry, severity: "mild" } };
  }
}

const ADDRESS_REACH = 4;

function isAddressed(hit: Hit, analysis: Analysis, lexicon: Lexicon): boolean {
  const { words } = analysis;
  let at = words.findIndex((word) => word.end > hit.start);
  if (at < 0) at = words.length;
  for (let back = Math.max(0, at - ADDRESS_REACH); back < at; back++) if (lexicon.addressCues.has(words[back].norm)) return true;
  return false;
}

/** "cute af", "tired AF!", "cozy af cabin": right after a word, ending the phrase (in lower case, also before a noun). */
function isIntensifier(group: ReadGroup, groups: ReadGroup[], index: number, lexicon: Lexicon): boolean {
  if (group.sentenceStart || group.whole.shape === "title" || group.whole.inHashtag) return false;
  const previous = groups[index - 1];
  if (!previous || previous.sentence !== group.sentence || previous.whole.inHashtag) return false;
  if (lexicon.intensifierStops.has(previous.whole.letters)) return false;
  if (group.whole.shape === "lower" && previous.whole.shape !== "upper") return true;
  const next = groups[index + 1];
  if (!next || next.sentence !== group.sentence || next.whole.inHashtag) return true;
  return lexicon.intensifierFollowers.has(next.whole.letters);
}

function withoutAllowedPhrases(hits: Hit[], analysis: Analysis, lexicon: Lexicon): Hit[] {
  if (!lexicon.allowPhrases) return hits;
  const phrases = lexicon.allowPhrases.matchAll(analysis);
  if (phrases.length === 0) return hits;
  const allowed = new Containment(phrases.map((phrase): [number, number] => [phrase.start, phrase.end]));
  return hits.sort((a, b) => a.start - b.start).filter((hit) => !allowed.covers(hit.start, hit.end));
}
