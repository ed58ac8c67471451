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
  | "weakEvent"
  | "feeling"
  | "hazard"
  | "defect"
  | "remedy"
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
  | "superlative"
  // sarcasm.yaml
  | "sarcasm"
  | "ironicPraise"
  | "annoyance"
  | "sincere"
  | "ironicInterjection"
  | "sharedHardship"
  | "standalonePraise"
  | "reminderOpener"
  | "ironyWord"
  | "belittling"
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

/** Sentence shapes of hostility (hostility.yaml): see contempt.ts and hostility.ts. */
export interface HostilityShapes {
  personVerdicts: Sequences;
  notVerdicts: ReadonlySet<string>;
  learnHelpers: Sequences;
  learnCommands: ReadonlySet<string>;
  learnPhrases: Sequences;
  basicSkills: ReadonlySet<string>;
  stayHomeSubjects: Sequences;
  stayHomeFillers: ReadonlySet<string>;
  stayHomeVerbs: Sequences;
  dismissiveAdverbs: ReadonlySet<string>;
  exasperatedSubjects: Sequences;
  exasperatedInterjections: Sequences;
  servantNouns: Sequences;
  servantDenials: ReadonlySet<string>;
  whiningSubjects: Sequences;
  whiningFillers: ReadonlySet<string>;
  whiningVerbs: ReadonlySet<string>;
  vocatives: Sequences;
  dismissiveClosers: Sequences;
  penaltySubjects: Sequences;
  penaltyVerbs: Sequences;
  penaltyFillers: Sequences;
  placeInsults: Sequences;
  placeSubjects: Sequences;
  neverHadVerbs: Sequences;
  neverHadQualities: Sequences;
  neverHadExceptions: Sequences;
  /** The first words of the place insults and never-had qualities: a post without one has no place put-down. */
  placePutDownStarts: ReadonlySet<string>;
  nextTimeHedges: Sequences;
  nextTimeVerbs: Sequences;
  nextTimeApologies: PhraseMatcher<true>;
  blameSubjects: Sequences;
  blameFillers: Sequences;
  blameVerbs: Sequences;
  blameNotAfter: ReadonlySet<string>;
  blameAggravators: PhraseMatcher<true>;
  superlativeLeads: Sequences;
  superlativePlaces: Sequences;
}

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
  cue?: "party" | "laugh" | "contempt" | "irony" | "mourning";
}

/**
 * Phrases as word sequences, longest first, indexed by their first and last word: for looking at the
 * words right after or before a term with one lookup (see sequenceAt in reading.ts).
 */
