// Is a post upbeat? Cheer phrases and celebrating or laughing emoji (cheer.yaml), compiled once,
// on the rule's first check.
import { loadData } from "../../src/data.js";
import type { Analysis } from "../../src/text/analysis.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

export interface Cue {
  text: string;
  start: number;
  end: number;
}

interface CheerData {
  phrases: string[];
  greetingEnds: string[];
  emoji: string[];
}

let compiled: { phrases: PhraseMatcher; greetingEnds: Set<string>; emoji: Set<string> } | undefined;

function cheerVocabulary() {
  if (!compiled) {
    const data = loadData<CheerData>(new URL("./cheer.yaml", import.meta.url));
    compiled = { phrases: PhraseMatcher.of(data.phrases), greetingEnds: new Set(data.greetingEnds), emoji: new Set(data.emoji.map(bareEmoji)) };
  }
  return compiled;
}

/** The first cheer cue in text order, if any. */
export function findCheer(analysis: Analysis): Cue | undefined {
  const { phrases, greetingEnds, emoji } = cheerVocabulary();
  const phrase = phrases.matchAll(analysis)[0];
  const greeting = findHolidayGreeting(analysis, greetingEnds);
  const symbol = analysis.emoji.find((token) => emoji.has(bareEmoji(token.text)));
  const first = [phrase, greeting, symbol].filter((cue) => cue !== undefined).sort((a, b) => a.start - b.start)[0];
  return first && { text: analysis.text.slice(first.start, first.end), start: first.start, end: first.end };
}

const GREETING_REACH = 5;

/**
 * "Happy Valentine's Day", "Happy National Coffee Day", #HappyEarthDay: "happy", a holiday's name
 * (capitalized words, or the parts of one hashtag) and a closing word such as "Day". Lower-case
 * words in between mean a sentence, not a greeting ("happy to help any day").
 */
function findHolidayGreeting(analysis: Analysis, ends: Set<string>): Cue | undefined {
  const { terms } = analysis;
  for (let at = 0; at < terms.length; at++) {
    if (terms[at].norm !== "happy") continue;
    const hashtag = terms[at].hashtag;
    for (let next = at + 1; next < Math.min(terms.length, at + GREETING_REACH + 1) && terms[next].hashtag === hashtag; next++) {
      if (next > at + 1 && ends.has(terms[next].norm)) return { text: "", start: terms[at].start, end: terms[next].end };
      if (hashtag === undefined && !/^[\p{Lu}\d]/u.test(terms[next].text)) break;
    }
  }
  return undefined;
}

// Variation selectors and skin-tone modifiers do not change what an emoji says.
function bareEmoji(text: string): string {
  return text.replace(/[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu, "");
}
