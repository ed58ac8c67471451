// hashtag-hijack: a brand post on a tragedy, crisis or cause hashtag, an unrelated trending
// hashtag on a promotion, a place's hashtag next to its tragedy while selling, and run-on tags
// that read two ways. Every hashtag is judged on its words after segmentation, and gets at
// most one report: the most specific finding.
import { analyze, type Analysis } from "../../src/text/analysis.js";
import { findTragedy } from "../../src/text/cues.js";
import type { Hashtag } from "../../src/text/hashtags.js";
import { stringList, type Post, type Rule, type RuleContext, type TrendingEntry } from "../../src/types.js";
import { PostReading, postTime } from "./post-reading.js";
import { hashtagProfile, type HashtagProfile, type Sensitivity } from "./profile.js";
import { isRelated, phraseWithin, relatednessIndex, type RelatednessIndex } from "./relatedness.js";
import { activeEntries, entrySharingName, isSensitiveEntry, tagKey, trendingIndex, type TrendingIndex } from "./trending.js";
import { loadVocabulary, lowerWords, type Vocabulary } from "./vocabulary.js";

interface TrendingSensitivity extends Sensitivity {
  entry?: TrendingEntry;
  /** The story name this tag shares with the feed's sensitive tag (#ByeByeHarlow, #CycloneHarlow). */
  sharedName?: string;
}

interface RuleOptions {
  allow: Set<string>;
  sensitive: string[];
  ambiguity: boolean;
}

const compiledOptions = new WeakMap<object, RuleOptions>();

function readOptions(options: Record<string, unknown>): RuleOptions {
  let compiled = compiledOptions.get(options);
  if (!compiled) {
    const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
    compiled = {
      allow: new Set(strings(options.allow).map(tagKey)),
      sensitive: strings(options.sensitive).map(tagKey),
      ambiguity: options.ambiguity !== false,
    };
    compiledOptions.set(options, compiled);
  }
  return compiled;
}

