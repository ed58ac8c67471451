// The post measured against its brand voice: exclamation marks, shouted words, emoji, slang,
// first-person singular, contractions and sentiment, each against the voice's limit.
import type { Post, ReportDescriptor } from "../../src/types.js";
import type { Token } from "../../src/text/tokenize.js";
import { wordRank } from "../../src/text/segment.js";
import { getLexicon, phraseKey } from "./lexicon.js";
import { cuesOf, type Reading } from "./reading.js";
import type { CountLimit, VoiceProfile } from "./voice.js";

interface Spot {
  start: number;
  end: number;
}

const FIRST_PERSON_SINGULAR = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd", "im", "ive"]);
const CONTRACTED_ENDINGS = ["n't", "'re", "'ve", "'ll", "'d", "'m"];
// "'s" is a contraction after these ("it's", "let's"), a possessive elsewhere ("Acme's").
const CONTRACTED_S = new Set(["it", "that", "let", "there", "here", "what", "who", "he", "she", "where", "how", "when", "why", "everyone", "nobody", "someone"]);
const APOSTROPHELESS = new Set(["dont", "didnt", "doesnt", "isnt", "arent", "wasnt", "youre", "theyre", "thats", "whats", "im", "ive", "couldnt", "shouldnt", "wouldnt"]);

const KEYCAP = /^[0-9#*]\uFE0F?\u20E3$/u;

/** Emoji that count toward the voice's limit: a lone keycap is a figure ("2️⃣ goals"); a series of them ("1️⃣ … 2️⃣ …") is decoration. */
function countedEmoji(emoji: Token[]): Token[] {
  const keycaps = emoji.filter((token) => KEYCAP.test(token.text));
  return keycaps.length === 1 ? emoji.filter((token) => token !== keycaps[0]) : emoji;
}

const MESSAGE_OF: Record<CountLimit, string> = {
  maxExclamations: "voiceExclamations",
  maxCapsWords: "voiceCaps",
  maxEmoji: "voiceEmoji",
  maxSlang: "voiceSlang",
  maxFirstPersonSingular: "voiceFirstPerson",
  maxContractions: "voiceContractions",
};

type Measure = (post: Post, reading: Reading, options: Record<string, unknown>) => Spot[];

const MEASURES: Array<[CountLimit, Measure]> = [
  ["maxExclamations", (_post, reading) => exclamations(reading.analysis.tokens)],
  ["maxCapsWords", (post, reading, options) => shoutedWords(reading, post, options)],
  ["maxEmoji", (_post, reading) => countedEmoji(reading.analysis.emoji)],
  ["maxSlang", (_post, reading, options) => slang(reading, options)],
  ["maxFirstPersonSingular", (_post, reading) => reading.analysis.words.filter((word) => FIRST_PERSON_SINGULAR.has(word.norm))],
  ["maxContractions", (post, reading) => contractions(post, reading)],
];

export function checkVoice(post: Post, reading: Reading, voice: VoiceProfile, options: Record<string, unknown>): ReportDescriptor[] {
  const reports: ReportDescriptor[] = [];
  for (const [limit, measure] of MEASURES) {
    const max = voice.limits[limit];
    if (max === null) continue;
    const spots = measure(post, reading, options);
    if (spots.length <= max) continue;
    reports.push({
      messageId: MESSAGE_OF[limit],
      data: { count: spots.length, limit: max, voice: voice.label, examples: examples(post.text, spots) },
      start: spots[0].start,
      end: spots[spots.length - 1].end,
      severity: "warn",
    });
  }
  const { min, max } = voice.sentiment;
  const { sentiment } = reading;
  if ((min !== null || max !== null) && sentiment.words >= voice.minWordsForSentiment) {
    const value = round(sentiment.comparative);
    const over = max !== null && sentiment.comparative > max;
    const under = min !== null && sentiment.comparative < min;
    if (over || under) {
      const hits = sentiment.hits.filter((hit) => (over ? hit.score > 0 : hit.score < 0));
      reports.push({
        messageId: over ? "voiceTooPositive" : "voiceTooNegative",
        data: { value, limit: (over ? max : min) as number, voice: voice.label, examples: examples(post.text, hits) },
        start: 0,
        end: post.text.length,
        severity: "warn",
      });
    }
  }
  return reports;
}

function exclamations(tokens: Token[]): Spot[] {
  const spots: Spot[] = [];
  for (const token of tokens) {
    if (token.kind !== "punct") continue;
    if (token.text === "!" || token.text === "¡" || token.text === "⁉") spots.push(token);
    else if (token.text === "‼") spots.push(token, token);
  }
  return spots;
}

/**
 * Words in ALL CAPS that shout: ordinary English words ("NEW", "SALE", "NEVER"; two-letter ones only
 * in a run, "GO BIG"), long dictionary words ("OBSESSED"), and every capital word in a run that has
 * an ordinary one ("WE'RE GOING TO HAWAII"). Capitals that are no English word are names and
 * acronyms ("SAML SSO", "SCIM", "OLED"), as are known acronyms, vowel-less abbreviations and the
 * brand's own name.
 */
function shoutedWords(reading: Reading, post: Post, options: Record<string, unknown>): Token[] {
  const words = reading.analysis.words;
  // Most posts have no word in capitals: one look at each word's second letter, nothing built.
  if (!words.some(mayBeAllCaps)) return NONE;
  const { acronyms } = getLexicon();
  const allowed = allowedCaps(post, options);
  const capital = words.map((word) => isAllCaps(word.text) && !acronyms.has(word.norm) && !allowed.has(word.norm));
  if (!capital.includes(true)) return NONE;
  const ordinary = words.map((word, i) => capital[i] && isCommonWord(word.norm));
  // Runs of capital words, each marked when it holds an ordinary word (a shouted phrase).
  const shoutedRun: boolean[] = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; ) {
    if (!capital[i]) {
      i++;
      continue;
    }
    let end = i;
    let phrase = false;
    while (end < words.length && capital[end]) {
      if (ordinary[end]) phrase = true;
      end++;
    }
    if (end - i >= 2 && phrase) shoutedRun.fill(true, i, end);
    i = end;
  }
  const shouted: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!capital[i]) continue;
    const length = words[i].text.length;
    if (shoutedRun[i] || (ordinary[i] && length >= 3) || (length >= 5 && isDictionaryWord(words[i].norm))) shouted.push(words[i]);
  }
  return shouted;
}

