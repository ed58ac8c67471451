// What a post as a whole says, for judging its hashtags: does it sell or pitch, does it point
// readers somewhere, is it a plain sincere message, does it speak for the brand, which tragedy
// words and places it names.
import type { Analysis } from "../../src/text/analysis.js";
import { findPromotion, findTragedy } from "../../src/text/cues.js";
import type { Hashtag } from "../../src/text/hashtags.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { foldDiacritics, wordRank } from "../../src/text/segment.js";
import type { Token } from "../../src/text/tokenize.js";
import type { Post } from "../../src/types.js";
import { isRelated, relatednessIndex, type RelatednessIndex } from "./relatedness.js";
import { lowerWords, type TagPhrase, type Vocabulary } from "./vocabulary.js";
import { firstFrom } from "../../src/text/offsets.js";

// A name among the most frequent English words ("Mom", "Army", "Girl") is not taken for an
// unlisted place, whatever words surround it: big places that are also words are in the lists.
const COMMON_WORD_RANK = 5000;
const LONGEST_PLACE = 4;
// A post of a few words and a mourning emoji ("Paris, we are with you 🖤") is a condolence.
const SHORT_POST_WORDS = 6;
// "the landslide in #Sarno": how many words may stand between a tragedy word and "in".
const CUE_REACH = 4;
// "extra coaches from Leeds": how many words may stand between "extra" and the service.
const SERVICE_REACH = 3;
// "introducing our new survey": how many words after a launch word a publication may come.
const PUBLICATION_REACH = 3;
// Categories of causes, not of events: a cause tag's words in a post are no tragedy next to a place.
const CAUSE_CATEGORIES = new Set(["cause", "causeDay"]);

/** What the post as a whole says, computed once and only when a hashtag needs it. */
export class PostReading {
  private selling?: boolean;
  private pointing?: boolean;
  private pitching?: boolean;
  private levity?: boolean;
  private serious?: boolean;
  private noticeOnly?: boolean;
  private tragedies?: PhraseMatch<unknown>[];
  private strongTragedies?: PhraseMatch<unknown>[];
  private tagPhraseMatches?: PhraseMatch<TagPhrase>[];
  private disasterMatches?: PhraseMatch<true>[];
  private placeStarts?: Set<number>;
  private namedPlaces?: Set<string>;
  private cues?: CueIndex;
  private joins?: boolean;
  private services?: boolean;
  private ties?: boolean;
  private ownIndex?: RelatednessIndex;
  private readonly causeTied = new Map<string, boolean>();
  private charityTerms?: Set<number>;
  private ownWords?: Set<string>;

  constructor(
    readonly post: Post,
    readonly vocabulary: Vocabulary,
  ) {}

  get analysis(): Analysis {
    return this.post.analysis;
  }

  /** Sales words, a discount ("20% off"), a price or a promo code: the post sells. */
  isSelling(): boolean {
    if (this.selling === undefined) {
      const soft = this.vocabulary.softPromotion;
      const cues = [...findPromotion(this.analysis), ...this.vocabulary.promotion.matchAll(this.analysis)].filter((cue) => this.makesOffer(cue));
      this.pointing = cues.some((cue) => soft.has(cue.phrase));
      this.selling = cues.some((cue) => !soft.has(cue.phrase)) || hasPriceOrDiscount(this.analysis, this.vocabulary) || hasPromoCode(this.analysis, this.vocabulary);
    }
    return this.selling;
  }

  /** Selling, pitching, or pointing readers somewhere: a link, "link in bio", "learn more". */
  isPromotional(): boolean {
    return this.isSelling() || this.pointing === true || this.analysis.urls.length > 0 || this.isPitching();
  }

