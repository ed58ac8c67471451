// brief.yaml, notes.yaml and signals.yaml compiled once, on the rule's first check: phrase tries
// for instructions, hand-overs, labels and filler (one walk over a post finds them all), for the
// cues of a note to a colleague and for the evidence of one, sets for the rest.
import { loadData } from "../../src/data.js";
import { PhraseMatcher, phraseWords } from "../../src/text/phrases.js";

interface BriefData {
  placeholderWords: string[];
  notPlaceholders: string[];
  notCounted: string[];
  numeralLeads: string[];
  numberSlots: string[];
  months: string[];
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
  occasionLabels: string[];
  objectInstructions: string[];
  determiners: string[];
  copyObjects: string[];
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
  months: Set<string>;
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
  /** Labels that may name the copy's occasion before their colon: "Caption for Thurs:". */
  occasionLabels: Set<string>;
  /** Instructions whose object says whom they are for ("feel free to tweak the chilli"). */
  objectInstructions: Set<string>;
  determiners: Set<string>;
  copyObjects: Set<string>;
  fillerMentions: Set<string>;
  placeholderHandles: Set<string>;
  placeholderHashtags: Set<string>;
  placeholderHosts: ReadonlySet<string>;
  placeholderUrlWords: ReadonlySet<string>;
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
  /** What opens a question about the writing: "is the", "does it". */
  questions: PhraseMatcher;
  /** Things a post is made of ("photo", "hero image"), for copy still to come ("Pic of … to be added"). */
  productionObjects: PhraseMatcher;
  optionHeaders: PhraseMatcher;
  preferences: PhraseMatcher;
  polls: PhraseMatcher;
  readerObjects: Set<string>;
  crowds: Set<string>;
  readerGroups: Set<string>;
  nounVerbs: Set<string>;
  notObjects: Set<string>;
  requests: Set<string>;
  scheduleVerbs: Set<string>;
  scheduleFillers: Set<string>;
  scheduleTimes: Set<string>;
  optionWords: Set<string>;
  optionLetters: Set<string>;
  optionNumbers: Set<string>;
  optionVersions: Set<string>;
}

interface SignalsData {
  weak: Record<string, string[]>;
  asides: Record<string, string[]>;
  audience: string[];
  pasted: string[];
  attachments: string[];
  senders: string[];
  mailOnly: string[];
  replyMarks: string[];
  signOffs: string[];
  greetings: string[];
  appositives: string[];
  asks: string[];
  workVerbs: string[];
  placeVerbs: string[];
  readerObjects: string[];
  postNames: string[];
  scheduleVerbs: string[];
  scheduleLinks: string[];
  timedLeads: string[];
  times: string[];
  readerCalls: string[];
  asideVerbs: string[];
  asideQuestions: string[];
  negations: string[];
  describes: string[];
  statusWords: string[];
  asideOpeners: string[];
  editorLabels: string[];
  draftFollowers: string[];
  teamWords: string[];
  toSomeone: string[];
  praise: string[];
  strong: string[];
  lacks: string[];
  lackedParts: string[];
  postDays: string[];
  postKinds: string[];
  picks: string[];
  pickNumbers: string[];
  approverSays: string[];
  placements: string[];
}

/**
 * What a phrase of signals.yaml is evidence of: a family's weak evidence anywhere ("weak") or
 * only inside brackets ("aside"), the audience's use of the words, a pasted e-mail (strong), an
 * e-mail's hand-over, a request to someone ("can you"), or a publishing phrase that needs a time.
 */
export interface Signal {
  kind: "weak" | "aside" | "strong" | "audience" | "pasted" | "attachment" | "ask" | "timed" | "toSomeone";
  family: string;
}

export interface SignalsVocabulary {
  /** Every phrase of the signal families, the audience's uses and the e-mail's, in one trie. */
  phrases: PhraseMatcher<Signal>;
  /** A line that opens with a header only a mail client writes ("Subject:"): a cheap test first. */
  headerHint: RegExp;
  names: Set<string>;
  /** Every word a line's opening clue may start with: greetings, names, status words, publishing verbs. */
  lineOpeners: Set<string>;
  teamWords: Set<string>;
  greetings: Set<string>;
  appositives: Set<string>;
  senders: Set<string>;
  mailOnly: Set<string>;
  replyMarks: Set<string>;
  signOffs: Set<string>;
  workVerbs: Set<string>;
  placeVerbs: Set<string>;
  readerObjects: Set<string>;
  postNames: Set<string>;
  scheduleVerbs: Set<string>;
  /** "after", "not before": first words, and each phrase's words. */
  scheduleLinks: Map<string, string[][]>;
  times: Set<string>;
  readerCalls: Map<string, string[][]>;
  asideVerbs: Set<string>;
  asideQuestions: Map<string, string[][]>;
  /** Words before a verb that keep it a direction ("don't", "pls"), filed by their first word. */
  negations: Map<string, string[][]>;
  describes: Map<string, string[][]>;
  statusWords: Map<string, string[][]>;
  /** Phrases that open an editor's note in brackets on their own ("(confirm price with Jo)"). */
  asideOpeners: Map<string, string[][]>;
  editorLabels: Set<string>;
  /** Hand-overs that open a message (notes.yaml): "here's", "attached is", "pfa". */
  handovers: Map<string, string[][]>;
  draftFollowers: Set<string>;
}

