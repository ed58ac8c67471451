// brief.yaml compiled once, on the rule's first check: one phrase trie for instructions,
// hand-overs, labels and filler text (one walk over a post finds them all), sets for the rest.
import { loadData } from "../../src/data.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

interface BriefData {
  placeholderWords: string[];
  notPlaceholders: string[];
  bareWords: string[];
  announcements: string[];
  filler: string[];
  placeholderHandles: string[];
  placeholderHashtags: string[];
  placeholderHosts: string[];
  placeholderUrlWords: string[];
  instructions: string[];
  leadIns: string[];
  labels: string[];
}

export type PhraseKind = "instruction" | "leadIn" | "label" | "filler";

export interface BriefVocabulary {
  placeholderWords: Set<string>;
  notPlaceholders: Set<string>;
  bareWords: Set<string>;
  announcements: PhraseMatcher;
  /** Instructions, hand-overs, labels and filler, each phrase with its kind. */
  phrases: PhraseMatcher<PhraseKind>;
  placeholderHandles: Set<string>;
  placeholderHashtags: Set<string>;
  placeholderHosts: string[];
  placeholderUrlWords: string[];
}

let base: BriefData | undefined;
const compiled = new Map<string, BriefVocabulary>();

/** The vocabulary with a config's extra instruction phrases added (cached per phrase list). */
export function briefVocabulary(extraInstructions: readonly string[] = []): BriefVocabulary {
  const key = extraInstructions.join("\n");
  let vocabulary = compiled.get(key);
  if (!vocabulary) {
    base ??= loadData<BriefData>(new URL("./brief.yaml", import.meta.url));
    const lower = (list: string[]) => new Set(list.map((item) => item.toLowerCase()));
    vocabulary = {
      placeholderWords: lower(base.placeholderWords),
      notPlaceholders: lower(base.notPlaceholders),
      bareWords: new Set(base.bareWords),
      announcements: PhraseMatcher.of(base.announcements),
      phrases: new PhraseMatcher<PhraseKind>([
        ...tagged(base.filler, "filler"),
        ...tagged(base.labels, "label"),
        ...tagged(base.leadIns, "leadIn"),
        ...tagged([...base.instructions, ...extraInstructions], "instruction"),
      ]),
      placeholderHandles: lower(base.placeholderHandles),
      placeholderHashtags: lower(base.placeholderHashtags),
      placeholderHosts: base.placeholderHosts.map((host) => host.toLowerCase()),
      placeholderUrlWords: base.placeholderUrlWords.map((word) => word.toLowerCase()),
    };
    compiled.set(key, vocabulary);
  }
  return vocabulary;
}

function tagged(phrases: string[], kind: PhraseKind): Array<[string, PhraseKind]> {
  return phrases.map((phrase) => [phrase, kind]);
}
