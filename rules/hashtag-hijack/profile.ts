// What a hashtag says on its own, whatever post it is on: its words, whether it is a tragedy
// or cause tag, whether it names a place, whether it reads two ways. Computed once per
// distinct hashtag and cached, since the same tags recur across a batch of posts.
import type { Hashtag } from "../../src/text/hashtags.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { foldDiacritics, segmentHashtag, wordRank, type Segment } from "../../src/text/segment.js";
import { findAmbiguity, wordsAsAnalysis, type Ambiguity } from "./ambiguity.js";
import { tagKey } from "./trending.js";
import type { TagPhrase, Vocabulary } from "./vocabulary.js";

export interface Sensitivity {
  about: string;
  phrase: string;
  /** The vocabulary category ("disaster", "causeDay"); none for a feed's or the brand's own entries. */
  category?: string;
  /** What a cause tag is about (sensitive.yaml `subjects`), for telling a brand's own cause. */
  subjects?: string[][];
}

/** An event word after a name the place lists lack (#GarnerStrong): sensitive if the post or a feed shows the name is a place. */
export interface UnlistedPlaceEvent {
  /** The words before the event word, letters only, joined: "garner". */
  name: string;
  sensitivity: Sensitivity;
  /** The name is no dictionary word and the event word a strong one (#morpethfloods): a place's disaster by itself. */
  unknownName: boolean;
}

export interface HashtagProfile {
  /** Folded, letters and digits only: the key trending feeds and options match on. */
  key: string;
  /** The tag's words after segmentation, lower case. */
  words: string[];
  /** Every word of every reading (segmented, as written, digits read as words): what a feed's name is looked up by. */
  allWords: Set<string>;
  sensitivity?: Sensitivity;
  /** The place the whole tag names (#Cairo, #LasVegas). */
  place?: string;
  /** The place is remembered for a tragedy (#SandyHook). */
  tragedyPlace?: boolean;
  unlistedPlaceEvent?: UnlistedPlaceEvent;
  /** One name, letters only, not an everyday word: a place no list knows, if the post makes it one (#Sarno). */
  singleName?: boolean;
  ambiguity?: Ambiguity;
}

// A hashtag of one name no list knows is taken for a place only if the name is not an everyday word.
const COMMON_WORD_RANK = 5000;
const MIN_PLACE_NAME = 4;

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
  const profile: HashtagProfile = { key: tagKey(hashtag.tag), words: segmented.map((word) => word.norm), allWords: new Set() };
  // Vocabulary is matched on the dictionary reading and on the parts as written, so a word the
  // frequency list lacks (#Juneteenth, #Uvalde) is still found whole.
  const readings: Array<Array<Pick<Segment, "text" | "norm" | "start" | "end">>> = [segmented];
  const asWritten = hashtag.parts.map((part) => ({ ...part, norm: foldDiacritics(part.text) }));
  if (asWritten.map((part) => part.norm).join(" ") !== profile.words.join(" ")) readings.push(asWritten);
  // #Pray4Paris reads "pray for paris": a digit between words stands for one.
  for (const words of [...readings]) {
    const spelled = withDigitWords(words, vocabulary);
    if (spelled) readings.push(spelled);
  }

  for (const words of readings) {
    for (const word of words) profile.allWords.add(word.norm);
    const asAnalysis = wordsAsAnalysis(words);
    const places = findPlaces(words, vocabulary);
    const matches = vocabulary.tagPhrases.matchAll(asAnalysis);
    profile.sensitivity ??=
      sensitivityOf(matches, places.length > 0, hashtag, vocabulary) ??
      joinedWordsSensitivity(words, vocabulary) ??
      causeDaySensitivity(words, vocabulary) ??
      campaignSensitivity(words, vocabulary);
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
    if (joined) profile.sensitivity = sensitivityFor(joined.phrase, joined.category, vocabulary);
  }
  if (!profile.sensitivity) delete profile.sensitivity;
  if (profile.sensitivity || !profile.unlistedPlaceEvent) delete profile.unlistedPlaceEvent;
  const name = profile.key;
  if (hashtag.parts.length === 1 && name.length >= MIN_PLACE_NAME && /^\p{L}+$/u.test(name) && (wordRank(name) ?? Infinity) > COMMON_WORD_RANK) profile.singleName = true;
  const ambiguity = findAmbiguity(hashtag, vocabulary);
  if (ambiguity) profile.ambiguity = ambiguity;
  return profile;
}

const LONGEST_PLACE = 4;
const MIN_UNKNOWN_NAME = 4;

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
    return sensitivityFor(match.phrase, category, vocabulary);
  }
  return undefined;
}

function sensitivityFor(phrase: string, category: string, vocabulary: Vocabulary): Sensitivity {
  const sensitivity: Sensitivity = { about: vocabulary.about[category] ?? "a sensitive subject", phrase, category };
  const subjects = vocabulary.subjects.get(phrase);
  return subjects ? { ...sensitivity, subjects } : sensitivity;
}