let base: BriefData | undefined;
let signals: SignalsVocabulary | undefined;
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
      months: lower(base.months),
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
      occasionLabels: lower(base.occasionLabels),
      objectInstructions: lower(base.objectInstructions),
      determiners: lower(base.determiners),
      copyObjects: lower(base.copyObjects),
      fillerMentions: lower(base.fillerMentions),
      placeholderHandles: lower(base.placeholderHandles),
      placeholderHashtags: lower(base.placeholderHashtags),
      placeholderHosts: new Set(base.placeholderHosts.map((host) => host.toLowerCase())),
      placeholderUrlWords: new Set(base.placeholderUrlWords.map((word) => word.toLowerCase())),
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
        ...tagged(data.laterParticiples, "later"),
        ...tagged(data.lacks, "lack"),
        ...tagged(data.handovers, "handover"),
        ...tagged(data.imperatives, "imperative"),
        ...tagged(data.noteLabels, "noteLabel"),
        ...tagged(data.productionLabels, "productionLabel"),
        // Last: a phrase that is both ("copy that") is the audience's.
        ...tagged(data.audienceUses, "audience"),
      ])
        // Role × verb and the like, thousands of phrases if spelt out: added as sequences.
        .addSequence([data.productionObjects, data.productionPending], "pending")
        .addSequence([data.approvers, data.approverVerbs], "clientNote")
        .addSequence(contracted(data.approvers, data.approverVerbs), "clientNote")
        .addSequence([data.noteRoles, data.noteLabels], "roleNote")
        .addSequence([data.noteLabels, ["to", "for"], [...data.noteRoles, ...data.approvers]], "roleNote")
        .addSequence([data.approvalTrails, ["", "the"], [...bareRoles, ...bareRoles.map(possessive)], data.approvalNotes], "approvalTrail"),
      questions: PhraseMatcher.of(data.questions),
      productionObjects: PhraseMatcher.of(data.productionObjects),
      optionHeaders: PhraseMatcher.of(combine(data.optionSubjects, data.optionKinds)),
      preferences: PhraseMatcher.of(data.preferences),
      polls: PhraseMatcher.of(data.polls),
      readerObjects: lower(data.readerObjects),
      crowds: lower(data.crowds),
      readerGroups: lower(data.readerGroups),
      nounVerbs: lower(data.nounVerbs),
      notObjects: lower(data.notObjects),
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

const APPROVAL: Signal = { kind: "weak", family: "approval" };

