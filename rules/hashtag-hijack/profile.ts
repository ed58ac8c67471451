// What a hashtag says on its own, whatever post it is on: its words, whether it is a tragedy
// or cause tag, whether it names a place, whether it reads two ways. Computed once per
// distinct hashtag and cached, since the same tags recur across a batch of posts.
import type { Hashtag } from "../../src/text/hashtags.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { foldDiacritics, segmentHashtag, type Segment } from "../../src/text/segment.js";
import { findAmbiguity, wordsAsAnalysis, type Ambiguity } from "./ambiguity.js";
import { tagKey } from "./trending.js";
import type { TagPhrase, Vocabulary } from "./vocabulary.js";

export interface Sensitivity {
  about: string;
  phrase: string;
  /** What a cause tag is about (sensitive.yaml `subjects`), for telling a brand's own cause. */
  subjects?: string[][];
}

/** An event word after a name the place lists lack (#GarnerStrong): sensitive if the post or a feed shows the name is a place. */
export interface UnlistedPlaceEvent {
  /** The words before the event word, letters only, joined: "garner". */
  name: string;
  sensitivity: Sensitivity;
}

export interface HashtagProfile {
  /** Folded, letters and digits only: the key trending feeds and options match on. */
  key: string;
  /** The tag's words after segmentation, lower case. */
  words: string[];
  sensitivity?: Sensitivity;
  /** The place the whole tag names (#Cairo, #LasVegas). */
  place?: string;
  /** The place is remembered for a tragedy (#SandyHook). */
  tragedyPlace?: boolean;
  unlistedPlaceEvent?: UnlistedPlaceEvent;
  ambiguity?: Ambiguity;
}

const CACHE_LIMIT = 50_000;
const profiles = new Map<string, HashtagProfile>();

export function hashtagProfile(hashtag: Hashtag, vocabulary: Vocabulary): HashtagProfile {
  let profile = profiles.get(hashtag.text);
  if (!profile) {
    profile = buildProfile(hashtag, vocabulary);
    if (profiles.size >= CACHE_LIMIT) profiles.clear();
    profiles.set(hashtag.text, profile);
  }
  return profile;
}

function buildProfile(hashtag: Hashtag, vocabulary: Vocabulary): HashtagProfile {
  const [reading] = segmentHashtag(hashtag);
  const segmented = reading.words;
  const profile: HashtagProfile = { key: tagKey(hashtag.tag), words: segmented.map((word) => word.norm) };
  // Vocabulary is matched on the dictionary reading and on the parts as written, so a word the
  // frequency list lacks (#Juneteenth, #Uvalde) is still found whole.
  const readings: Array<Array<Pick<Segment, "text" | "norm" | "start" | "end">>> = [segmented];
  const asWritten = hashtag.parts.map((part) => ({ ...part, norm: foldDiacritics(part.text) }));
  if (asWritten.map((part) => part.norm).join(" ") !== profile.words.join(" ")) readings.push(asWritten);

  for (const words of readings) {
    const asAnalysis = wordsAsAnalysis(words);
    const places = findPlaces(words, vocabulary);
    const matches = vocabulary.tagPhrases.matchAll(asAnalysis);
    profile.sensitivity ??= sensitivityOf(matches, places.length > 0, hashtag, vocabulary);
    profile.unlistedPlaceEvent ??= places.length === 0 ? unlistedPlaceEvent(matches, words, vocabulary) : undefined;
    const whole = places.find((place) => place.first === 0 && place.count === words.length);
    if (whole && profile.place === undefined) {
      profile.place = whole.name;
      if (whole.tragedy) profile.tragedyPlace = true;
    }
  }
  // A tag the dictionary reads wrongly may still be a listed phrase, written whole: #anzacday.
  if (!profile.sensitivity) {
    const letterParts = asWritten.filter((part) => /\p{L}/u.test(part.norm));
    const keys = letterParts.length === 1 ? [profile.key, letterParts[0].norm] : [profile.key];
    const joined = keys.filter((key) => /\p{L}/u.test(key)).map((key) => vocabulary.joinedTags.get(key)).find(Boolean);
    if (joined) profile.sensitivity = withSubjects({ about: vocabulary.about[joined.category] ?? "a sensitive subject", phrase: joined.phrase }, vocabulary);
  }
  if (!profile.sensitivity) delete profile.sensitivity;
  if (profile.sensitivity || !profile.unlistedPlaceEvent) delete profile.unlistedPlaceEvent;
  const ambiguity = findAmbiguity(hashtag, vocabulary);
  if (ambiguity) profile.ambiguity = ambiguity;
  return profile;
}

const LONGEST_PLACE = 4;

/** Places named by runs of the tag's words: #LasVegasShooting → "las vegas". */
function findPlaces(words: Array<{ norm: string }>, vocabulary: Vocabulary): Array<{ name: string; first: number; count: number; tragedy: boolean }> {
  const found = [];
  for (let first = 0; first < words.length; first++) {
    let name = "";
    for (let count = 1; count <= LONGEST_PLACE && first + count <= words.length; count++) {
      name = count === 1 ? words[first].norm : `${name} ${words[first + count - 1].norm}`;
      const tragedy = vocabulary.places.get(name);
      if (tragedy !== undefined) found.push({ name, first, count, tragedy });
    }
  }
  return found;
}

/** A standalone sensitive phrase (#WhyIStayed), or an event word in a tag naming a place (#VegasShooting). */
function sensitivityOf(
  matches: PhraseMatch<TagPhrase>[],
  namesPlace: boolean,
  hashtag: Hashtag,
  vocabulary: Vocabulary,
): Sensitivity | undefined {
  for (const match of matches) {
    const { kind, category, capitalOnly } = match.value;
    if (kind === "allow") continue;
    if (kind === "event" && !namesPlace) continue;
    if (capitalOnly && !isCapitalsOrWholeTag(hashtag, match)) continue;
    return withSubjects({ about: vocabulary.about[category] ?? "a sensitive subject", phrase: match.phrase }, vocabulary);
  }
  return undefined;
}

function withSubjects(sensitivity: Sensitivity, vocabulary: Vocabulary): Sensitivity {
  const subjects = vocabulary.subjects.get(sensitivity.phrase);
  return subjects ? { ...sensitivity, subjects } : sensitivity;
}

/** An event word ending the tag after other words that name no listed place: #GarnerStrong, #WestbrookShooting. */
function unlistedPlaceEvent(
  matches: PhraseMatch<TagPhrase>[],
  words: Array<Pick<Segment, "norm" | "start" | "end">>,
  vocabulary: Vocabulary,
): UnlistedPlaceEvent | undefined {
  const last = matches[matches.length - 1];
  if (!last || last.value.kind !== "event" || last.firstTerm + last.termCount !== words.length || last.firstTerm === 0) return undefined;
  const name = words
    .slice(0, last.firstTerm)
    .map((word) => word.norm.replace(/[^\p{L}\p{N}]/gu, ""))
    .join("");
  if (!/\p{L}/u.test(name)) return undefined;
  return { name, sensitivity: { about: vocabulary.about[last.value.category] ?? "a sensitive subject", phrase: last.phrase } };
}

/** Written in capitals (#RIPKobe), or the whole tag (#rip): not the start of #RipCurl. */
function isCapitalsOrWholeTag(hashtag: Hashtag, match: PhraseMatch<TagPhrase>): boolean {
  const written = hashtag.text.slice(match.start - hashtag.start, match.end - hashtag.start);
  return written === written.toUpperCase() || (match.start === hashtag.start + 1 && match.end === hashtag.end);
}
