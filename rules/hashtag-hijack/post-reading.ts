// What a post as a whole says, for judging its hashtags: does it sell, does it point readers
// somewhere, is it a sincere message, does it speak for the brand, which tragedy words it holds.
import type { Analysis } from "../../src/text/analysis.js";
import { findPromotion, findTragedy } from "../../src/text/cues.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import type { Post } from "../../src/types.js";
import type { Vocabulary } from "./vocabulary.js";

/** What the post as a whole says, computed once and only when a hashtag needs it. */
export class PostReading {
  private selling?: boolean;
  private pointing?: boolean;
  private sincere?: boolean;
  private tragedies?: PhraseMatch<unknown>[];

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
      const cues = [...findPromotion(this.analysis), ...this.vocabulary.promotion.matchAll(this.analysis)];
      this.pointing = cues.some((cue) => soft.has(cue.phrase));
      this.selling = cues.some((cue) => !soft.has(cue.phrase)) || hasPriceOrDiscount(this.analysis, this.vocabulary.pledgeWords);
    }
    return this.selling;
  }

  /** Selling, or pointing readers somewhere: a link, "link in bio", "learn more". */
  isPromotional(): boolean {
    return this.isSelling() || this.pointing === true || this.analysis.urls.length > 0;
  }

  /** Condolence, support or a donation drive, in the post's own words (not its hashtags). */
  isSincere(): boolean {
    this.sincere ??= this.vocabulary.sincere.test(this.analysis, { inHashtags: false });
    return this.sincere;
  }

  /** The post joins an event ("watch the finale with us", "order by tip-off"), not just tags it. */
  joinsEvent(): boolean {
    return this.vocabulary.engagement.test(this.analysis, { inHashtags: false });
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

function hasPriceOrDiscount(analysis: Analysis, pledgeWords: Set<string>): boolean {
  const tokens = analysis.tokens;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token.kind !== "number") continue;
    // A price ("$49"), not a pledge ("$10M to Black-owned businesses", "we raised $50,000").
    if (/^[$£€¥]/.test(token.text) && !/[kKmM]$/.test(token.text) && !pledgeWords.has(tokens[at - 1]?.norm ?? "")) return true;
    if (token.text.endsWith("%") && tokens[at + 1]?.norm === "off") return true;
  }
  return false;
}