  /** A call to action or a product pitch with no sales word: "grab a bandana", "try Acme free". */
  isPitching(): boolean {
    if (this.pitching === undefined) {
      const { pitch, pitchVerbs } = this.vocabulary;
      const names = brandFirstWords(this.post);
      const terms = this.analysis.terms;
      this.pitching =
        pitch.test(this.analysis, { inHashtags: false }) ||
        pitchVerbs.matchAll(this.analysis).some((verb) => {
          const next = terms[verb.firstTerm + verb.termCount];
          return terms[verb.firstTerm].hashtag === undefined && next !== undefined && next.hashtag === undefined && names.has(next.norm);
        });
    }
    return this.pitching;
  }

  /** A joke or cheer: "lol", "vibes", a laughing or party emoji. */
  hasLevity(): boolean {
    if (this.levity === undefined) {
      const emoji = this.vocabulary.levityEmoji;
      this.levity =
        this.vocabulary.levity.test(this.analysis, { inHashtags: false }) ||
        this.analysis.emoji.some((token) => emoji.has(token.text.replace(/\uFE0F/g, "")));
    }
    return this.levity;
  }

  /**
   * A plainly sincere message: nothing sold, pitched or joked about, and the post's own words are
   * about the event, the people affected, help, safety, remembrance or the brand's own conduct
   * ("sincere" phrases, a tragedy word that is not a pun-prone slogan, or the hashtag itself used
   * in a sentence: "On #HolocaustRemembranceDay, join us…").
   */
  isSincere(hashtag: Hashtag): boolean {
    if (this.isSelling() || this.isPitching() || this.hasLevity()) return false;
    return this.speaksSeriously() || this.usesInSentence(hashtag);
  }

  private speaksSeriously(): boolean {
    if (this.serious === undefined) {
      const { sincere, notices } = this.vocabulary;
      const own = { inHashtags: false };
      const sincereWords = sincere.matchAll(this.analysis, own);
      const other = sincereWords.some((match) => !notices.has(match.phrase)) || this.strongTragedyCues().length > 0 || this.mourns();
      this.serious = other || sincereWords.length > 0;
      this.noticeOnly = !other && sincereWords.length > 0;
    }
    return this.serious;
  }

  /** Nothing serious in the post but the business's own notice: "closed Friday in observance of #X". */
  isNoticeOnly(): boolean {
    this.speaksSeriously();
    return this.noticeOnly === true;
  }

  /** A mourning or prayer emoji on a post of a few words ("🙏💚 #Pray4Morpeth", "Estamos con ustedes 🖤"). */
  private mourns(): boolean {
    const emoji = this.vocabulary.sincereEmoji;
    return this.analysis.words.length <= SHORT_POST_WORDS && this.analysis.emoji.some((token) => emoji.has(token.text.replace(/\uFE0F/g, "")));
  }

  /**
   * The post's own tragedy words that show it is about an event: the shared tragedy words, the
   * rule's disaster words and standalone sensitive phrases, less pun-prone slogans ("never
   * forget"), idioms (`allow`) and place-event words ("strong", "fire").
   */
  strongTragedyCues(): PhraseMatch<unknown>[] {
    if (!this.strongTragedies) {
      const looseTragedy = this.vocabulary.looseTragedy;
      // Matched over every term and then kept to the post's own words, so term indexes line up
      // with analysis.terms (bindsTragedy looks cues up by them).
      const terms = this.analysis.terms;
      const own = (cue: PhraseMatch<unknown>) => terms[cue.firstTerm].hashtag === undefined;
      const phrases = this.tagPhrasesInPost().filter(own);
      const allowed = phrases.filter((match) => match.value.kind === "allow");
      const tragedies = [
        ...findTragedy(this.analysis).filter(own),
        ...this.disastersInPost().filter(own),
        ...phrases.filter((match) => match.value.kind === "tag"),
      ];
      this.strongTragedies = this.withoutVerbUses(outsideSpans(tragedies, allowed, "overlap")).filter((cue) => !looseTragedy.has(cue.phrase.toLowerCase()));
    }
    return this.strongTragedies;
  }

