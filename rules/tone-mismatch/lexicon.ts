// The rule's vocabularies (the YAML files beside this module), loaded and compiled once, on the
// rule's first check. Phrase lists become one word trie whose matches carry the categories they
// belong to, so a post is walked once for all of them.
import { loadData } from "../../src/data.js";
import { PhraseMatcher, phraseWords } from "../../src/text/phrases.js";

/** Every phrase category the one trie knows, by the data file it comes from. */
export type CueCategory =
  // moment.yaml
  | "tragedy"
  | "sympathy"
  | "weakSympathy"
  | "idiom"
  | "pitch"
  | "operational"
  | "charity"
  // hostility.yaml
  | "insultNoun"
  | "insultAdjective"
  | "insultIdiom"
  | "contempt"
  | "contemptIdiom"
  | "sweeping"
  | "rejection"
  | "condescension"
  | "penaltyWish"
  | "penalty"
  | "exasperatedOpener"
  | "failure"
  | "mockery"
  | "mockeryQuestion"
  | "affection"
  // sarcasm.yaml
  | "sarcasm"
  | "ironicPraise"
  | "annoyance"
  | "sincere"
  | "ironicInterjection"
  | "standalonePraise"
  | "reminderOpener"
  | "ironyWord"
  // replies.yaml
  | "complaint"
  | "distress"
  | "acknowledgment"
  | "flippant"
  | "flippantMild"
  | "cheerful"
  | "shrugException"
  // personal.yaml, slang.yaml
  | "personal"
  | "slang";

/** The words a sweeping generalization is built from (hostility.yaml `generalization`). */
export type GeneralizationPart =
  | "negativeSubject"
  | "rhetoricalSubject"
  | "universalSubject"
  | "group"
  | "scope"
  | "capability"
  | "incapability"
  | "link"
  | "brag"
  | "comparison"
  | "verdict";

export interface EmojiEntry {
  score: number;
  cue?: "party" | "laugh" | "contempt" | "irony";
}

export interface SentimentData {
  negations: string[];
  negationWindow: number;
  negationFactor: number;
  intensifiers: Record<string, number>;
  overrides: Record<string, number>;
}

export interface Lexicon {
  cues: PhraseMatcher<ReadonlySet<CueCategory>>;
  generalization: PhraseMatcher<ReadonlySet<GeneralizationPart>>;
  /** Normalized phrases of cues.yaml that need corroboration (moment.yaml). */
  weakTragedy: ReadonlySet<string>;
  /** "-proof", "-ready": a disaster word joined to one of these describes a product. */
  productCompounds: ReadonlySet<string>;
  productNouns: ReadonlySet<string>;
  weakPromotion: ReadonlySet<string>;
  sympathyWords: ReadonlySet<string>;
  insultTargets: ReadonlySet<string>;
  insultDefusers: ReadonlySet<string>;
  competences: ReadonlySet<string>;
  /** Words that may stand between a wish and its penalty ("deserve EVERY late fee"). */
  penaltyDeterminers: ReadonlySet<string>;
  /** The people "another … who can't" mocks (customer, driver…). */
  exasperationPeople: ReadonlySet<string>;
  /** Plugs in a reply ("have you tried our new…"): a matcher of their own, walked only for replies to
   * complaints, so they never hide a shorter cue ("our new") from the one trie. */
  plug: PhraseMatcher<true>;
  /** "Waited 45 min": a wait verb, and a unit of time shortly after it. */
  waitVerbs: ReadonlySet<string>;
  waitUnits: ReadonlySet<string>;
  /** Who mockery is aimed at: the reader, or people of a place. */
  mockeryReaders: PhraseMatcher<true>;
  mockeryPeople: PhraseMatcher<true>;
  /** Verbs of telling after "it's not like we…" (posted, said…). */
  reminderVerbs: ReadonlySet<string>;
  ironicFollowers: ReadonlySet<string>;
  /** Sarcasm markers that count only when they end their sentence ("Yeah, right."). */
  closingSarcasm: ReadonlySet<string>;
  /** What may follow such a marker after a comma and keep it sarcastic ("Yeah right, as if"). */
  sarcasticContinuations: ReadonlySet<string>;
  acronyms: ReadonlySet<string>;
  hashtagStems: readonly string[];
  emoji: ReadonlyMap<string, EmojiEntry>;
  sentiment: SentimentData;
}

