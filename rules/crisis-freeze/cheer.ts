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
  emoji: string[];
}

let compiled: { phrases: PhraseMatcher; emoji: Set<string> } | undefined;

function cheerVocabulary() {
  if (!compiled) {
    const data = loadData<CheerData>(new URL("./cheer.yaml", import.meta.url));
    compiled = { phrases: PhraseMatcher.of(data.phrases), emoji: new Set(data.emoji.map(bareEmoji)) };
  }
  return compiled;
}

/** The first cheer cue in text order, if any. */
export function findCheer(analysis: Analysis): Cue | undefined {
  const { phrases, emoji } = cheerVocabulary();
  const phrase = phrases.matchAll(analysis)[0];
  const symbol = analysis.emoji.find((token) => emoji.has(bareEmoji(token.text)));
  const first = [phrase, symbol].filter((cue) => cue !== undefined).sort((a, b) => a.start - b.start)[0];
  return first && { text: analysis.text.slice(first.start, first.end), start: first.start, end: first.end };
}

// Variation selectors and skin-tone modifiers do not change what an emoji says.
function bareEmoji(text: string): string {
  return text.replace(/[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu, "");
}