  private tagPhrasesInPost(): PhraseMatch<TagPhrase>[] {
    return (this.tagPhraseMatches ??= this.vocabulary.tagPhrases.matchAll(this.analysis));
  }

  private disastersInPost(): PhraseMatch<true>[] {
    return (this.disasterMatches ??= this.vocabulary.disasterWords.matchAll(this.analysis));
  }

  /** Tragedy words used as verbs ("shooting a little film", "fires up the grill") are left out. */
  private withoutVerbUses<C extends PhraseMatch<unknown>>(cues: C[]): C[] {
    const { verbUses } = this.vocabulary;
    const terms = this.analysis.terms;
    return cues.filter((cue) => {
      const objects = cue.termCount === 1 ? verbUses.get(cue.phrase) : undefined;
      const next = terms[cue.firstTerm + 1];
      return !(objects && next && next.hashtag === undefined && objects.has(next.norm));
    });
  }

  /**
   * The post's words make the hashtag the place of a tragedy: "the landslide in #Sarno",
   * "#Kinross is still without power after the gales", "#Morpeth floods again". Returns the
   * tragedy word.
   */
  bindsTragedy(hashtag: Hashtag): string | undefined {
    const { terms, text } = this.analysis;
    const [first, after] = this.termRange(hashtag);
    const before = terms[first - 1];
    const next = terms[after];
    const { placeBefore, placeSubjectVerbs, placeEventLinks } = this.vocabulary;
    const afterPlaceWord = before !== undefined && before.hashtag === undefined && placeBefore.has(before.norm);
    const wordAfter = next !== undefined && next.hashtag === undefined;
    // Most tags stand at the end of a post, among other tags: no word can bind them, so the
    // post's tragedy words are not even looked for.
    if (!afterPlaceWord && !wordAfter) return undefined;
    const cues = this.cueIndex();
    if (cues.sorted.length === 0) return undefined;
    const sentence = this.sentenceAt(hashtag.start);
    const inSentence = (cue: PhraseMatch<unknown> | undefined) => (cue && cue.start >= sentence.start && cue.end <= sentence.end ? cue : undefined);
    let bound: PhraseMatch<unknown> | undefined;
    if (afterPlaceWord) {
      // A tragedy word ending a few words before "in": "the landslide in #Sarno".
      for (let last = first - 2; last >= Math.max(0, first - 2 - CUE_REACH) && !bound; last--) bound = inSentence(cues.byLast.get(last));
    }
    if (!bound && wordAfter) {
      bound = inSentence(cues.byFirst.get(after));
      // The tag as the subject ("#Kinross is still without power") or followed by its event
      // ("#Penzance after last night's fire"): a tragedy word later in its sentence.
      if (!bound && (placeSubjectVerbs.has(next.norm) || placeEventLinks.has(next.norm))) bound = inSentence(cues.sorted[firstFrom(cues.sorted, hashtag.end + 1)]);
    }
    return bound ? text.slice(bound.start, bound.end) : undefined;
  }

  /** The hashtag right after "in", "from"… or right before "store", "residents"…: the post uses it as a place. */
  usesAsPlace(hashtag: Hashtag): boolean {
    const { terms } = this.analysis;
    const [first, after] = this.termRange(hashtag);
    const before = terms[first - 1];
    const next = terms[after];
    return (
      (before !== undefined && before.hashtag === undefined && this.vocabulary.placeBefore.has(before.norm)) ||
      (next !== undefined && next.hashtag === undefined && this.vocabulary.placeAfter.has(next.norm))
    );
  }