interface MomentData {
  weakTragedy: string[];
  tragedy: string[];
  sympathy: string[];
  weakSympathy: string[];
  idioms: string[];
  productCompounds: string[];
  productNouns: string[];
  weakPromotion: string[];
  pitch: string[];
  operational: string[];
  charity: string[];
  sympathyWords: string[];
}

interface HostilityData {
  insultNouns: string[];
  insultAdjectives: string[];
  insultTargets: string[];
  insultDefusers: string[];
  verdicts: string[];
  insultIdioms: string[];
  contempt: string[];
  contemptIdioms: string[];
  sweeping: string[];
  rejections: string[];
  condescension: string[];
  penaltyWishes: string[];
  penalties: string[];
  penaltyDeterminers: string[];
  exasperation: { openers: string[]; people: string[]; failures: string[] };
  mockeryReaders: string[];
  mockeryPeople: string[];
  mockeryQuestions: string[];
  mockery: string[];
  affection: string[];
  generalization: {
    negativeSubjects: string[];
    rhetoricalSubjects: string[];
    universalSubjects: string[];
    groups: string[];
    scopes: string[];
    capabilities: string[];
    incapabilities: string[];
    competences: string[];
    links: string[];
    brags: string[];
    comparisons: string[];
  };
}

interface SarcasmData {
  markers: string[];
  closingMarkers: string[];
  closingContinuations: string[];
  ironicPraise: string[];
  annoyances: string[];
  sincere: string[];
  ironicInterjections: string[];
  standalonePraise: string[];
  ironicFollowers: string[];
  reminderOpeners: string[];
  reminderVerbs: string[];
  ironyWords: string[];
}

