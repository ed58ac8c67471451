// hashtag-hijack: a brand post on a tragedy, crisis or cause hashtag, an unrelated trending
// hashtag on a promotion, a place's hashtag next to its tragedy while selling, and run-on tags
// that read two ways. Every hashtag is judged on its words after segmentation, and gets at
// most one report: the most specific finding.
import type { Hashtag } from "../../src/text/hashtags.js";
import type { Post, Rule, RuleContext, TrendingEntry } from "../../src/types.js";
import { PostReading, postTime } from "./post-reading.js";
import { hashtagProfile, type HashtagProfile, type Sensitivity } from "./profile.js";
import { isRelated, phraseWithin, relatednessIndex } from "./relatedness.js";
import { activeEntries, isSensitiveEntry, tagKey, trendingIndex, type TrendingIndex } from "./trending.js";
import { loadVocabulary, lowerWords, type Vocabulary } from "./vocabulary.js";

interface TrendingSensitivity extends Sensitivity {
  entry?: TrendingEntry;
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
      ownCauseSale:
        "#{{tag}} is tied to {{about}}, which is {{brand}}'s own cause, but this post is selling on it. Even for the cause, a sale on a hashtag where people share what happened to them can read as using their stories: have someone review it, or post the offer without the hashtag.",
      sincereReview:
        "#{{tag}} is tied to {{about}}. This post reads as a sincere message, which can be right, but brands are judged harshly on these hashtags: have someone review it, keep it free of any product or offer, and post it only if the brand has a real connection to the cause or the people affected.",
      trendJacking:
        "#{{tag}} is trending ({{context}}) but has nothing to do with {{brand}} or this post. An unrelated trending hashtag on a promotion reads as spam and can put the brand next to a story it does not want. Remove it, or use a hashtag that fits the post.",
      placeTragedy:
        "#{{tag}} names a place tied to a tragedy ({{cue}}), and this post is selling. Using a place's hashtag to promote while it grieves is hashtag hijacking, as a fashion brand found with #Cairo during the 2011 uprising. Remove the hashtag and the promotion, or hold the post.",
      ambiguous:
        "#{{tag}} is all one case and can be read as “{{other}}” as well as “{{intended}}”. Readers will find the other reading, and screenshots travel. Capitalise each word so it reads one way: {{suggestion}}.",
    },
    options: {
      allow: { type: "array", items: { type: "string" }, description: "Hashtags the brand may always use (its own campaign tags), never reported." },
      sensitive: { type: "array", items: { type: "string" }, description: "Extra hashtags or phrases the brand treats as sensitive." },
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

    analysis.hashtags.forEach((hashtag, index) => {
      const profile = profiles[index];
      if (options.allow.has(profile.key)) return;
      const tag = hashtag.text.slice(1);
      const range = { start: hashtag.start, end: hashtag.end };

      if (options.ambiguity && profile.ambiguity) {
        const ambiguity = profile.ambiguity;
        context.report({ messageId: "ambiguous", data: { tag, ...ambiguity }, ...range, severity: "warn", suggestion: ambiguity.suggestion });
        return;
      }

      const entries = trending ? activeEntries(trending, profile.key, at, vocabulary) : [];
      const sensitivity =
        trendingSensitivity(entries, vocabulary) ??
        profile.sensitivity ??
        unlistedPlaceSensitivity(profile, reading, trending, vocabulary) ??
        customSensitivity(profile, options.sensitive);
      if (sensitivity) {
        // A cause organisation on its own cause's tag is not hijacking it; selling there is still reviewed.
        if (isOwnCause(profile.sensitivity, post, vocabulary)) {
          if (reading.isSelling()) {
            const about = profile.sensitivity?.about ?? sensitivity.about;
            context.report({ messageId: "ownCauseSale", data: { tag, about, brand: post.brand?.name ?? "the brand" }, ...range, severity: "warn" });
          }
          return;
        }
        reportSensitive(sensitivity, hashtag, range, reading, context);
        return;
      }

      if (entries.length > 0 && reading.isPromotional()) {
        const entry = entries[0];
        if (!reading.joinsEvent() && !relatesToBrandOrPost(profile, entry, post, profiles, vocabulary)) {
          context.report({
            messageId: "trendJacking",
            data: { tag, context: entry.context ?? "in your trending feed", brand: post.brand?.name ?? "the brand" },
            ...range,
            severity: "warn",
          });
        }
        return;
      }

      if (profile.place && reading.isSelling()) {
        const word = tragedyNear(hashtag, reading);
        const cue = word ? `“${word}” in this post` : profile.tragedyPlace ? "its name is remembered for one" : undefined;
        if (cue) context.report({ messageId: "placeTragedy", data: { tag, cue }, ...range });
      }
    });
  },
};

function reportSensitive(
  sensitivity: TrendingSensitivity,
  hashtag: Hashtag,
  range: { start: number; end: number },
  reading: PostReading,
  context: RuleContext,
): void {
  const tag = hashtag.text.slice(1);
  const selling = reading.isSelling();
  if (!selling && !reading.speaksForBrand()) return;
  const about = sensitivity.entry?.context ? `the news it is trending for (${sensitivity.entry.context})` : sensitivity.about;
  // The same exception for a feed's tag and a built-in one: a plain sincere message is reviewed, not refused.
  if (reading.isSincere(hashtag)) {
    context.report({ messageId: "sincereReview", data: { tag, about }, ...range, severity: "warn" });
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
): Sensitivity | undefined {
  const event = profile.unlistedPlaceEvent;
  if (!event) return undefined;
  const inFeed = trending?.byTag.get(event.name)?.some((entry) => isSensitiveEntry(entry, vocabulary));
  return inFeed || reading.namesPlace(event.name) ? event.sensitivity : undefined;
}

/** Does one of the cause tag's subjects fall inside one of the brand's topics? */
function isOwnCause(sensitivity: Sensitivity | undefined, post: Post, vocabulary: Vocabulary): boolean {
  const subjects = sensitivity?.subjects;
  const topics = post.brand?.topics;
  if (!subjects || !topics) return false;
  return topics.some((topic) => {
    const topicWords = lowerWords(topic);
    return subjects.some((subject) => phraseWithin(subject, topicWords, vocabulary.stopwords));
  });
}

function customSensitivity(profile: HashtagProfile, sensitive: string[]): Sensitivity | undefined {
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
  const brand = post.brand;
  const phrases: string[][] = [];
  for (const topic of [...(brand?.topics ?? []), brand?.name ?? "", ...(brand?.aliases ?? [])]) {
    const words = lowerWords(topic);
    if (words.length > 0) phrases.push(words);
  }
  // The post's own words, and its other hashtags' words, each hashtag one phrase. Words that only
  // name the event's occasion ("the finale", "Game 7 tonight") and promo codes are the hook of a
  // trend-jacking post, not a subject it shares with the trend.
  phrases.push(ownSubjectWords(post, vocabulary));
  for (const other of profiles) if (other !== profile) phrases.push(other.words);
  const related = relatednessIndex(phrases, vocabulary.stopwords);
  if (isRelated(profile.words, related, vocabulary.stopwords)) return true;
  const contextSays = entry.context ? lowerWords(entry.context) : [];
  return contextSays.length > 0 ? isRelated(contextSays, related, vocabulary.stopwords, false) : false;
}

/** The post's words less event hooks and the word after "code". */
function ownSubjectWords(post: Post, vocabulary: Vocabulary): string[] {
  const words = post.analysis.words;
  return words.filter((word, index) => !vocabulary.eventHooks.has(word.norm) && words[index - 1]?.norm !== "code").map((word) => word.norm);
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