export interface Sequences {
  all: readonly (readonly string[])[];
  byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  byLast: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** The sentence shapes of a moment (moment.yaml): loss of a person, a named death, a hazard tied to a
 * place or its aftermath, harm to people, a hidden allergen, buying to give, a call to buy. */
export interface MomentShapes {
  /** The first words of the shapes tragedy.ts looks for term by term, each with the shapes it may start
   * (SHAPE_* bits): one lookup per term, and only the shapes that can match are tried. */
  triggers: ReadonlyMap<string, number>;
  lossVerbs: Sequences;
  lostAfter: Sequences;
  lostPets: Sequences;
  finalLossVerbs: ReadonlySet<string>;
  lostDeterminers: Sequences;
  lostBefore: ReadonlySet<string>;
  losers: Sequences;
  deathInterjections: Sequences;
  nameBlockers: ReadonlySet<string>;
  prayers: Sequences;
  /** The prayers run together as a hashtag begins them ("prayfor"), and the words that make one a wish. */
  prayerTags: readonly string[];
  notPlaceTags: readonly string[];
  prayedFor: Sequences;
  unplacedHazards: ReadonlySet<string>;
  placePrepositions: Sequences;
  notPlaces: ReadonlySet<string>;
  aftermath: Sequences;
  harmPeople: Sequences;
  harmVerbs: ReadonlySet<string>;
  harmBlockers: ReadonlySet<string>;
  harmAfterCopula: Sequences;
  harmOutcomes: Sequences;
  harmPlaces: ReadonlySet<string>;
  celebration: Sequences;
  celebrationNotBefore: Sequences;
  celebrationNotAfter: ReadonlySet<string>;
  celebrationCancelled: PhraseMatcher<true>;
  recallWords: ReadonlySet<string>;
  recallDeterminers: ReadonlySet<string>;
  recallNotBefore: ReadonlySet<string>;
  recallNotAfter: ReadonlySet<string>;
  allergens: Sequences;
  allergenHiders: Sequences;
  softAllergenHiders: Sequences;
  givingLeads: ReadonlySet<string>;
  givingUnits: ReadonlySet<string>;
  givingFrom: Sequences;
  perSale: ReadonlySet<string>;
  perItemSold: ReadonlySet<string>;
  perItemGiven: ReadonlySet<string>;
  proceeds: Sequences;
  salesImperatives: Sequences;
  salesImperativesWithObject: Sequences;
  imperativeObjects: Sequences;
  currencySigns: ReadonlySet<string>;
}

export interface SentimentData {
  negations: string[];
  negationWindow: number;
  negationFactor: number;
  intensifiers: Record<string, number>;
  degreeAdjectives: Record<string, number>;
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
  moment: MomentShapes;
  insultTargets: ReadonlySet<string>;
  insultDefusers: ReadonlySet<string>;
  competences: ReadonlySet<string>;
  hostility: HostilityShapes;
  /** Words that may stand between a wish and its penalty ("deserve EVERY late fee"). */
  penaltyDeterminers: ReadonlySet<string>;
  /** The people "another … who can't" mocks (customer, driver…). */
  exasperationPeople: ReadonlySet<string>;
  /** Plugs in a reply ("have you tried our new…"): a matcher of their own, walked only for replies to
   * complaints, so they never hide a shorter cue ("our new") from the one trie. */
  plug: PhraseMatcher<true>;
  /** A discount as amends or for the bereaved ("as an apology", "bereavement fares"): care in a reply to grief. */
  concession: PhraseMatcher<true>;
  /** "Waited 45 min": a wait verb, and a unit of time shortly after it. */
  waitVerbs: ReadonlySet<string>;
  waitUnits: ReadonlySet<string>;
  /** "earn 2x points": a verb of earning, then a reward within three words. */
  loyaltyVerbs: Sequences;
  loyaltyRewards: ReadonlySet<string>;
  /** Who mockery is aimed at: the reader, or people of a place. */
  mockeryReaders: PhraseMatcher<true>;
  mockeryPeople: PhraseMatcher<true>;
  /** Verbs of telling after "it's not like we…" (posted, said…). */
  reminderVerbs: ReadonlySet<string>;
  ironicFollowers: ReadonlySet<string>;
  /** "Remarkable how…", "funny that…": a word of wonder and its link (sarcasm.yaml). */
  wonderWords: ReadonlySet<string>;
  wonderLinks: ReadonlySet<string>;
  blamedFailures: Sequences;
  always: PhraseMatcher<true>;
  /** "three whole weeks": a minimizer and the units it belittles. */
  minimizers: ReadonlySet<string>;
  minimizedUnits: ReadonlySet<string>;

