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
import { lowerWords, type Vocabulary } from "./vocabulary.js";

// A name among the most frequent English words ("Mom", "Army", "Girl") is not taken for an
// unlisted place, whatever words surround it: big places that are also words are in the lists.
const COMMON_WORD_RANK = 5000;
const LONGEST_PLACE = 4;

/** What the post as a whole says, computed once and only when a hashtag needs it. */
export class PostReading {
  private selling?: boolean;
  private pointing?: boolean;
  private pitching?: boolean;
  private levity?: boolean;
  private serious?: boolean;
  private tragedies?: PhraseMatch<unknown>[];
  private placeStarts?: Set<number>;
  private namedPlaces?: Set<string>;

  constructor(
    readonly post: Post,
    readonly vocabulary: Vocabulary,
  ) {}

  get analysis(): Analysis {
    return this.post.analysis;
  }

  /** Sales words, a discount ("20% off") or a price: the post sells. */
  isSelling(): boolean {
    if (this.selling === undefined) {
      const soft = this.vocabulary.softPromotion;
      const cues = [...findPromotion(this.analysis), ...this.vocabulary.promotion.matchAll(this.analysis)].filter((cue) => this.makesOffer(cue));
      this.pointing = cues.some((cue) => soft.has(cue.phrase));
      this.selling = cues.some((cue) => !soft.has(cue.phrase)) || hasPriceOrDiscount(this.analysis, this.vocabulary);
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
      const { sincere, looseTragedy, tagPhrases } = this.vocabulary;
      const own = { inHashtags: false };
      const phrases = tagPhrases.matchAll(this.analysis, own);
      const allowed = phrases.filter((match) => match.value.kind === "allow");
      const isAllowed = (cue: PhraseMatch<unknown>) => allowed.some((span) => cue.start >= span.start && cue.end <= span.end);
      // Tragedy words and standalone sensitive phrases; not place-event words ("strong", "fire").
      const terms = this.analysis.terms;
      const ownTragedies = findTragedy(this.analysis).filter((cue) => terms[cue.firstTerm].hashtag === undefined);
      const tragedies = [...ownTragedies, ...phrases.filter((match) => match.value.kind === "tag")];
      this.serious =
        sincere.test(this.analysis, own) || tragedies.some((cue) => !isAllowed(cue) && !looseTragedy.has(cue.phrase.toLowerCase()));
    }
    return this.serious;
  }

  /** "On #X," "after the #X": the hashtag is part of the post's own sentence about the event. */
  private usesInSentence(hashtag: Hashtag): boolean {
    const before = previousToken(this.analysis, hashtag.start);
    return before?.kind === "word" && this.vocabulary.eventLeads.has(before.norm);
  }

  /** The post joins an event ("watch party", "order by tip-off", "watch it with us"), not just tags it. */
  joinsEvent(): boolean {
    const { engagement, viewing, hosting } = this.vocabulary;
    const own = { inHashtags: false };
    return engagement.test(this.analysis, own) || (viewing.test(this.analysis, own) && hosting.test(this.analysis, own));
  }

  /** A personal account's own, unpaid post is the person's business unless it sells. */
  speaksForBrand(): boolean {
    return !(this.post.account?.owner === "personal" && this.post.sponsored !== true);
  }

  tragedyCues(): PhraseMatch<unknown>[] {
    if (!this.tragedies) {
      const phrases = this.vocabulary.tagPhrases.matchAll(this.analysis);
      // "Hurricane season" and "wildfire safety" are ordinary talk, not news of a tragedy.
      const allowed = phrases.filter((match) => match.value.kind === "allow");
      const isAllowed = (cue: PhraseMatch<unknown>) => allowed.some((span) => cue.start >= span.start && cue.end <= span.end);
      const events = phrases.filter((match) => match.value.kind !== "allow");
      this.tragedies = [...findTragedy(this.analysis), ...events].filter((cue) => !isAllowed(cue));
    }
    return this.tragedies;
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
    if (cue.termCount === 1 && shopNouns.has(cue.phrase) && before && determiners.has(before.norm) && after && shopStates.has(after.norm)) return false;
    const inPlace = this.placeWords();
    for (let index = cue.firstTerm; index < cue.firstTerm + cue.termCount; index++) if (inPlace.has(terms[index].start)) return false;
    return true;
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
function brandFirstWords(post: Post, joined = false): Set<string> {
  const names = new Set<string>();
  for (const name of [post.brand?.name, ...(post.brand?.aliases ?? [])]) {
    const words = lowerWords(foldDiacritics(name ?? ""));
    if (words.length > 0) names.add(joined ? words.join("") : words[0]);
  }
  return names;
}

function isCapitalised(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/** Two words with only spaces between them: one name can run across them. */
function isGapBetween(text: string, left: Token, right: Token): boolean {
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