const NONE: Token[] = [];

/** A word whose second character is a capital letter (or not ASCII): it may be written in capitals. */
function mayBeAllCaps(word: Token): boolean {
  const code = word.text.charCodeAt(1);
  return (code >= 65 && code <= 90) || code > 127;
}

/** The brand's name and aliases and the configured acronyms, as words: not shouting. */
function allowedCaps(post: Post, options: Record<string, unknown>): Set<string> {
  const allowed = new Set<string>();
  for (const name of [post.brand?.name, ...(post.brand?.aliases ?? []), ...stringList(options.acronyms)]) {
    if (name) for (const word of phraseKey(name).split(" ")) allowed.add(word);
  }
  return allowed;
}

// Among the 6,000 most frequent English words (the shared frequency list of src/text/segment.ts).
function isCommonWord(word: string): boolean {
  const rank = wordRank(word);
  return rank !== undefined && rank <= 6000;
}

// In the frequency list at all: a word, not an acronym or a product name ("SAML", "TALLYFORGE").
function isDictionaryWord(word: string): boolean {
  return wordRank(word) !== undefined;
}

// Shouted words have vowels; "HSBC", "NTSB" and "CVS" are names.
function isAllCaps(text: string): boolean {
  let letters = 0;
  let vowels = 0;
  for (const char of text) {
    if (char >= "0" && char <= "9") return false;
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower === upper) continue;
    if (char !== upper) return false;
    letters++;
    if ("AEIOUY".includes(char)) vowels++;
  }
  return letters >= 2 && vowels > 0;
}

const NO_WORDS: ReadonlySet<string> = new Set();

function slang(reading: Reading, options: Record<string, unknown>): Spot[] {
  const listed = stringList(options.allowSlang);
  const allowed = listed.length ? new Set(listed.map(phraseKey)) : NO_WORDS;
  const spots: Spot[] = [];
  for (const match of cuesOf(reading, "slang", { inHashtags: false })) {
    if (allowed.has(phraseKey(match.phrase))) continue;
    // Short abbreviations count only in lower case: "u" is slang, "U.S." and "RN" are not.
    const written = reading.analysis.text.slice(match.start, match.end);
    if (written.length <= 2 && written !== written.toLowerCase()) continue;
    spots.push(match);
  }
  let counted: Set<number> | undefined;
  for (const word of reading.analysis.words) {
    if (!isStretched(word.norm) || allowed.has(word.norm)) continue;
    counted ??= new Set(spots.map((spot) => spot.start));
    if (!counted.has(word.start)) spots.push(word);
  }
  return spots.length > 1 ? spots.sort((a, b) => a.start - b.start) : spots;
}

/** "sooo", "yasss", "nooooo": a letter three times in a row (Roman numerals and "www" aside). */
function isStretched(word: string): boolean {
  if (word.length < 4) return false;
  let run = 1;
  for (let i = 1; i < word.length; i++) {
    run = word[i] === word[i - 1] ? run + 1 : 1;
    if (run >= 3 && !"ivxw0123456789".includes(word[i])) return true;
  }
  return false;
}

// "We're sorry… we'll arrange a refund": in a reply, a care team speaking as itself is conversation,
// no change of register; the other contractions ("don't worry, it's fine") still count.
const WE_CONTRACTIONS = new Set(["we're", "we'll", "we've", "we'd"]);

function contractions(post: Post, reading: Reading): Token[] {
  const found = reading.analysis.words.filter(isContraction);
  return post.inReplyTo === undefined ? found : found.filter((word) => !WE_CONTRACTIONS.has(word.norm));
}

function isContraction(word: Token): boolean {
  const norm = word.norm;
  if (APOSTROPHELESS.has(norm)) return true;
  if (!norm.includes("'")) return false;
  if (CONTRACTED_ENDINGS.some((ending) => norm.endsWith(ending))) return true;
  return norm.endsWith("'s") && CONTRACTED_S.has(norm.slice(0, -2));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function examples(text: string, spots: readonly Spot[]): string {
  const seen: string[] = [];
  for (const spot of spots) {
    const written = text.slice(spot.start, spot.end);
    if (!seen.includes(written)) seen.push(written);
    if (seen.length === 3) break;
  }
  return seen.map((example) => `“${example}”`).join(", ");
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
