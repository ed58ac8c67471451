// The profanity lexicon (lexicon.yaml) compiled into letter tries, once per set of options:
// every form of every entry for whole words, the embeddable forms for run-on words, and the
// allow-list of innocent words that contain a profane one.
import { loadData } from "../../src/data.js";
import { PhraseMatcher } from "../../src/text/phrases.js";
import { foldText } from "../../src/text/normalize.js";

export type ProfanitySeverity = "strong" | "mild";
export type Category = "expletive" | "sexual" | "insult" | "slur" | "acronym" | "denied";

export interface Entry {
  word: string;
  severity: ProfanitySeverity;
  category: Category;
  /** Found inside run-on words: anywhere, or only at their start. */
  embedded?: "anywhere" | "start";
  guessable?: boolean;
  names?: boolean;
  lowercase?: boolean;
  intensifier?: boolean;
  /** Words that bring out an innocent sense: with one in the post, the word is reported as mild. */
  gentlerIn?: string[];
  /** Position in the lexicon: the earlier, the likelier reading of a masked word. */
  rank: number;
}

export interface Form {
  form: string;
  entry: Entry;
  /** The form may be found inside a longer run-on word. */
  embedded: boolean;
}

/** What a spelling read as: a form, through how many masks, over how many letter runs. */
export interface Match {
  form: Form;
  masks: number;
  runs: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  form?: Form;
}

export interface Lexicon {
  whole: TrieNode;
  embedded: TrieNode;
  allow: TrieNode;
  allowWords: Set<string>;
  allowPhrases?: PhraseMatcher;
  denyPhrases?: PhraseMatcher<Entry>;
  intensifierStops: Set<string>;
  intensifierFollowers: Set<string>;
  /** Words that aim a word at a person ("you're a …"): no gentler sense then. */
  addressCues: Set<string>;
  /** What a disguised spelling was read as (find.ts), kept per compiled lexicon. */
  memo: Map<string, Match | null>;
  /** Plain words already searched for embedded forms and found clean (posts repeat their words). */
  cleanRunOns: Set<string>;
  /** Report mild entries too. */
  reportMild: boolean;
  longestForm: number;
}

interface LexiconData {
  entries: Array<Omit<Entry, "rank"> & { forms?: string[] }>;
  allow: string[];
  allowPhrases: string[];
  intensifierStops: string[];
  intensifierFollowers: string[];
  addressCues: string[];
}

export interface ProfanityOptions {
  allow?: string[];
  deny?: Array<string | { word: string; severity?: ProfanitySeverity }>;
  severity?: ProfanitySeverity;
}

let base: Lexicon | undefined;
const byOptions = new WeakMap<object, Lexicon>();
const byOptionsText = new Map<string, Lexicon>();

/** The compiled lexicon for a rule's options (compiled on first use, then cached). */
export function lexiconFor(options: ProfanityOptions): Lexicon {
  const plain = !options.allow?.length && !options.deny?.length;
  if (plain && options.severity !== "strong") return (base ??= compile({}));
  const cached = byOptions.get(options);
  if (cached) return cached;
  const key = JSON.stringify(options);
  let lexicon = byOptionsText.get(key);
  if (!lexicon) {
    lexicon = compile(options);
    if (byOptionsText.size > 64) byOptionsText.clear();
    byOptionsText.set(key, lexicon);
  }
  byOptions.set(options, lexicon);
  return lexicon;
}

/** Lower case, look-alikes and accents folded, spaces kept: how option words are compared. */
function normalizeOptionWord(word: string): string {
  return foldText(word.trim()).text.replace(/\s+/g, " ");
}

function compile(options: ProfanityOptions): Lexicon {
  const data = loadData<LexiconData>(new URL("./lexicon.yaml", import.meta.url));
  const allowed = new Set((options.allow ?? []).map(normalizeOptionWord));
  const lexicon: Lexicon = {
    whole: newNode(),
    embedded: newNode(),
    allow: newNode(),
    allowWords: new Set(),
    intensifierStops: new Set(data.intensifierStops),
    intensifierFollowers: new Set(data.intensifierFollowers),
    addressCues: new Set(data.addressCues),
    reportMild: options.severity !== "strong",
    longestForm: 0,
    memo: new Map(),
    cleanRunOns: new Set(),
  };
  data.entries.forEach((raw, rank) => {
    if (allowed.has(raw.word)) return;
    const entry: Entry = { ...raw, rank };
    delete (entry as { forms?: string[] }).forms;
    for (const form of [raw.word, ...(raw.forms ?? [])]) {
      if (allowed.has(form)) continue;
      // Only spellings that contain the word itself are looked for inside run-on words:
      // "fucking" inside #absofuckinglutely, but never "fuk" inside Fukuoka.
      addForm(lexicon, form, entry, raw.embedded !== undefined && form.includes(raw.word));
    }
  });
  const innocent = [...data.allow, ...[...allowed].filter((word) => !word.includes(" "))];
  for (const word of innocent) {
    lexicon.allowWords.add(word);
    insert(lexicon.allow, word).form = { form: word, entry: ALLOWED, embedded: true };
  }
  const phrases = [...data.allowPhrases, ...[...allowed].filter((word) => word.includes(" "))];
  if (phrases.length > 0) lexicon.allowPhrases = PhraseMatcher.of(phrases);

  const denyPhrases: Array<[string, Entry]> = [];
  for (const item of options.deny ?? []) {
    const word = normalizeOptionWord(typeof item === "string" ? item : item.word);
    const severity = typeof item === "string" ? "strong" : (item.severity ?? "strong");
    if (!word) continue;
    const entry: Entry = { word, severity, category: "denied", rank: -1 };
    if (/^[a-z]+$/.test(word)) addForm(lexicon, word, entry, false);
    else denyPhrases.push([word, entry]);
  }
  if (denyPhrases.length > 0) lexicon.denyPhrases = new PhraseMatcher(denyPhrases);
  return lexicon;
}

const ALLOWED: Entry = { word: "", severity: "mild", category: "expletive", rank: 0 };

function addForm(lexicon: Lexicon, form: string, entry: Entry, embedded: boolean): void {
  const node = insert(lexicon.whole, form);
  // A deny word wins over a built-in form; otherwise the first entry listing a form keeps it.
  if (!node.form || entry.category === "denied") node.form = { form, entry, embedded };
  if (embedded) insert(lexicon.embedded, form).form = { form, entry, embedded };
  lexicon.longestForm = Math.max(lexicon.longestForm, form.length);
}

function newNode(): TrieNode {
  return { next: new Map() };
}

function insert(root: TrieNode, word: string): TrieNode {
  let node = root;
  for (const letter of word) {
    let child = node.next.get(letter);
    if (!child) {
      child = newNode();
      node.next.set(letter, child);
    }
    node = child;
  }
  return node;
}
