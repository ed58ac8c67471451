// brief.yaml and notes.yaml compiled once, on the rule's first check: phrase tries for
// instructions, hand-overs, labels and filler (one walk over a post finds them all) and for the
// cues of a note to a colleague, sets for the rest.
import { loadData } from "../../src/data.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

interface BriefData {
  placeholderWords: string[];
  notPlaceholders: string[];
  notCounted: string[];
  numeralLeads: string[];
  numberSlots: string[];
  templateNouns: string[];
  templateLeads: string[];
  slotPrefixes: string[];
  bareWords: string[];
  announcements: string[];
  copulas: string[];
  statusLeadIns: string[];
  discussed: Record<DiscussedKind, string[]>;
  filler: string[];
  fillerMentions: string[];
  placeholderHandles: string[];
  placeholderHashtags: string[];
  placeholderHosts: string[];
  placeholderUrlWords: string[];
  formats: string[];
  ambiguousFormats: string[];
  genericFormats: string[];
  countQualifiers: string[];
  numberWords: string[];
  doneWords: string[];
  instructions: string[];
  abbreviations: Record<string, string[]>;
  leadIns: string[];
  labels: string[];
  labelVersions: string[];
}

export type PhraseKind = "instruction" | "leadIn" | "label" | "filler";
/** A format a brief counts ("reel"), a word that may be one ("story"), a kind of any post ("video"). */
export type FormatKind = "format" | "ambiguous" | "generic";
/** Kinds of placeholder a post may be about rather than leave unfilled. */
export type DiscussedKind = "mergeTag" | "filler";

export interface BriefVocabulary {
  placeholderWords: Set<string>;
  notPlaceholders: Set<string>;
  notCounted: Set<string>;
  numeralLeads: Set<string>;
  numberSlots: Set<string>;
  templateNouns: Set<string>;
  templateLeads: Set<string>;
  slotPrefixes: Set<string>;
  bareWords: Set<string>;
  announcements: PhraseMatcher;
  copulas: Set<string>;
  statusLeadIns: PhraseMatcher;
  discussed: PhraseMatcher<DiscussedKind>;
  /** Instructions, hand-overs, labels and filler, each phrase with its kind. */
  phrases: PhraseMatcher<PhraseKind>;
  labels: Set<string>;
  labelVersions: Set<string>;
  fillerMentions: Set<string>;
  placeholderHandles: Set<string>;
  placeholderHashtags: Set<string>;
  placeholderHosts: string[];
  placeholderUrlWords: string[];
  /** A brief's deliverables: formats counted ("3 reels"), each with how surely it is one. */
  formats: PhraseMatcher<FormatKind>;
  countQualifiers: PhraseMatcher;
  numberWords: Set<string>;
  doneWords: Set<string>;
}

interface NotesData {
  workflow: string[];
  posting: string[];
  selfRefs: string[];
  deliverables: string[];
  feedbackAsks: string[];
  copyQualities: string[];
  choices: string[];
  pendingParticiples: string[];
  productionObjects: string[];
  productionPending: string[];
  laterParticiples: string[];
  lacks: string[];
  questions: string[];
  audienceUses: string[];
  requests: string[];
  chatRequests: string[];
  imperatives: string[];
  readerObjects: string[];
  greetings: string[];
  handovers: string[];
  crowds: string[];
  readerGroups: string[];
  approvers: string[];
  approverVerbs: string[];
  nounVerbs: string[];
  notObjects: string[];
  noteRoles: string[];
  approvalTrails: string[];
  approvalNotes: string[];
  editorNotes: string[];
  asideLabels: string[];
  asideNoteLabels: string[];
  editorVerbs: string[];
  scheduleVerbs: string[];
  scheduleFillers: string[];
  scheduleTimes: string[];
  optionSubjects: string[];
  optionKinds: string[];
  preferences: string[];
  optionWords: string[];
  optionLetters: string[];
  optionNumbers: string[];
  optionVersions: string[];
  polls: string[];
  noteLabels: string[];
  productionLabels: string[];
}

export type CueKind =
  | "workflow"
  | "posting"
  | "selfRef"
  | "deliverable"
  | "feedbackAsk"
  | "copyQuality"
  | "choice"
  | "pending"
  | "later"
  | "lack"
  | "audience"
  | "request"
  | "chatRequest"
  | "handover"
  | "imperative"
  | "clientNote"
  | "roleNote"
  | "approvalTrail"
  | "noteLabel"
  | "productionLabel";

