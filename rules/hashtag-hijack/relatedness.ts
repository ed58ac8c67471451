// Is a trending hashtag about the brand or the post? Words are compared by Porter stem
// (#Camping ~ "camping gear") and, for longer words and whole phrases, by Jaro–Winkler
// similarity (#TrailRunning ~ "trail running", #Hikers ~ "hiking" is left to the stemmer).
import { createRequire } from "node:module";

type Stemmer = typeof import("natural/lib/natural/stemmers/porter_stemmer.js").default;
type JaroWinkler = typeof import("natural/lib/natural/distance/jaro-winkler_distance.js").default;

// natural's modules are required on first use, not imported: most runs never compare a
// trending tag with a brand, and the two modules cost milliseconds of cold start.
const require = createRequire(import.meta.url);
let natural: { stemmer: Stemmer; jaroWinkler: JaroWinkler } | undefined;

function naturalModules() {
  natural ??= {
    stemmer: require("natural/lib/natural/stemmers/porter_stemmer.js") as Stemmer,
    jaroWinkler: require("natural/lib/natural/distance/jaro-winkler_distance.js") as JaroWinkler,
  };
  return natural;
}

// Close spellings of one word ("campground"/"campgrounds", "color"/"colour"), not neighbours
// that merely share a prefix: Jaro–Winkler rewards common prefixes, so the bar is high.
const SIMILAR = 0.94;
const MIN_SIMILAR_LENGTH = 5;
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

/** Porter stems, memoised: a batch of posts repeats the same words. */
function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = naturalModules().stemmer.stem(word);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** Jaro–Winkler at or above the bar; words that differ in first letter or length by more than two never get there. */
function similar(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  return naturalModules().jaroWinkler(a, b) >= SIMILAR;
}

export interface RelatednessIndex {
  stems: Set<string>;
  words: string[];
  joined: string[];
}

/** Indexes the words a tag may relate to: the brand's topics and name, the post's words. */
export function relatednessIndex(phrases: string[][], stopwords: Set<string>): RelatednessIndex {
  const stemSet = new Set<string>();
  const words: string[] = [];
  const joined: string[] = [];
  for (const phrase of phrases) {
    const content = phrase.filter((word) => isContent(word, stopwords));
    for (const word of content) {
      stemSet.add(stem(word));
      if (word.length >= MIN_SIMILAR_LENGTH) words.push(word);
    }
    if (phrase.length > 1) joined.push(phrase.join(""));
  }
  return { stems: stemSet, words, joined };
}

/** True when any content word of the tag matches the index, or the whole tag matches a phrase. */
export function isRelated(tagWords: string[], index: RelatednessIndex, stopwords: Set<string>, unknownIsRelated = true): boolean {
  const content = tagWords.filter((word) => isContent(word, stopwords));
  // A tag of stopwords only (#TheBest) says nothing about a topic: do not judge it.
  if (content.length === 0) return unknownIsRelated;
  const whole = tagWords.join("");
  if (index.joined.some((phrase) => phrase === whole || similar(phrase, whole))) return true;
  for (const word of content) {
    if (index.stems.has(stem(word)) || isDerivedFrom(word, index.stems)) return true;
    if (word.length >= MIN_SIMILAR_LENGTH && index.words.some((other) => similar(word, other))) return true;
  }
  return false;
}

// A word the stemmer leaves alone but that is a known stem plus a short ending: "booker" from
// "book" (#BookerPrize for a bookshop). The stem must be long enough to mean something.
const MIN_DERIVED_STEM = 4;
const MAX_DERIVED_ENDING = 3;

function isDerivedFrom(word: string, stems: Set<string>): boolean {
  for (let cut = Math.max(MIN_DERIVED_STEM, word.length - MAX_DERIVED_ENDING); cut < word.length; cut++) {
    if (stems.has(word.slice(0, cut))) return true;
  }
  return false;
}

function isContent(word: string, stopwords: Set<string>): boolean {
  return word.length >= 3 && !stopwords.has(word) && !/^\d+$/.test(word);
}

/** True when every content word of `phrase` is, by stem or spelling, a word of `topic`: "domestic violence" within "domestic violence support". */
export function phraseWithin(phrase: string[], topic: string[], stopwords: Set<string>): boolean {
  const content = phrase.filter((word) => isContent(word, stopwords));
  if (content.length === 0) return false;
  const topicStems = new Set(topic.map(stem));
  return content.every((word) => topicStems.has(stem(word)) || (word.length >= MIN_SIMILAR_LENGTH && topic.some((other) => similar(word, other))));
}