  /** A word in the post that ties its sale to the cause it serves ("every purchase funds", "proceeds"), or a word of the cause itself. */
  tiesSaleToCause(causeWords: string[][]): boolean {
    this.ties ??= this.vocabulary.causeTies.test(this.analysis, { inHashtags: false });
    if (this.ties) return true;
    // Cached by cause: a post may repeat one tag thousands of times, but causes are few.
    const key = causeWords.map((words) => words.join(" ")).join("|");
    let tied = this.causeTied.get(key);
    if (tied === undefined) {
      this.ownIndex ??= relatednessIndex([this.analysis.words.map((word) => word.norm)], this.vocabulary.stopwords);
      const index = this.ownIndex;
      tied = causeWords.some((words) => isRelated(words, index, this.vocabulary.stopwords, false));
      this.causeTied.set(key, tied);
    }
    return tied;
  }

  /** "On #X," "after the #X": the hashtag is part of the post's own sentence about the event. */
  private usesInSentence(hashtag: Hashtag): boolean {
    const before = previousToken(this.analysis, hashtag.start);
    return before?.kind === "word" && this.vocabulary.eventLeads.has(before.norm);
  }

  /** The post joins an event ("watch party", "order by tip-off", "watch it with us"), not just tags it. */
  joinsEvent(hashtag: Hashtag): boolean {
    if (this.joins === undefined) {
      const { engagement, viewing, hosting } = this.vocabulary;
      const own = { inHashtags: false };
      this.joins = engagement.test(this.analysis, own) || (viewing.test(this.analysis, own) && hosting.test(this.analysis, own));
    }
    return this.joins || this.addsServicesFor(hashtag);
  }

  /** "Extra coaches from Leeds for the #CupFinal": a service laid on for the event's crowd. */
  private addsServicesFor(hashtag: Hashtag): boolean {
    const before = previousToken(this.analysis, hashtag.start);
    const beforeThat = before ? previousToken(this.analysis, before.start) : undefined;
    const isFor = before?.norm === "for" || (before?.norm === "the" && beforeThat?.norm === "for");
    if (!isFor) return false;
    if (this.services === undefined) {
      const { serviceLeads, services } = this.vocabulary;
      const words = this.analysis.words;
      this.services = words.some((word, at) => serviceLeads.has(word.norm) && words.slice(at + 1, at + 1 + SERVICE_REACH).some((next) => services.has(next.norm)));
    }
    return this.services;
  }

  /** The hashtag's terms (terms are in text order): the index of its first and of the first term after it. */
  private termRange(hashtag: Hashtag): [number, number] {
    const terms = this.analysis.terms;
    const first = firstFrom(terms, hashtag.start);
    if (first === terms.length || terms[first].start >= hashtag.end) return [terms.length, terms.length];
    return [first, firstFrom(terms, hashtag.end)];
  }

  /** The post's strong tragedy words by their first and last term, and in text order. */
  private cueIndex(): CueIndex {
    if (!this.cues) {
      const sorted = this.strongTragedyCues();
      const byFirst = new Map<number, PhraseMatch<unknown>>();
      const byLast = new Map<number, PhraseMatch<unknown>>();
      for (const cue of sorted) {
        if (!byFirst.has(cue.firstTerm)) byFirst.set(cue.firstTerm, cue);
        byLast.set(cue.firstTerm + cue.termCount - 1, cue);
      }
      this.cues = { sorted, byFirst, byLast };
    }
    return this.cues;
  }