export interface NotesVocabulary {
  /** The cues of a note, each phrase with its kind. */
  cues: PhraseMatcher<CueKind>;
  editorNotes: PhraseMatcher;
  /** What opens a question about the writing: "is the", "does it". */
  questions: PhraseMatcher;
  /** Things a post is made of ("photo", "hero image"), for asides that direct the editor. */
  productionObjects: PhraseMatcher;
  optionHeaders: PhraseMatcher;
  preferences: PhraseMatcher;
  polls: PhraseMatcher;
  readerObjects: Set<string>;
  greetings: Set<string>;
  crowds: Set<string>;
  readerGroups: Set<string>;
  nounVerbs: Set<string>;
  notObjects: Set<string>;
  asideLabels: Set<string>;
  asideNoteLabels: Set<string>;
  /** Verbs that open an aside: an editor's ("confirm", "fact-check") or any direction ("add"). */
  asideVerbs: PhraseMatcher<"editor" | "imperative">;
  requests: Set<string>;
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
      notCounted: lower(base.notCounted),
      numeralLeads: lower(base.numeralLeads),
      numberSlots: lower(base.numberSlots),
      templateNouns: lower(base.templateNouns),
      templateLeads: lower(base.templateLeads),
      slotPrefixes: new Set(base.slotPrefixes),
      bareWords: new Set(base.bareWords),
      announcements: PhraseMatcher.of(base.announcements),
      copulas: lower(base.copulas),
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
      fillerMentions: lower(base.fillerMentions),
      placeholderHandles: lower(base.placeholderHandles),
      placeholderHashtags: lower(base.placeholderHashtags),
      placeholderHosts: base.placeholderHosts.map((host) => host.toLowerCase()),
      placeholderUrlWords: base.placeholderUrlWords.map((word) => word.toLowerCase()),
      formats: new PhraseMatcher<FormatKind>([
        ...tagged(base.formats, "format"),
        ...tagged(base.ambiguousFormats, "ambiguous"),
        ...tagged(base.genericFormats, "generic"),
      ]),
      countQualifiers: PhraseMatcher.of(base.countQualifiers),
      numberWords: lower(base.numberWords),
      doneWords: lower(base.doneWords),
    };
    compiled.set(key, vocabulary);
  }
  return vocabulary;
}

export function notesVocabulary(): NotesVocabulary {
  if (!notes) {
    const data = loadData<NotesData>(new URL("./notes.yaml", import.meta.url));
    // Roles without their article, for "per legal's comments" and "as per the client's notes".
    const bareRoles = [...new Set(data.approvers.map((role) => role.replace(/^(?:the|my) /, "")))];
    notes = {
      cues: new PhraseMatcher<CueKind>([
        ...tagged(data.workflow, "workflow"),
        ...tagged(data.posting, "posting"),
        ...tagged(data.selfRefs, "selfRef"),
        ...tagged(data.deliverables, "deliverable"),
        ...tagged(data.requests, "request"),
        ...tagged(data.chatRequests, "chatRequest"),
        ...tagged(data.feedbackAsks, "feedbackAsk"),
        ...tagged(data.copyQualities, "copyQuality"),
        ...tagged(data.choices, "choice"),
        ...tagged(data.pendingParticiples, "pending"),
        ...tagged(combine(data.productionObjects, data.productionPending), "pending"),
        ...tagged(data.laterParticiples, "later"),
        ...tagged(data.lacks, "lack"),
        ...tagged(data.handovers, "handover"),
        ...tagged(data.imperatives, "imperative"),
        ...tagged([...combine(data.approvers, data.approverVerbs), ...contracted(data.approvers, data.approverVerbs)], "clientNote"),
        ...tagged([...combine(data.noteRoles, data.noteLabels), ...combine(data.noteLabels, ["to", "for"], [...data.noteRoles, ...data.approvers])], "roleNote"),
        ...tagged(combine(data.approvalTrails, ["", "the"], [...bareRoles, ...bareRoles.map(possessive)], data.approvalNotes), "approvalTrail"),
        ...tagged(data.noteLabels, "noteLabel"),
        ...tagged(data.productionLabels, "productionLabel"),
        // Last: a phrase that is both ("copy that") is the audience's.
        ...tagged(data.audienceUses, "audience"),
      ]),
      editorNotes: PhraseMatcher.of(data.editorNotes),
      questions: PhraseMatcher.of(data.questions),
      productionObjects: PhraseMatcher.of(data.productionObjects),
      optionHeaders: PhraseMatcher.of(combine(data.optionSubjects, data.optionKinds)),
      preferences: PhraseMatcher.of(data.preferences),
      polls: PhraseMatcher.of(data.polls),
      readerObjects: lower(data.readerObjects),
      greetings: lower(data.greetings),
      crowds: lower(data.crowds),
      readerGroups: lower(data.readerGroups),
      nounVerbs: lower(data.nounVerbs),
      notObjects: lower(data.notObjects),
      asideLabels: lower(data.asideLabels),
      asideNoteLabels: lower(data.asideNoteLabels),
      // Last: a verb in both lists ("swap") is the editor's.
      asideVerbs: new PhraseMatcher<"editor" | "imperative">([...tagged(data.imperatives, "imperative"), ...tagged(data.editorVerbs, "editor")]),
      requests: lower([...data.requests, ...data.chatRequests, "kindly"]),
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

/** Every phrase made of one word or phrase from each list, in order ("" leaves a place out). */
function combine(...lists: string[][]): string[] {
  return lists.reduce<string[]>((phrases, list) => phrases.flatMap((phrase) => list.map((word) => [phrase, word].filter(Boolean).join(" "))), [""]);
}

function possessive(role: string): string {
  return `${role}'s`;
}

/** "client's not keen": each role with the verbs that start with "is" or "has", contracted. */
function contracted(roles: string[], verbs: string[]): string[] {
  const rests = verbs.filter((verb) => /^(?:is|has) /.test(verb)).map((verb) => verb.replace(/^(?:is|has) /, ""));
  return combine(roles.map(possessive), rests);
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