export function signalsVocabulary(): SignalsVocabulary {
  if (!signals) {
    const data = loadData<SignalsData>(new URL("./signals.yaml", import.meta.url));
    const { names } = loadData<{ names: string[] }>(new URL("./names.yaml", import.meta.url));
    const { approvers, handovers } = loadData<NotesData>(new URL("./notes.yaml", import.meta.url));
    const roles = [...new Set(approvers.map((role) => role.replace(/^(?:the|my) /, "")))];
    // "FB only", "not on the grid".
    const built: Record<string, string[]> = {
      artefact: combine(data.postDays, data.postKinds),
      version: combine(data.picks, data.pickNumbers),
      schedule: [...combine(data.placements, ["only"]), ...combine(["not on", "not on the", "not the"], data.placements)],
    };
    const families = (kind: "weak" | "aside", groups: Record<string, string[]>) =>
      Object.entries(groups).flatMap(([family, phrases]) => phrases.map((phrase): [string, Signal] => [phrase, { kind, family }]));
    const plain = (kind: Signal["kind"], phrases: string[]) => phrases.map((phrase): [string, Signal] => [phrase, { kind, family: kind }]);
    signals = {
      phrases: new PhraseMatcher<Signal>([
        ...families("aside", data.asides),
        ...families("weak", built),
        ...families("weak", data.weak),
        ...plain("ask", data.asks),
        ...plain("timed", data.timedLeads),
        ...plain("toSomeone", data.toSomeone),
        ...plain("attachment", data.attachments),
        ...plain("pasted", data.pasted),
        ...plain("strong", [...data.strong, ...combine(data.lacks, data.lackedParts, ["here"])]),
        // Last: a phrase that is also the audience's ("share the post", "loved the reel") is theirs.
        ...plain("audience", [
          ...data.audience,
          // "tap the link below": the phrase with its article, so "the link" does not win first.
          ...data.audience.filter((phrase) => !phrase.startsWith("the ")).map((phrase) => `the ${phrase}`),
          ...combine(data.praise, data.weak.artefact.filter((phrase) => phrase.startsWith("the "))),
        ]),
      ])
        // "finance says …"; "from ops", "from the client": input someone else must give.
        .addSequence([roles, data.approverSays], APPROVAL)
        .addSequence([["from", "from the"], roles], APPROVAL),
      headerHint: new RegExp(`(?:^|\\n)[ \\t]*(?:${data.mailOnly.map(escapeRegExp).join("|")})[ \\t]*:`, "i"),
      names: lower(names),
      lineOpeners: lower([...names, ...data.greetings, ...data.teamWords, ...data.statusWords.map((phrase) => phraseWords(phrase)[0]), ...data.scheduleVerbs, ...data.replyMarks]),
      teamWords: lower(data.teamWords),
      greetings: lower(data.greetings),
      appositives: lower(data.appositives),
      senders: lower(data.senders),
      mailOnly: lower(data.mailOnly),
      replyMarks: lower(data.replyMarks),
      signOffs: lower(data.signOffs),
      workVerbs: lower(data.workVerbs),
      placeVerbs: lower(data.placeVerbs),
      readerObjects: lower(data.readerObjects),
      postNames: lower(data.postNames),
      scheduleVerbs: lower(data.scheduleVerbs),
      scheduleLinks: byFirstWord(data.scheduleLinks),
      times: lower(data.times),
      readerCalls: byFirstWord(data.readerCalls),
      asideVerbs: lower(data.asideVerbs),
      asideQuestions: byFirstWord(data.asideQuestions),
      negations: byFirstWord(data.negations),
      describes: byFirstWord(data.describes),
      statusWords: byFirstWord(data.statusWords),
      asideOpeners: byFirstWord(data.asideOpeners),
      editorLabels: lower(data.editorLabels),
      handovers: byFirstWord(handovers),
      draftFollowers: lower(data.draftFollowers),
    };
  }
  return signals;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Short phrases for a look-up at one place in a post: their words, filed by the first word. */
function byFirstWord(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    if (words.length === 0) continue;
    map.set(words[0], [...(map.get(words[0]) ?? []), words]);
  }
  // Longest first, so a look-up takes "not before" over "not".
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/** Every phrase made of one word or phrase from each list, in order ("" leaves a place out). */
function combine(...lists: string[][]): string[] {
  return lists.reduce<string[]>((phrases, list) => phrases.flatMap((phrase) => list.map((word) => [phrase, word].filter(Boolean).join(" "))), [""]);
}

function possessive(role: string): string {
  return `${role}'s`;
}

/** "client's not keen": each role with the verbs that start with "is" or "has", contracted (a sequence). */
function contracted(roles: string[], verbs: string[]): string[][] {
  const rests = verbs.filter((verb) => /^(?:is|has) /.test(verb)).map((verb) => verb.replace(/^(?:is|has) /, ""));
  return [roles.map(possessive), rests];
}

/** Each phrase, and each of its forms with a short form in place of a long one ("lmk if this works"). */
function withAbbreviations(phrases: string[], abbreviations: Record<string, string[]>): string[] {
  // Words are compared with spaces around them: Unicode-aware expressions cost more to compile
  // than the whole expansion takes.
  const forms = new Set(phrases.map((phrase) => phrase.toLowerCase()));
  for (const [long, shorts] of Object.entries(abbreviations)) {
    const padded = ` ${long} `;
    for (const form of [...forms]) {
      const spaced = ` ${form} `;
      if (!spaced.includes(padded)) continue;
      for (const short of shorts) forms.add(spaced.replaceAll(padded, ` ${short} `).trim());
    }
  }
  return [...forms];
}

function tagged<const K extends string>(phrases: string[], kind: K): Array<[string, K]> {
  return phrases.map((phrase) => [phrase, kind]);
}
