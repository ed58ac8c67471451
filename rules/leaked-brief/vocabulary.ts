// brief.yaml and notes.yaml compiled once, on the rule's first check: phrase tries for
// instructions, hand-overs, labels and filler (one walk over a post finds them all) and for the
// cues of a note to a colleague, sets for the rest.
import { loadData } from "../../src/data.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

interface BriefData {
  placeholderWords: string[];
  notPlaceholders: string[];
  slotPrefixes: string[];
  bareWords: string[];
  announcements: string[];
  statusLeadIns: string[];
  discussed: Record<DiscussedKind, string[]>;
  filler: string[];
  placeholderHandles: string[];
  placeholderHashtags: string[];
  placeholderHosts: string[];
  placeholderUrlWords: string[];
  instructions: string[];
  abbreviations: Record<string, string[]>;
  leadIns: string[];
  labels: string[];
  labelVersions: string[];
}

export type PhraseKind = "instruction" | "leadIn" | "label" | "filler";
/** Kinds of placeholder a post may be about rather than leave unfilled. */
export type DiscussedKind = "mergeTag" | "filler";

export interface BriefVocabulary {
  placeholderWords: Set<string>;
  notPlaceholders: Set<string>;
  slotPrefixes: Set<string>;
  bareWords: Set<string>;
  announcements: PhraseMatcher;
  statusLeadIns: PhraseMatcher;
  discussed: PhraseMatcher<DiscussedKind>;
  /** Instructions, hand-overs, labels and filler, each phrase with its kind. */
  phrases: PhraseMatcher<PhraseKind>;
  labels: Set<string>;
  labelVersions: Set<string>;
  placeholderHandles: Set<string>;
  placeholderHashtags: Set<string>;
  placeholderHosts: string[];
  placeholderUrlWords: string[];
}

interface NotesData {
  workflow: string[];
  posting: string[];
  audienceUses: string[];
  requests: string[];
  chatRequests: string[];
  imperatives: string[];
  readerObjects: string[];
  greetings: string[];
  handovers: string[];
  crowds: string[];
  clientNotes: string[];
  editorNotes: string[];
  scheduleVerbs: string[];
  scheduleFillers: string[];
  scheduleTimes: string[];
  optionWords: string[];
  optionLetters: string[];
  optionNumbers: string[];
  optionVersions: string[];
  polls: string[];
  noteLabels: string[];
  productionLabels: string[];
}

export type CueKind = "workflow" | "posting" | "audience" | "request" | "chatRequest" | "handover" | "imperative" | "clientNote" | "noteLabel" | "productionLabel";

export interface NotesVocabulary {
  /** The cues of a note, each phrase with its kind. */
  cues: PhraseMatcher<CueKind>;
  editorNotes: PhraseMatcher;
  polls: PhraseMatcher;
  readerObjects: Set<string>;
  greetings: Set<string>;
  crowds: Set<string>;
  scheduleVerbs: Set<string>;
  scheduleFillers: Set<string>;
  scheduleTimes: Set<string>;
  optionWords: Set<string>;
  optionLetters: Set<string>;
  optionNumbers: Set<string>;
  optionVersions: Set<string>;
}

let base: BriefData | undefined;
let notes: NotesVocabulary | undefined;
const compiled = new Map<string, BriefVocabulary>();
const lower = (list: string[]) => new Set(list.map((item) => item.toLowerCase()));

/** The vocabulary with a config's extra instruction phrases added (cached per phrase list). */
export function briefVocabulary(extraInstructions: readonly string[] = []): BriefVocabulary {
  const key = extraInstructions.join("\n");
  let vocabulary = compiled.get(key);
  if (!vocabulary) {
    base ??= loadData<BriefData>(new URL("./brief.yaml", import.meta.url));
    const instructions = withAbbreviations([...base.instructions, ...extraInstructions], base.abbreviations);
    vocabulary = {
      placeholderWords: lower(base.placeholderWords),
      notPlaceholders: lower(base.notPlaceholders),
      slotPrefixes: new Set(base.slotPrefixes),
      bareWords: new Set(base.bareWords),
      announcements: PhraseMatcher.of(base.announcements),
      statusLeadIns: PhraseMatcher.of(base.statusLeadIns),
      discussed: new PhraseMatcher<DiscussedKind>(
        Object.entries(base.discussed).flatMap(([kind, phrases]) => tagged(phrases, kind as DiscussedKind)),
      ),
      phrases: new PhraseMatcher<PhraseKind>([
        ...tagged(base.filler, "filler"),
        ...tagged(base.labels, "label"),
        ...tagged(base.leadIns, "leadIn"),
        ...tagged(instructions, "instruction"),
      ]),
      labels: lower(base.labels),
      labelVersions: lower(base.labelVersions),
      placeholderHandles: lower(base.placeholderHandles),
      placeholderHashtags: lower(base.placeholderHashtags),
      placeholderHosts: base.placeholderHosts.map((host) => host.toLowerCase()),
      placeholderUrlWords: base.placeholderUrlWords.map((word) => word.toLowerCase()),
    };
    compiled.set(key, vocabulary);
  }
  return vocabulary;
}

export function notesVocabulary(): NotesVocabulary {
  if (!notes) {
    const data = loadData<NotesData>(new URL("./notes.yaml", import.meta.url));
    notes = {
      cues: new PhraseMatcher<CueKind>([
        ...tagged(data.workflow, "workflow"),
        ...tagged(data.posting, "posting"),
        ...tagged(data.requests, "request"),
        ...tagged(data.chatRequests, "chatRequest"),
        ...tagged(data.handovers, "handover"),
        ...tagged(data.imperatives, "imperative"),
        ...tagged(data.clientNotes, "clientNote"),
        ...tagged(data.noteLabels, "noteLabel"),
        ...tagged(data.productionLabels, "productionLabel"),
        // Last: a phrase that is both ("copy that") is the audience's.
        ...tagged(data.audienceUses, "audience"),
      ]),
      editorNotes: PhraseMatcher.of(data.editorNotes),
      polls: PhraseMatcher.of(data.polls),
      readerObjects: lower(data.readerObjects),
      greetings: lower(data.greetings),
      crowds: lower(data.crowds),
      scheduleVerbs: lower(data.scheduleVerbs),
      scheduleFillers: lower(data.scheduleFillers),
      scheduleTimes: lower(data.scheduleTimes),
      optionWords: lower(data.optionWords),
      optionLetters: lower(data.optionLetters),
      optionNumbers: lower(data.optionNumbers),
      optionVersions: lower(data.optionVersions),
    };
  }
  return notes;
}

/** Each phrase, and each of its forms with a short form in place of a long one ("lmk if this works"). */
function withAbbreviations(phrases: string[], abbreviations: Record<string, string[]>): string[] {
  const forms = new Set(phrases.map((phrase) => phrase.toLowerCase()));
  for (const [long, shorts] of Object.entries(abbreviations)) {
    const word = `(?<![\\p{L}\\p{N}'])${long}(?![\\p{L}\\p{N}'])`;
    const [found, every] = [new RegExp(word, "u"), new RegExp(word, "gu")];
    for (const form of [...forms]) {
      if (!found.test(form)) continue;
      for (const short of shorts) forms.add(form.replace(every, short));
    }
  }
  return [...forms];
}

function tagged<const K extends string>(phrases: string[], kind: K): Array<[string, K]> {
  return phrases.map((phrase) => [phrase, kind]);
}