  /** Sarcasm markers that count only when they end their sentence ("Yeah, right."). */
  closingSarcasm: ReadonlySet<string>;
  /** What may follow such a marker after a comma and keep it sarcastic ("Yeah right, as if"). */
  sarcasticContinuations: ReadonlySet<string>;
  acronyms: ReadonlySet<string>;
  hashtagStems: readonly string[];
  /** Everyday words that mean drunk after a lead ("got locked"), in a post about drink (personal.yaml). */
  drunk: { words: ReadonlySet<string>; leads: Sequences; blockers: ReadonlySet<string>; drinkWords: PhraseMatcher<true>; drinkEmoji: ReadonlySet<string> };
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
  weakEvent: string[];
  defects: string[];
  remedies: string[];
  feelings: string[];
  loss: { verbs: string[]; finalVerbs: string[]; after: string[]; pets: string[]; determiners: string[]; before: string[]; losers: string[] };
  deathInterjections: string[];
  nameBlockers: string[];
  hazards: string[];
  prayers: string[];
  prayedFor: string[];
  unplacedHazards: string[];
  placePrepositions: string[];
  notPlaces: string[];
  aftermath: string[];
  harm: { people: string[]; verbs: string[]; blockers: string[]; afterCopula: string[]; outcomes: string[]; places: string[] };
  celebration: string[];
  celebrationBlockers: { before: string[]; after: string[]; cancelled: string[] };
  recallNoun: { words: string[]; determiners: string[]; notBefore: string[]; notAfter: string[] };
  allergens: string[];
  allergenHiders: string[];
  softAllergenHiders: string[];
  linkedGiving: { leads: string[]; units: string[]; from: string[]; perSale: string[]; perItemSold: string[]; perItemGiven: string[]; proceeds: string[] };
  salesImperatives: string[];
  salesImperativesWithObject: string[];
  imperativeObjects: string[];
  currencySigns: string[];
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
  personVerdicts: string[];
  notVerdicts: string[];
  learnHelpers: string[];
  learnCommands: string[];
  learnPhrases: string[];
  basicSkills: string[];
  shouldStayHome: { subjects: string[]; fillers: string[]; verbs: string[]; dismissiveAdverbs: string[] };
  exasperatedSubjects: string[];
  exasperatedInterjections: string[];
  servantNouns: string[];
  servantDenials: string[];
  whining: { subjects: string[]; fillers: string[]; verbs: string[] };
  vocatives: string[];
  dismissiveClosers: string[];
  groupPenalty: { subjects: string[]; verbs: string[]; fillers: string[] };
  placeInsults: string[];
  placeSubjects: string[];
  neverHad: { verbs: string[]; qualities: string[]; exceptions: string[] };
  nextTime: { hedges: string[]; verbs: string[]; apologies: string[] };
  blameConditional: { subjects: string[]; fillers: string[]; verbs: string[]; notAfter: string[]; aggravators: string[] };
  superlativePutDown: { leads: string[]; superlatives: string[]; places: string[] };
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
  sharedHardship: string[];
  reminderOpeners: string[];
  reminderVerbs: string[];
  ironyWords: string[];
  wonderWords: string[];
  wonderLinks: string[];
  blamedFailures: string[];
  always: string[];
  minimizers: string[];
  minimizedUnits: string[];
}

interface RepliesData {
  complaint: string[];
  distress: string[];
  acknowledgment: string[];
  flippant: string[];
  flippantHarm: string[];
  flippantMild: string[];
  cheerful: string[];
  plug: string[];
  concession: string[];
  shrugExceptions: string[];
  waitVerbs: string[];
  waitUnits: string[];
  loyalty: { verbs: string[]; rewards: string[] };
}

interface PersonalData {
  phrases: string[];
  hashtagStems: string[];
  drunkWords: string[];
  drunkLeads: string[];
  drunkBlockers: string[];
  drinkWords: string[];
  drinkEmoji: string[];
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
  const personal = data<PersonalData>("personal.yaml");
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
    ["weakEvent", moment.weakEvent],
    ["feeling", moment.feelings],
    ["hazard", moment.hazards],
    ["defect", moment.defects],
    ["remedy", moment.remedies],
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
    ["superlative", hostility.superlativePutDown.superlatives],
    ["sarcasm", sarcasm.markers],
    ["ironicPraise", sarcasm.ironicPraise],
    ["annoyance", sarcasm.annoyances],
    ["sincere", sarcasm.sincere],
    ["ironicInterjection", sarcasm.ironicInterjections],
    ["sharedHardship", sarcasm.sharedHardship],
    ["standalonePraise", sarcasm.standalonePraise],
    ["reminderOpener", sarcasm.reminderOpeners],
    ["ironyWord", sarcasm.ironyWords],
    ["belittling", [...sarcasm.wonderWords, ...sarcasm.minimizers]],
    ["complaint", replies.complaint],
    ["distress", replies.distress],
    ["acknowledgment", replies.acknowledgment],
    ["flippant", [...replies.flippant, ...replies.flippantHarm]],
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
    ["verdict", [...hostility.verdicts, ...hostility.personVerdicts]],
  ]);

  return {
    cues,
    generalization,
    weakTragedy: phraseSet(moment.weakTragedy),
    productCompounds: phraseSet(moment.productCompounds),
    productNouns: phraseSet(moment.productNouns),
    weakPromotion: phraseSet(moment.weakPromotion),
    sympathyWords: phraseSet(moment.sympathyWords),
    moment: momentShapes(moment),
    insultTargets: phraseSet(hostility.insultTargets),
    insultDefusers: phraseSet(hostility.insultDefusers),
    competences: phraseSet(gen.competences),
    hostility: hostilityShapes(hostility),
    penaltyDeterminers: phraseSet(hostility.penaltyDeterminers),
    exasperationPeople: phraseSet(hostility.exasperation.people),
    plug: PhraseMatcher.of(replies.plug),
    concession: PhraseMatcher.of(replies.concession),
    waitVerbs: phraseSet(replies.waitVerbs),
    waitUnits: phraseSet(replies.waitUnits),
    loyaltyVerbs: sequences(replies.loyalty.verbs),
    loyaltyRewards: phraseSet(replies.loyalty.rewards),
    mockeryReaders: PhraseMatcher.of(hostility.mockeryReaders),
    mockeryPeople: PhraseMatcher.of(hostility.mockeryPeople),
    reminderVerbs: phraseSet(sarcasm.reminderVerbs),
    ironicFollowers: phraseSet(sarcasm.ironicFollowers),
    wonderWords: phraseSet(sarcasm.wonderWords),
    wonderLinks: phraseSet(sarcasm.wonderLinks),
    blamedFailures: sequences(sarcasm.blamedFailures),
    always: PhraseMatcher.of(sarcasm.always),
    minimizers: phraseSet(sarcasm.minimizers),
    minimizedUnits: phraseSet(sarcasm.minimizedUnits),

    closingSarcasm: phraseSet(sarcasm.closingMarkers),
    sarcasticContinuations: phraseSet(sarcasm.closingContinuations),
    acronyms: phraseSet(slang.acronyms),
    hashtagStems: personal.hashtagStems.map((stem) => stem.toLowerCase()),
    drunk: {
      words: phraseSet(personal.drunkWords),
      leads: sequences(personal.drunkLeads),
      blockers: phraseSet(personal.drunkBlockers),
      drinkWords: PhraseMatcher.of(personal.drinkWords),
      drinkEmoji: new Set(personal.drinkEmoji.map(normalizeEmoji)),
    },
    emoji: new Map(Object.entries(emoji).map(([symbol, entry]) => [normalizeEmoji(symbol), entry])),
    sentiment: data<SentimentData>("sentiment.yaml"),
  };
}

