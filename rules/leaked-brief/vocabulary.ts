// brief.yaml compiled once, on the rule's first check: phrase tries for instructions, labels
// and filler text, sets for the rest.
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

export interface BriefVocabulary {
  placeholderWords: Set<string>;
  notPlaceholders: Set<string>;
  bareWords: Set<string>;
  announcements: PhraseMatcher;
  filler: PhraseMatcher;
  placeholderHandles: Set<string>;
  placeholderHashtags: Set<string>;
  placeholderHosts: string[];
  placeholderUrlWords: string[];
  instructions: PhraseMatcher;
  leadIns: PhraseMatcher;
  labels: PhraseMatcher;
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
      filler: PhraseMatcher.of(base.filler),
      placeholderHandles: lower(base.placeholderHandles),
      placeholderHashtags: lower(base.placeholderHashtags),
      placeholderHosts: base.placeholderHosts.map((host) => host.toLowerCase()),
      placeholderUrlWords: base.placeholderUrlWords.map((word) => word.toLowerCase()),
      instructions: PhraseMatcher.of([...base.instructions, ...extraInstructions]),
      leadIns: PhraseMatcher.of(base.leadIns),
      labels: PhraseMatcher.of(base.labels),
    };
    compiled.set(key, vocabulary);
  }
  return vocabulary;
}