interface RepliesData {
  complaint: string[];
  distress: string[];
  acknowledgment: string[];
  flippant: string[];
  flippantMild: string[];
  cheerful: string[];
  plug: string[];
  shrugExceptions: string[];
  waitVerbs: string[];
  waitUnits: string[];
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

function data<T>(file: string): T {
  return loadData<T>(new URL(`./${file}`, import.meta.url));
}

function buildLexicon(): Lexicon {
  const moment = data<MomentData>("moment.yaml");
  const hostility = data<HostilityData>("hostility.yaml");
  const sarcasm = data<SarcasmData>("sarcasm.yaml");
  const replies = data<RepliesData>("replies.yaml");
  const personal = data<{ phrases: string[]; hashtagStems: string[] }>("personal.yaml");
  const slang = data<{ slang: string[]; acronyms: string[] }>("slang.yaml");
  const emoji = data<Record<string, EmojiEntry>>("emoji.yaml");
  const gen = hostility.generalization;

  const cues = categorizedMatcher<CueCategory>([
    ["tragedy", moment.tragedy],
    ["sympathy", moment.sympathy],
    ["weakSympathy", moment.weakSympathy],
    ["idiom", moment.idioms],
    ["pitch", moment.pitch],
    ["operational", moment.operational],
    ["charity", moment.charity],
    ["insultNoun", hostility.insultNouns],
    ["insultAdjective", hostility.insultAdjectives],
    ["insultIdiom", hostility.insultIdioms],
    ["contempt", hostility.contempt],
    ["contemptIdiom", hostility.contemptIdioms],
    ["sweeping", hostility.sweeping],
    ["rejection", hostility.rejections],
    ["condescension", hostility.condescension],
    ["penaltyWish", hostility.penaltyWishes],
    ["penalty", hostility.penalties],
    ["exasperatedOpener", hostility.exasperation.openers],
    ["failure", hostility.exasperation.failures],
    ["mockery", hostility.mockery],
    ["mockeryQuestion", hostility.mockeryQuestions],
    ["affection", hostility.affection],
    ["sarcasm", sarcasm.markers],
    ["ironicPraise", sarcasm.ironicPraise],
    ["annoyance", sarcasm.annoyances],
    ["sincere", sarcasm.sincere],
    ["ironicInterjection", sarcasm.ironicInterjections],
    ["standalonePraise", sarcasm.standalonePraise],
    ["reminderOpener", sarcasm.reminderOpeners],
    ["ironyWord", sarcasm.ironyWords],
    ["complaint", replies.complaint],
    ["distress", replies.distress],
    ["acknowledgment", replies.acknowledgment],
    ["flippant", replies.flippant],
    ["flippantMild", replies.flippantMild],
    ["cheerful", replies.cheerful],
    ["shrugException", replies.shrugExceptions],
    ["personal", withPossessives(personal.phrases)],
    ["slang", slang.slang],
  ]);
  const generalization = categorizedMatcher<GeneralizationPart>([
    ["negativeSubject", gen.negativeSubjects],
    ["rhetoricalSubject", gen.rhetoricalSubjects],
    ["universalSubject", gen.universalSubjects],
    ["group", gen.groups],
    ["scope", gen.scopes],
    ["capability", gen.capabilities],
    ["incapability", gen.incapabilities],
    ["link", gen.links],
    ["brag", gen.brags],
    ["comparison", gen.comparisons],
    ["verdict", hostility.verdicts],
  ]);

  return {
    cues,
    generalization,
    weakTragedy: phraseSet(moment.weakTragedy),
    productCompounds: phraseSet(moment.productCompounds),
    productNouns: phraseSet(moment.productNouns),
    weakPromotion: phraseSet(moment.weakPromotion),
    sympathyWords: phraseSet(moment.sympathyWords),
    insultTargets: phraseSet(hostility.insultTargets),
    insultDefusers: phraseSet(hostility.insultDefusers),
    competences: phraseSet(gen.competences),
    penaltyDeterminers: phraseSet(hostility.penaltyDeterminers),
    exasperationPeople: phraseSet(hostility.exasperation.people),
    plug: PhraseMatcher.of(replies.plug),
    waitVerbs: phraseSet(replies.waitVerbs),
    waitUnits: phraseSet(replies.waitUnits),
    mockeryReaders: PhraseMatcher.of(hostility.mockeryReaders),
    mockeryPeople: PhraseMatcher.of(hostility.mockeryPeople),
    reminderVerbs: phraseSet(sarcasm.reminderVerbs),
    ironicFollowers: phraseSet(sarcasm.ironicFollowers),
    closingSarcasm: phraseSet(sarcasm.closingMarkers),
    sarcasticContinuations: phraseSet(sarcasm.closingContinuations),
    acronyms: phraseSet(slang.acronyms),
    hashtagStems: personal.hashtagStems.map((stem) => stem.toLowerCase()),
    emoji: new Map(Object.entries(emoji).map(([symbol, entry]) => [normalizeEmoji(symbol), entry])),
    sentiment: data<SentimentData>("sentiment.yaml"),
  };
}

const keys = new Map<string, string>();

// "my ex" also as "my ex's stories": the tokenizer keeps a possessive on its word.
function withPossessives(phrases: string[]): string[] {
  return phrases.flatMap((phrase) => (phrase.startsWith("my ") ? [phrase, `${phrase}'s`] : [phrase]));
}

/** The key a phrase is compared by: its words as the tokenizer normalizes them (memoized). */
export function phraseKey(phrase: string): string {
  let key = keys.get(phrase);
  if (key === undefined) {
    key = phraseWords(phrase).join(" ");
    if (keys.size < 10_000) keys.set(phrase, key);
  }
  return key;
}

function phraseSet(phrases: string[]): ReadonlySet<string> {
  return new Set(phrases.map(phraseKey));
}

// A phrase listed in several files (e.g. "lol": slang and flippant) carries all its categories.
function categorizedMatcher<C extends string>(lists: Array<[C, string[]]>): PhraseMatcher<ReadonlySet<C>> {
  const byKey = new Map<string, { phrase: string; categories: Set<C> }>();
  for (const [category, phrases] of lists) {
    for (const phrase of phrases) {
      const key = phraseKey(String(phrase));
      if (!key) continue;
      const entry = byKey.get(key) ?? { phrase: String(phrase), categories: new Set<C>() };
      entry.categories.add(category);
      byKey.set(key, entry);
    }
  }
  const matcher = new PhraseMatcher<ReadonlySet<C>>();
  for (const { phrase, categories } of byKey.values()) matcher.add(phrase, categories);
  return matcher;
}

const EMOJI_MODIFIERS_RE = /[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;

/** An emoji without variation selectors and skin tones, the form emoji.yaml is keyed by. */
export function normalizeEmoji(symbol: string): string {
  return symbol.replace(EMOJI_MODIFIERS_RE, "");
}

export function lookupEmoji(symbol: string): EmojiEntry | undefined {
  const table = getLexicon().emoji;
  const normalized = normalizeEmoji(symbol);
  const entry = table.get(normalized);
  if (entry) return entry;
  // A ZWJ sequence (🤷‍♀️) reads as its first emoji.
  const first = String.fromCodePoint(normalized.codePointAt(0) ?? 0);
  return first === normalized ? undefined : table.get(first);
}