function hostilityShapes(data: HostilityData): HostilityShapes {
  return {
    personVerdicts: sequences(data.personVerdicts),
    notVerdicts: phraseSet(data.notVerdicts),
    learnHelpers: sequences(data.learnHelpers),
    learnCommands: phraseSet(data.learnCommands),
    learnPhrases: sequences(data.learnPhrases),
    basicSkills: phraseSet(data.basicSkills),
    stayHomeSubjects: sequences(data.shouldStayHome.subjects),
    stayHomeFillers: phraseSet(data.shouldStayHome.fillers),
    stayHomeVerbs: sequences(data.shouldStayHome.verbs),
    dismissiveAdverbs: phraseSet(data.shouldStayHome.dismissiveAdverbs),
    exasperatedSubjects: sequences(data.exasperatedSubjects),
    exasperatedInterjections: sequences(data.exasperatedInterjections),
    servantNouns: sequences(data.servantNouns),
    servantDenials: phraseSet(data.servantDenials),
    whiningSubjects: sequences(data.whining.subjects),
    whiningFillers: phraseSet(data.whining.fillers),
    whiningVerbs: phraseSet(data.whining.verbs),
    vocatives: sequences(data.vocatives),
    dismissiveClosers: sequences(data.dismissiveClosers),
    penaltySubjects: sequences(data.groupPenalty.subjects),
    penaltyVerbs: sequences(data.groupPenalty.verbs),
    penaltyFillers: sequences(data.groupPenalty.fillers),
    placeInsults: sequences(data.placeInsults),
    placeSubjects: sequences(data.placeSubjects),
    neverHadVerbs: sequences(data.neverHad.verbs),
    neverHadQualities: sequences(data.neverHad.qualities),
    neverHadExceptions: sequences(data.neverHad.exceptions),
    placePutDownStarts: new Set([...data.neverHad.qualities, ...data.placeInsults].map((phrase) => phraseKey(String(phrase)).split(" ")[0])),
    nextTimeHedges: sequences(data.nextTime.hedges),
    nextTimeVerbs: sequences([...data.nextTime.verbs, ...data.basicSkills]),
    nextTimeApologies: PhraseMatcher.of(data.nextTime.apologies),
    blameSubjects: sequences(data.blameConditional.subjects),
    blameFillers: sequences(data.blameConditional.fillers),
    blameVerbs: sequences(data.blameConditional.verbs),
    blameNotAfter: phraseSet(data.blameConditional.notAfter),
    blameAggravators: PhraseMatcher.of(data.blameConditional.aggravators),
    superlativeLeads: sequences(data.superlativePutDown.leads),
    superlativePlaces: sequences(data.superlativePutDown.places),
  };
}