  /** The sentence holding `offset` (sentences are in text order), or the whole text. */
  private sentenceAt(offset: number): { start: number; end: number } {
    const sentences = this.analysis.sentences;
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sentences[middle].end <= offset) low = middle + 1;
      else high = middle;
    }
    const sentence = sentences[low];
    return sentence && sentence.start <= offset ? sentence : { start: 0, end: this.analysis.text.length };
  }

  /** A personal account's own, unpaid post is the person's business unless it sells. */
  speaksForBrand(): boolean {
    return !(this.post.account?.owner === "personal" && this.post.sponsored !== true);
  }

  tragedyCues(): PhraseMatch<unknown>[] {
    if (!this.tragedies) {
      const { tagOnly } = this.vocabulary;
      const phrases = this.tagPhrasesInPost();
      // "Hurricane season" and "wildfire safety" are ordinary talk, not news of a tragedy.
      const allowed = phrases.filter((match) => match.value.kind === "allow");
      // "Strong coffee", "fire up the grill": event words of a tag only, in the post's own words.
      const terms = this.analysis.terms;
      const events = phrases.filter(
        (match) =>
          match.value.kind !== "allow" && !CAUSE_CATEGORIES.has(match.value.category) && !(tagOnly.has(match.phrase) && terms[match.firstTerm].hashtag === undefined),
      );
      // An event reading touching an idiom ("the warehouse fire sale") is the idiom.
      const disasters = outsideSpans(this.disastersInPost(), allowed, "overlap");
      this.tragedies = this.withoutVerbUses(outsideSpans([...findTragedy(this.analysis), ...disasters, ...events], allowed, "inside"));
    }
    return this.tragedies;
  }

  /** Does the post's own text (not its hashtags) hold one of these words (lower case, no accents)? */
  saysAnyOf(words: string[]): boolean {
    this.ownWords ??= new Set(this.analysis.words.map((word) => foldDiacritics(word.norm)));
    const own = this.ownWords;
    return words.some((word) => own.has(word));
  }

  /** Is `name` (letters only, lower case) the brand's own name or alias, written whole? */
  isBrandName(name: string): boolean {
    return brandFirstWords(this.post, true).has(name);
  }

  /** Does the post's own text use `name` (letters only, lower case) as a place? Never the brand's own name. */
  namesPlace(name: string): boolean {
    return this.placeNames().has(name) && !brandFirstWords(this.post, true).has(name);
  }

  /**
   * A sales cue that offers something: not denied ("no promo"), not the shop as the subject of a
   * notice ("the shop is closed today"), not part of a place's name ("our New York office").
   */
  private makesOffer(cue: PhraseMatch<unknown>): boolean {
    const { negations, determiners, shopNouns, shopStates } = this.vocabulary;
    const terms = this.analysis.terms;
    const before = terms[cue.firstTerm - 1];
    const after = terms[cue.firstTerm + cue.termCount];
    if (before && before.hashtag === undefined && negations.has(before.norm)) return false;
    if (this.deniedAfterFiller(cue.firstTerm)) return false;
    if (cue.termCount === 1 && shopNouns.has(cue.phrase) && before && determiners.has(before.norm) && after && shopStates.has(after.norm)) return false;
    // "a street collection for the families", "our new report": a charity's or a publisher's word, not a sale.
    const charity = this.charityTermSet();
    for (let index = cue.firstTerm; index < cue.firstTerm + cue.termCount; index++) if (charity.has(index)) return false;
    if (this.publishes(cue)) return false;
    const inPlace = this.placeWords();
    for (let index = cue.firstTerm; index < cue.firstTerm + cue.termCount; index++) if (inPlace.has(terms[index].start)) return false;
    return true;
  }

  /** "closed to new arrivals", "paused all promotions": a denial, one filler word, then the cue, with only spaces between. */
  private deniedAfterFiller(first: number): boolean {
    const { denials, denialFillers, negations } = this.vocabulary;
    const { terms, text } = this.analysis;
    const filler = terms[first - 1];
    const denial = terms[first - 2];
    if (!filler || !denial || filler.hashtag !== undefined || denial.hashtag !== undefined || !denialFillers.has(filler.norm)) return false;
    if (!denials.has(denial.norm) && !negations.has(denial.norm)) return false;
    return isGapBetween(text, denial, filler) && isGapBetween(text, filler, terms[first]);
  }

  /** The terms inside charity phrases ("street collection"). */
  private charityTermSet(): Set<number> {
    if (!this.charityTerms) {
      this.charityTerms = new Set();
      // Matched over all terms, so term indexes line up with the sales cues'.
      for (const match of this.vocabulary.charityPhrases.matchAll(this.analysis)) {
        if (this.analysis.terms[match.firstTerm].hashtag !== undefined) continue;
        for (let index = match.firstTerm; index < match.firstTerm + match.termCount; index++) this.charityTerms.add(index);
      }
    }
    return this.charityTerms;
  }

  /** A launch word ("our new", "introducing") with a publication ("report", "survey") within three words after it. */
  private publishes(cue: PhraseMatch<unknown>): boolean {
    const { launchWords, publications } = this.vocabulary;
    if (!launchWords.has(cue.phrase)) return false;
    const terms = this.analysis.terms;
    const end = cue.firstTerm + cue.termCount;
    return terms.slice(end, end + PUBLICATION_REACH).some((term) => term.hashtag === undefined && publications.has(term.norm));
  }

  /** Where the post's words run as a capitalised, listed place name ("New York"): the words' offsets. */
  private placeWords(): Set<number> {
    if (!this.placeStarts) {
      this.placeStarts = new Set();
      for (const run of capitalisedRuns(this.analysis)) {
        const name = run.map((word) => foldDiacritics(word.norm)).join(" ");
        if (this.vocabulary.places.has(name)) for (const word of run) this.placeStarts.add(word.start);
      }
    }
    return this.placeStarts;
  }

  /**
   * Names the post's own words use as a place, letters only ("garner", "westbrook"): a capitalised
   * run right after "in", "from"… or right before "location", "residents"… ("from Garner", "our
   * Garner location"). A single common word ("from Mom") does not count.
   */
  private placeNames(): Set<string> {
    if (!this.namedPlaces) {
      this.namedPlaces = new Set();
      const { placeBefore, placeAfter } = this.vocabulary;
      const { text, words } = this.analysis;
      for (const run of capitalisedRuns(this.analysis)) {
        const name = run.map((word) => foldDiacritics(word.norm).replace(/[^\p{L}\p{N}]/gu, "")).join("");
        if (run.length === 1 && (wordRank(name) ?? Infinity) <= COMMON_WORD_RANK) continue;
        const before = words[run.index - 1];
        const after = words[run.index + run.length];
        if (
          (before && isGapBetween(text, before, run[0]) && placeBefore.has(before.norm)) ||
          (after && isGapBetween(text, run[run.length - 1], after) && placeAfter.has(after.norm))
        )
          this.namedPlaces.add(name);
      }
    }
    return this.namedPlaces;
  }
}