const rule: Rule = {
  meta: {
    id: "hashtag-hijack",
    description: "Tragedy, crisis or cause hashtags and unrelated trending hashtags on brand posts",
    defaultSeverity: "error",
    docs: "rules/hashtag-hijack/README.md",
    messages: {
      sensitive:
        "#{{tag}} is tied to {{about}} (“{{phrase}}”). A brand using it reads as exploiting grief or a cause for attention, the kind of post that goes viral for the wrong reasons. Remove the hashtag; if the brand has something to say about it, write a separate, sincere post with no promotion.",
      trendingSensitive:
        "#{{tag}} is trending over a sensitive story ({{context}}). A brand joining it looks like cashing in on bad news, as a retailer did with #Aurora during the 2012 cinema shooting. Remove the hashtag, or hold the post until the story has passed.",
      sharesTrendingName:
        "#{{tag}} shares the name “{{name}}” with #{{trend}}, which is trending over a sensitive story ({{context}}), so readers take it as part of that story. A brand joking or selling on it looks like cashing in on bad news. Remove the hashtag, or hold the post until the story has passed.",
      ownCauseSale:
        "#{{tag}} is tied to {{about}}, which is {{brand}}'s own cause, but this post is selling on it. Even for the cause, a sale on a hashtag where people share what happened to them can read as using their stories: have someone review it, or post the offer without the hashtag.",
      sincereReview:
        "#{{tag}} is tied to {{about}}. This post reads as a sincere message, which can be right, but brands are judged harshly on these hashtags: have someone review it, keep it free of any product or offer, and post it only if the brand has a real connection to the cause or the people affected.",
      trendJacking:
        "#{{tag}} is trending ({{context}}) but has nothing to do with {{brand}} or this post. An unrelated trending hashtag on a promotion reads as spam and can put the brand next to a story it does not want. Remove it, or use a hashtag that fits the post.",
      placeTragedy:
        "#{{tag}} names a place tied to a tragedy ({{cue}}), and this post is selling or promoting something. Using a place's hashtag to promote while it grieves is hashtag hijacking, as a fashion brand found with #Cairo during the 2011 uprising. Remove the hashtag and the promotion, or hold the post.",
      ambiguous:
        "#{{tag}} is all one case and can be read as “{{other}}” as well as “{{intended}}”. Readers will find the other reading, and screenshots travel. Capitalise each word so it reads one way: {{suggestion}}.",
    },
    options: {
      allow: stringList("Hashtags the brand may always use (its own campaign tags), never reported."),
      sensitive: stringList("Extra hashtags or phrases the brand treats as sensitive."),
      ambiguity: { type: "boolean", description: "Report run-on hashtags that read two ways (default true)." },
    },
  },

  check(post, context) {
    const analysis = post.analysis;
    if (analysis.hashtags.length === 0) return;
    const vocabulary = loadVocabulary();
    const options = readOptions(context.options);
    const reading = new PostReading(post, vocabulary);
    const profiles = analysis.hashtags.map((hashtag) => hashtagProfile(hashtag, vocabulary));
    const trending = context.settings.trending.length > 0 ? trendingIndex(context.settings.trending) : undefined;
    const at = postTime(post, context.settings.now);
    // Whether each trending tag relates to the brand or the post, by tag: a post may repeat a tag
    // many times, but only a feed's tags get here.
    const relatedTags = new Map<string, boolean>();

    analysis.hashtags.forEach((hashtag, index) => {
      const profile = profiles[index];
      if (options.allow.has(profile.key)) return;
      const tag = hashtag.text.slice(1);
      const range = { start: hashtag.start, end: hashtag.end };

      if (options.ambiguity && profile.ambiguity && (!profile.ambiguity.tells || reading.saysAnyOf(profile.ambiguity.tells))) {
        const { intended, other, suggestion } = profile.ambiguity;
        context.report({ messageId: "ambiguous", data: { tag, intended, other, suggestion }, ...range, severity: "warn", suggestion });
        return;
      }

      const entries = trending ? activeEntries(trending, profile.key, at, vocabulary) : [];
      const sensitivity: TrendingSensitivity | undefined =
        trendingSensitivity(entries, vocabulary) ??
        profile.sensitivity ??
        unlistedPlaceSensitivity(profile, reading, trending, vocabulary, post) ??
        customSensitivity(profile, options.sensitive) ??
        (trending && entries.length === 0 ? sharedNameSensitivity(trending, profile, at, vocabulary) : undefined);
      if (sensitivity) {
        // A cause organisation on its own cause's tag (or its own campaign in the feed) is not
        // hijacking it; a sale there is reviewed when it serves the cause, else judged as any sale.
        const subjects = profile.sensitivity?.subjects ?? (sensitivity.entry ? feedSubjects(sensitivity.entry, vocabulary) : undefined);
        const cause = ownCause(subjects, post, vocabulary);
        if (cause) {
          if (!reading.isSelling()) return;
          if (reading.tiesSaleToCause(cause)) {
            const about = profile.sensitivity?.about ?? sensitivity.about;
            context.report({ messageId: "ownCauseSale", data: { tag, about, brand: post.brand?.name ?? "the brand" }, ...range, severity: "warn" });
            return;
          }
        }
        reportSensitive(sensitivity, hashtag, range, reading, context, vocabulary);
        return;
      }

      if (entries.length > 0 && reading.isPromotional()) {
        const entry = entries[0];
        let related = relatedTags.get(profile.key);
        if (related === undefined) relatedTags.set(profile.key, (related = relatesToBrandOrPost(profile, entry, post, profiles, vocabulary)));
        if (!reading.joinsEvent(hashtag) && !related) {
          context.report({
            messageId: "trendJacking",
            data: { tag, context: entry.context ?? "in your trending feed", brand: post.brand?.name ?? "the brand" },
            ...range,
            severity: "warn",
          });
        }
        return;
      }

      reportPlace(hashtag, profile, range, reading, context);
    });
  },
};

/**
 * A listed place, or a name the post's words make a place ("the landslide in #Sarno", "#Kinross
 * is still without power", "our #Tewkesbury branch"), next to a tragedy: selling there is hijacking;
 * a sincere post that makes the tag the tragedy's place is reviewed like one on a disaster tag.
 */