function momentShapes(moment: MomentData): MomentShapes {
  const { loss, harm, linkedGiving: giving } = moment;
  const triggers = new Map<string, number>();
  const starts: Array<[number, string[]]> = [
    [SHAPE_LOSS, loss.verbs],
    [SHAPE_DEATH, moment.deathInterjections],
    [SHAPE_HARM, harm.people],
    [SHAPE_ALLERGEN, [...moment.allergenHiders, ...moment.softAllergenHiders]],
    [SHAPE_PRAYER, moment.prayers],
    [SHAPE_RECALL, moment.recallNoun.words],
  ];
  for (const [shape, list] of starts) {
    for (const phrase of list) {
      const first = phraseKey(String(phrase)).split(" ")[0];
      triggers.set(first, (triggers.get(first) ?? 0) | shape);
    }
  }
  return {
    triggers,
    lossVerbs: sequences(loss.verbs),
    lostAfter: sequences(loss.after),
    lostPets: sequences(loss.pets),
    finalLossVerbs: phraseSet(loss.finalVerbs),
    lostDeterminers: sequences(loss.determiners),
    lostBefore: phraseSet(loss.before),
    losers: sequences(loss.losers),
    deathInterjections: sequences(moment.deathInterjections),
    nameBlockers: phraseSet(moment.nameBlockers),
    prayers: sequences(moment.prayers),
    prayerTags: moment.prayers.map((phrase) => phraseKey(phrase).replaceAll(" ", "")),
    notPlaceTags: moment.notPlaces.map((word) => phraseKey(String(word)).replaceAll(" ", "")),
    prayedFor: sequences(moment.prayedFor),
    unplacedHazards: phraseSet(moment.unplacedHazards),
    placePrepositions: sequences(moment.placePrepositions),
    notPlaces: phraseSet(moment.notPlaces),
    aftermath: sequences(moment.aftermath),
    harmPeople: sequences(harm.people),
    harmVerbs: phraseSet(harm.verbs),
    harmBlockers: phraseSet(harm.blockers),
    harmAfterCopula: sequences(harm.afterCopula),
    harmOutcomes: sequences(harm.outcomes),
    harmPlaces: phraseSet(harm.places),
    celebration: sequences(moment.celebration),
    celebrationNotBefore: sequences(moment.celebrationBlockers.before),
    celebrationNotAfter: phraseSet(moment.celebrationBlockers.after),
    celebrationCancelled: PhraseMatcher.of(moment.celebrationBlockers.cancelled),
    recallWords: phraseSet(moment.recallNoun.words),
    recallDeterminers: phraseSet(moment.recallNoun.determiners),
    recallNotBefore: phraseSet(moment.recallNoun.notBefore),
    recallNotAfter: phraseSet(moment.recallNoun.notAfter),
    allergens: sequences(moment.allergens),
    allergenHiders: sequences(moment.allergenHiders),
    softAllergenHiders: sequences(moment.softAllergenHiders),
    givingLeads: phraseSet(giving.leads),
    givingUnits: phraseSet(giving.units),
    givingFrom: sequences(giving.from),
    perSale: phraseSet(giving.perSale),
    perItemSold: phraseSet(giving.perItemSold),
    perItemGiven: phraseSet(giving.perItemGiven),
    proceeds: sequences(giving.proceeds),
    salesImperatives: sequences(moment.salesImperatives),
    salesImperativesWithObject: sequences(moment.salesImperativesWithObject),
    imperativeObjects: sequences(moment.imperativeObjects),
    currencySigns: new Set(moment.currencySigns),
  };
}

export const SHAPE_LOSS = 1;
export const SHAPE_DEATH = 2;
export const SHAPE_HARM = 4;
export const SHAPE_ALLERGEN = 8;
export const SHAPE_PRAYER = 16;
export const SHAPE_RECALL = 32;

/** Phrases as word sequences, longest first, so the longest one that fits is found first. */
export function sequences(phrases: string[]): Sequences {
  const all = phrases
    .map((phrase) => phraseKey(String(phrase)).split(" ").filter(Boolean))
    .filter((words) => words.length > 0)
    .sort((a, b) => b.length - a.length);
  const index = (word: (words: string[]) => string) => {
    const map = new Map<string, string[][]>();
    for (const words of all) map.set(word(words), [...(map.get(word(words)) ?? []), words]);
    return map;
  };
  return { all, byFirst: index((words) => words[0]), byLast: index((words) => words[words.length - 1]) };
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