const LONGEST_JOIN = 3;

/** A listed word the dictionary split apart: #bushfireappeal → "bush fire appeal" holds "bushfire". */
function joinedWordsSensitivity(words: Array<{ norm: string }>, vocabulary: Vocabulary): Sensitivity | undefined {
  for (let first = 0; first < words.length; first++) {
    let joined = words[first].norm;
    for (let last = first + 1; last < words.length && last < first + LONGEST_JOIN; last++) {
      joined += words[last].norm;
      const found = vocabulary.joinedTags.get(joined);
      // Only one-word phrases: a phrase of several words is matched word by word, its allowed
      // longer forms with it ("pray for rain").
      if (found && !found.phrase.includes(" ")) return sensitivityFor(found.phrase, found.category, vocabulary);
    }
  }
  return undefined;
}

/**
 * "<cause> Awareness/Acceptance/History/Heritage Day/Week/Month" (#AutismAwarenessMonth,
 * #WomensHistoryMonth2026): a cause observance by its shape. Its cause is the words before the
 * head ("autism"); for history and heritage the head belongs to it ("black history").
 */
function causeDaySensitivity(words: Array<{ norm: string }>, vocabulary: Vocabulary): Sensitivity | undefined {
  const { heads, periods, notCauses } = vocabulary.causeDayShape;
  const norms = words.map((word) => word.norm);
  for (let head = 1; head < norms.length - 1; head++) {
    if (!heads.has(norms[head]) || !periods.has(norms[head + 1])) continue;
    if (!norms.slice(head + 2).every((word) => /^\d+$/.test(word))) continue;
    const cause = norms.slice(0, head).filter((word) => /\p{L}/u.test(word) && !vocabulary.stopwords.has(word));
    if (cause.length === 0) continue;
    const withHead = [...cause, norms[head]];
    if (notCauses.has(withHead.join(" ")) || notCauses.has(withHead.slice(-2).join(" "))) return undefined;
    const ownsHead = norms[head] === "history" || norms[head] === "heritage";
    return {
      about: vocabulary.about.causeDay ?? "a cause",
      phrase: norms.slice(0, head + 2).join(" "),
      category: "causeDay",
      subjects: [ownsHead ? withHead : cause],
    };
  }
  return undefined;
}

const HARM_REACH = 3;

/**
 * A campaign by its shape: a verb of opposition and a harm within three words after it
 * (#EndKnifeCrime → "knife crime"), or a protest right after its cause (#ClimateStrike →
 * "climate"). Its cause is what a brand's topics may make its own.
 */
function campaignSensitivity(words: Array<{ norm: string }>, vocabulary: Vocabulary): Sensitivity | undefined {
  const { against, harms, protests, protestCauses } = vocabulary.campaignShape;
  const norms = words.map((word) => word.norm);
  for (let at = 0; at < norms.length; at++) {
    if (against.has(norms[at])) {
      for (let harm = at + 1; harm < norms.length && harm <= at + HARM_REACH; harm++) {
        if (!harms.has(norms[harm])) continue;
        const cause = norms.slice(at + 1, harm + 1).filter((word) => !vocabulary.stopwords.has(word));
        return { about: vocabulary.about.cause ?? "a cause", phrase: norms.slice(at, harm + 1).join(" "), category: "cause", subjects: [cause] };
      }
    }
    if (protestCauses.has(norms[at]) && at + 1 < norms.length && protests.has(norms[at + 1])) {
      return { about: vocabulary.about.cause ?? "a cause", phrase: `${norms[at]} ${norms[at + 1]}`, category: "cause", subjects: [[norms[at]]] };
    }
  }
  return undefined;
}

/** The reading with each digit between two words spelled as the word it stands for, or undefined when there is none. */
function withDigitWords<W extends { norm: string }>(words: W[], vocabulary: Vocabulary): W[] | undefined {
  let changed = false;
  const spelled = words.map((word, index) => {
    const spelling = vocabulary.digitWords.get(word.norm);
    if (!spelling || index === 0 || index === words.length - 1) return word;
    if (!/\p{L}/u.test(words[index - 1].norm) || !/\p{L}/u.test(words[index + 1].norm)) return word;
    changed = true;
    return { ...word, norm: spelling };
  });
  return changed ? spelled : undefined;
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
  const unknownName = name.length >= MIN_UNKNOWN_NAME && wordRank(name) === undefined && vocabulary.unknownNameEvents.has(last.phrase.toLowerCase());
  return { name, sensitivity: sensitivityFor(last.phrase, last.value.category, vocabulary), unknownName };
}

/** Written in capitals (#RIPKobe), or the whole tag (#rip): not the start of #RipCurl. */
function isCapitalsOrWholeTag(hashtag: Hashtag, match: PhraseMatch<TagPhrase>): boolean {
  const written = hashtag.text.slice(match.start - hashtag.start, match.end - hashtag.start);
  return written === written.toUpperCase() || (match.start === hashtag.start + 1 && match.end === hashtag.end);
}