function reportPlace(hashtag: Hashtag, profile: HashtagProfile, range: { start: number; end: number }, reading: PostReading, context: RuleContext): void {
  const tag = hashtag.text.slice(1);
  const listed = profile.place !== undefined;
  if (!listed && !isUnlistedName(profile, reading)) return;
  const bound = reading.bindsTragedy(hashtag);
  if (!listed && !bound && !reading.usesAsPlace(hashtag)) return;
  if (reading.isSelling() || reading.isPitching()) {
    const word = listed ? tragedyNear(hashtag, reading) : (bound ?? strongTragedyWord(reading));
    const cue = word ? `“${word}” in this post` : profile.tragedyPlace ? "its name is remembered for one" : undefined;
    if (cue) context.report({ messageId: "placeTragedy", data: { tag, cue }, ...range });
  } else if (bound && reading.speaksForBrand() && reading.isSincere(hashtag)) {
    const about = `a place in the news for a tragedy (“${bound}”)`;
    context.report({ messageId: "sincereReview", data: { tag, about }, ...range, severity: "warn" });
  }
}

function reportSensitive(
  sensitivity: TrendingSensitivity,
  hashtag: Hashtag,
  range: { start: number; end: number },
  reading: PostReading,
  context: RuleContext,
  vocabulary: Vocabulary,
): void {
  const tag = hashtag.text.slice(1);
  const selling = reading.isSelling();
  if (!selling && !reading.speaksForBrand()) return;
  const about = sensitivity.entry?.context ? `the news it is trending for (${sensitivity.entry.context})` : sensitivity.about;
  // "Closed Friday in observance of #Juneteenth": a trading-hours notice for a day says nothing on it.
  const isDay = sensitivity.category !== undefined && vocabulary.dayCategories.has(sensitivity.category);
  if (isDay && !selling && !reading.isPitching() && !reading.hasLevity() && reading.isNoticeOnly()) return;
  // A cause month is there to be marked ("meet the women building our company"): only selling,
  // a plug or a joke on it is hijacking; a sincere word on the cause is reviewed like any other.
  if (sensitivity.category === "causeDay" && !selling && !reading.isPitching() && !reading.hasLevity() && !reading.isSincere(hashtag)) return;
  // The same exception for a feed's tag and a built-in one: a plain sincere message is reviewed, not refused.
  if (reading.isSincere(hashtag)) {
    context.report({ messageId: "sincereReview", data: { tag, about }, ...range, severity: "warn" });
  } else if (sensitivity.entry && sensitivity.sharedName) {
    const data = { tag, name: sensitivity.sharedName, trend: sensitivity.entry.tag.replace(/^#/, ""), context: sensitivity.entry.context ?? "marked sensitive in your trending feed" };
    context.report({ messageId: "sharesTrendingName", data, ...range });
  } else if (sensitivity.entry) {
    context.report({ messageId: "trendingSensitive", data: { tag, context: sensitivity.entry.context ?? "marked sensitive in your trending feed" }, ...range });
  } else {
    context.report({ messageId: "sensitive", data: { tag, about, phrase: sensitivity.phrase }, ...range });
  }
}

function trendingSensitivity(entries: TrendingEntry[], vocabulary: Vocabulary): TrendingSensitivity | undefined {
  const entry = entries.find((candidate) => isSensitiveEntry(candidate, vocabulary));
  return entry ? { about: entry.context ?? "a sensitive story", phrase: entry.tag, entry } : undefined;
}

/** #ByeByeHarlow while the feed marks #CycloneHarlow sensitive: the tag shares the story's name. */
function sharedNameSensitivity(trending: TrendingIndex, profile: HashtagProfile, at: Date, vocabulary: Vocabulary): TrendingSensitivity | undefined {
  const shared = entrySharingName(trending, profile.allWords, at, vocabulary);
  if (!shared) return undefined;
  const { entry, name } = shared;
  return { about: entry.context ?? "a sensitive story", phrase: entry.tag, entry, sharedName: name };
}

/**
 * What a sensitive feed entry's cause is, when its context names a cause and no tragedy ("UN
 * day to end violence against women"): every subject list holding a phrase the
 * context contains.
 */
function feedSubjects(entry: TrendingEntry, vocabulary: Vocabulary): string[][] | undefined {
  if (!entry.context) return undefined;
  if (feedCauses.has(entry)) return feedCauses.get(entry);
  const context = analyze(entry.context);
  const words = context.words.map((word) => word.norm);
  const found: string[][] = [];
  if (findTragedy(context).length === 0) {
    for (const subjects of vocabulary.subjects.values()) {
      if (subjects.some((subject) => phraseWithin(subject, words, vocabulary.stopwords))) found.push(...subjects);
    }
  }
  const result = found.length > 0 ? found : undefined;
  feedCauses.set(entry, result);
  return result;
}

const feedCauses = new WeakMap<TrendingEntry, string[][] | undefined>();

/** A hashtag of a single name that is not an everyday word nor the brand's own: a candidate place (#Tewkesbury, #Sarno). */
function isUnlistedName(profile: HashtagProfile, reading: PostReading): boolean {
  return profile.singleName === true && !reading.isBrandName(profile.key);
}

/** The first tragedy word of the post's own that shows it is about an event (not "never forget", not an idiom). */
function strongTragedyWord(reading: PostReading): string | undefined {
  const [cue] = reading.strongTragedyCues();
  return cue ? reading.analysis.text.slice(cue.start, cue.end) : undefined;
}

/**
 * #GarnerStrong, #WestbrookShooting: an event word after a name no list knows is sensitive when
 * the name is a place: the post's own words use it as one ("our Garner location"), or a trending
 * feed marks the name's own tag sensitive, in any window (#Maplewood → #maplewoodstrong).
 */
function unlistedPlaceSensitivity(
  profile: HashtagProfile,
  reading: PostReading,
  trending: TrendingIndex | undefined,
  vocabulary: Vocabulary,
  post: Post,
): Sensitivity | undefined {
  const event = profile.unlistedPlaceEvent;
  if (!event) return undefined;
  const inFeed = trending?.byTag.get(event.name)?.some((entry) => isSensitiveEntry(entry, vocabulary));
  // #morpethfloods: a name no dictionary knows before a strong disaster word, unless it is the brand's.
  const unknownPlace = event.unknownName && !reading.isBrandName(event.name);
  return inFeed || unknownPlace || reading.namesPlace(event.name) ? event.sensitivity : undefined;
}

/**
 * Which of the cause's subjects fall inside one of the brand's topics, with those topics: the
 * words a sale must touch to serve the cause. Undefined when the cause is not the brand's.
 */
function ownCause(subjects: string[][] | undefined, post: Post, vocabulary: Vocabulary): string[][] | undefined {
  if (!subjects || !post.brand?.topics) return undefined;
  const found: string[][] = [];
  for (const topicWords of brandPhrases(post).topics) {
    for (const subject of subjects) {
      if (phraseWithin(subject, topicWords, vocabulary.stopwords)) found.push(subject, topicWords);
    }
  }
  return found.length > 0 ? found : undefined;
}

function customSensitivity(profile: HashtagProfile, sensitive: string[]): Sensitivity | undefined {
  if (sensitive.length === 0) return undefined;
  const joined = profile.words.join("");
  const phrase = sensitive.find((entry) => entry === profile.key || (entry.length > 3 && joined.includes(entry)));
  return phrase ? { about: "a subject your brand treats as sensitive", phrase } : undefined;
}

/**
 * Does the trending tag, or what its feed entry says it is about, share a word with the
 * brand's topics or the post? (#MarchMadness, "college basketball tournament", relates to a
 * gym post about its new basketball court.)
 */
function relatesToBrandOrPost(
  profile: HashtagProfile,
  entry: TrendingEntry,
  post: Post,
  profiles: HashtagProfile[],
  vocabulary: Vocabulary,
): boolean {
  // The brand's topics and names (indexed once per brand), then the post's own words and its
  // other hashtags' words, each hashtag one phrase. Words that only name the event's occasion
  // ("the finale", "Game 7 tonight") and promo codes are the hook of a trend-jacking post, not a
  // subject it shares with the trend.
  const brandIndex = brandPhrases(post).index(vocabulary);
  const phrases: string[][] = [ownSubjectWords(post, vocabulary)];
  for (const other of profiles) if (other !== profile) phrases.push(other.words);
  const postIndex = relatednessIndex(phrases, vocabulary.stopwords);
  const relates = (words: string[], unknownIsRelated?: boolean) =>
    isRelated(words, brandIndex, vocabulary.stopwords, unknownIsRelated) || isRelated(words, postIndex, vocabulary.stopwords, unknownIsRelated);
  if (relates(profile.words)) return true;
  const contextSays = entry.context ? lowerWords(entry.context) : [];
  return contextSays.length > 0 ? relates(contextSays, false) : false;
}

interface BrandPhrases {
  /** Each topic as lower-case words. */
  topics: string[][];
  /** The relatedness index of the topics, the name and the aliases. */
  index(vocabulary: Vocabulary): RelatednessIndex;
}

// A batch shares one brand: its topics are split and indexed once.
const brandPhraseCache = new WeakMap<object, BrandPhrases>();
const NO_BRAND = {};

function brandPhrases(post: Post): BrandPhrases {
  const brand = post.brand;
  const key = brand ?? NO_BRAND;
  let cached = brandPhraseCache.get(key);
  if (!cached) {
    const topics = (brand?.topics ?? []).map(lowerWords);
    const all = [...topics, ...[brand?.name ?? "", ...(brand?.aliases ?? [])].map(lowerWords)].filter((words) => words.length > 0);
    let index: RelatednessIndex | undefined;
    cached = { topics, index: (vocabulary) => (index ??= relatednessIndex(all, vocabulary.stopwords)) };
    brandPhraseCache.set(key, cached);
  }
  return cached;
}

/** The post's words less event hooks, the word after "code" and the lines that only hook the trend. */
function ownSubjectWords(post: Post, vocabulary: Vocabulary): string[] {
  const words = post.analysis.words;
  const hooked = hookedWords(post.analysis, vocabulary);
  return words.filter((word, index) => !vocabulary.eventHooks.has(word.norm) && words[index - 1]?.norm !== "code" && !hooked[index]).map((word) => word.norm);
}

// "Taylor who?": a dismissal is a sentence of a few words.
const SHORT_HOOK_WORDS = 4;
// A pivot opens a clause: punctuation or an emoji just before it ("rn 😂 anyway").
const CLAUSE_END_RE = /[\p{P}\p{Extended_Pictographic}]\s*$/u;

/**
 * Which of the post's words (by index) are its hook: those of a sentence with a hook phrase
 * ("who else is screaming at #X"), of a short one ending "who?" ("Taylor who?"), or, when a
 * pivot opens a clause ("… rn 😂 anyway our sale is LIVE"), every word before the pivot.
 * Words, sentences and matches are all in text order: one walk over each.
 */
function hookedWords(analysis: Analysis, vocabulary: Vocabulary): boolean[] {
  const { phrases, questionEnds, pivots } = vocabulary.trendHooks;
  const { text, sentences, words } = analysis;
  const own = { inHashtags: false };
  const pivot = pivots.matchAll(analysis, own).find((match) => match.start > 0 && CLAUSE_END_RE.test(text.slice(Math.max(0, match.start - 4), match.start)));
  if (pivot) return words.map((word) => word.start < pivot.start);
  const hooked = new Array<boolean>(words.length).fill(false);
  const found = phrases.matchAll(analysis, own);
  let word = 0;
  let match = 0;
  for (const sentence of sentences) {
    while (word < words.length && words[word].start < sentence.start) word++;
    let last = word;
    while (last < words.length && words[last].start < sentence.end) last++;
    while (match < found.length && found[match].start < sentence.start) match++;
    const hasPhrase = match < found.length && found[match].start < sentence.end;
    const count = last - word;
    const dismissal =
      count > 0 && count <= SHORT_HOOK_WORDS && questionEnds.has(words[last - 1].norm) && text.slice(sentence.start, sentence.end).trimEnd().endsWith("?");
    if (hasPhrase || dismissal) hooked.fill(true, word, last);
    word = last;
  }
  return hooked;
}

/**
 * A tragedy word in the post's text, outside the place's own hashtag ("#Cairo is in uproar",
 * "Floods in Houston… #Houston"). Posts are short: a tragedy word anywhere in one is "together"
 * with its place tag. Figures of speech ("the bomb", "crash course") are allowed phrases.
 */
function tragedyNear(hashtag: Hashtag, reading: PostReading): string | undefined {
  const cue = reading.tragedyCues().find((match) => match.start < hashtag.start || match.end > hashtag.end);
  return cue ? reading.analysis.text.slice(cue.start, cue.end) : undefined;
}

export default rule;