/**
 * Every run of up to four words separated by single spaces that starts with a capitalised word,
 * with the index of its first word ("Our", "Our New", "New", "New York"…).
 */
function capitalisedRuns(analysis: Analysis): Array<Token[] & { index: number }> {
  const runs: Array<Token[] & { index: number }> = [];
  const { text, words } = analysis;
  for (let first = 0; first < words.length; first++) {
    if (!isCapitalised(words[first].text)) continue;
    for (let last = first; last < words.length && last < first + LONGEST_PLACE; last++) {
      if (last > first && !isGapBetween(text, words[last - 1], words[last])) break;
      runs.push(Object.assign(words.slice(first, last + 1), { index: first }));
    }
  }
  return runs;
}

/**
 * The cues, in text order, that do not lie inside (or, for "overlap", touch) one of the allowed
 * spans ("hurricane season", "the bomb"). Spans come from one matchAll, in order and apart, so
 * one pass over both lists does it.
 */
function outsideSpans<C extends { start: number; end: number }>(cues: C[], spans: Array<{ start: number; end: number }>, mode: "inside" | "overlap"): C[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  const kept: C[] = [];
  let at = 0;
  for (const cue of sorted) {
    // Cues go in order, so a span ending before this cue starts ends before every later one; the
    // first span left is the only one that can hold or touch it.
    while (at < spans.length && spans[at].end <= cue.start) at++;
    const span = spans[at];
    const hit = span !== undefined && (mode === "inside" ? cue.start >= span.start && cue.end <= span.end : cue.start < span.end && cue.end > span.start);
    if (!hit) kept.push(cue);
  }
  return kept;
}

interface CueIndex {
  sorted: PhraseMatch<unknown>[];
  byFirst: Map<number, PhraseMatch<unknown>>;
  byLast: Map<number, PhraseMatch<unknown>>;
}

/** The moment a post is judged at: its date, else the linter's clock (SPEC §4). */
export function postTime(post: Post, now: Date): Date {
  const date: unknown = post.date;
  if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
  // A plugin host or a hand-built post may pass the date as text.
  if (typeof date === "string" || typeof date === "number") {
    const parsed = new Date(date);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return now;
}

/** The first word of the brand's name and of each alias ("ledgerly"), or each whole name joined ("rallypoint"). */
function brandFirstWords(post: Post, joined = false): ReadonlySet<string> {
  const brand = post.brand;
  if (!brand) return NO_NAMES;
  let names = brandNames.get(brand);
  if (!names) {
    names = { first: new Set(), joined: new Set() };
    for (const name of [brand.name, ...(brand.aliases ?? [])]) {
      const words = lowerWords(foldDiacritics(name ?? ""));
      if (words.length > 0) {
        names.first.add(words[0]);
        names.joined.add(words.join(""));
      }
    }
    brandNames.set(brand, names);
  }
  return joined ? names.joined : names.first;
}

// A batch shares one brand object: its names are read once.
const brandNames = new WeakMap<object, { first: Set<string>; joined: Set<string> }>();
const NO_NAMES: ReadonlySet<string> = new Set();

function isCapitalised(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/** Two words with only spaces between them: one name can run across them. */
function isGapBetween(text: string, left: { end: number }, right: { start: number }): boolean {
  for (let at = left.end; at < right.start; at++) if (text[at] !== " ") return false;
  return true;
}

/** The last token that ends at or before `offset` (tokens are in text order). */
function previousToken(analysis: Analysis, offset: number): Token | undefined {
  const tokens = analysis.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return tokens[low - 1];
}

function hasPriceOrDiscount(analysis: Analysis, vocabulary: Vocabulary): boolean {
  const tokens = analysis.tokens;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token.kind !== "number") continue;
    // A price ("$49"), not a pledge ("$10M to Black-owned businesses", "we raised $50,000",
    // "every $50 funds a night of safe housing").
    if (
      /^[$£€¥]/.test(token.text) &&
      !/[kKmM]$/.test(token.text) &&
      !vocabulary.pledgeWords.has(tokens[at - 1]?.norm ?? "") &&
      !vocabulary.pledgeAfter.has(tokens[at + 1]?.norm ?? "")
    )
      return true;
    if (token.text.endsWith("%") && tokens[at + 1]?.norm === "off") return true;
  }
  return false;
}

// "code SAFE3", "code: PEDLON": capitals with a digit, or four or more of them.
const PROMO_CODE_RE = /^(?=[A-Z0-9]*[A-Z])(?:[A-Z0-9]*\d[A-Z0-9]*|[A-Z0-9]{4,})$/;

/** A promo code by its shape: "code" (not "dress code") and then a word in capitals. */
function hasPromoCode(analysis: Analysis, vocabulary: Vocabulary): boolean {
  const tokens = analysis.tokens;
  for (let at = 0; at < tokens.length - 1; at++) {
    const token = tokens[at];
    if (token.kind !== "word" || !vocabulary.promoCodeLeads.has(token.norm)) continue;
    if (vocabulary.notPromoCodes.has(tokens[at - 1]?.norm ?? "")) continue;
    let next = tokens[at + 1];
    if (next.text === ":" && at + 2 < tokens.length) next = tokens[at + 2];
    if ((next.kind === "word" || next.kind === "number") && next.text.length >= 3 && PROMO_CODE_RE.test(next.text)) return true;
  }
  return false;
}
