// The rule's vocabularies (disclosures.yaml, impersonation.yaml, voice.yaml), compiled into
// phrase matchers once, on the rule's first check.
import { loadData } from "../../src/data.js";
import { PhraseMatcher, phraseWords } from "../../src/text/phrases.js";
import { withBrand } from "./brand-terms.js";

export type Clarity = "clear" | "ambiguous";

export interface SponsorshipEntry {
  phrase: string;
  us: Clarity;
  uk: Clarity;
  /** Counts only when set off as a label: #ad, "Ad:", "[ad]". */
  label?: boolean;
  /** Thanks to the brand ("thanks @acme"): vague for a paid post, but no hint of a relationship
   *  from someone who poses as a customer. */
  thanks?: boolean;
  /** All-lower-case hashtags that run the words together: #paidpartnership. */
  tags?: string[];
}

interface DisclosureData {
  sponsorship: SponsorshipEntry[];
  negators: string[];
  articles: string[];
  relationship: string[];
  employment: string[];
  agency: string[];
  onBehalfOf: string;
  onBehalfOfReach: number;
  outsiderWords: string[];
  outsiderReach: number;
  genericOrganizationWords: string[];
  gratitude: string[];
  gratitudeReach: number;
  gratitudeScan: number;
  gratitudeFillers: string[];
  gratitudeObjectLinks: string[];
}

interface ImpersonationData {
  staff: string[];
  staffWhenPersonal: string[];
  selfFrames: string[];
  impersonalFrames: string[];
  roleReach: number;
  employeeNouns: string[];
  jobNouns: string[];
  roleLinks: string[];
  roleBreakers: string[];
  notRoles: string[];
  worksHereWho: string[];
  membership: string[];
  teamNouns: string[];
  teamReach: number;
  teamBreakers: string[];
  workClaims: string[];
  workLinks: string[];
  workHere: string[];
  workObjectReach: number;
  workObjectBreakers: string[];
  orgDeterminers: string[];
  orgReach: number;
  orgNouns: string[];
  seatFrames: string[];
  seatReach: number;
  presenceFrames: string[];
  placeNouns: string[];
  bossDeterminers: string[];
  bosses: string[];
  bossVerbs: string[];
  bossReach: number;
  meetingLinks: string[];
  meetingReach: number;
  meetingNouns: string[];
}

interface VoiceData {
  firstPerson: string[];
  notPersonal: string[];
  romanNumeral: string[];
  introductions: string[];
  introductionsAfter: string[];
  introductionsBefore: string[];
  endorsement: string[];
  negationReversal: string;
  negators: string[];
  scopedSuperlatives: string[];
  superlativeReach: number;
  superlativeScopes: string[];
  notPlaces: string[];
  changeVerbs: string[];
  changeObjects: string[];
  changeReach: number;
  measureWords: string[];
  makeVerbs: string[];
  makeReach: number;
  easeWords: string[];
  lookCalls: string[];
  notices: string[];
  promotionNouns: string[];
  determiners: string[];
  modifierReach: number;
  phraseOpeners: string[];
  predicateLinks: string[];
  predicatePraise: string[];
  brandVerbs: string[];
  verbAdverbs: string[];
  comparisonRivals: string[];
  hookedFrames: string[];
  hookedObjects: string[];
  questionOpeners: string[];
  subjectReach: number;
  subjectLinks: string[];
  subjectStops: string[];
  prepositions: string[];
  qualityAdverbs: string[];
  qualityWords: string[];
  qualityTails: string[];
  brandVerdicts: string[];
  verdictLeads: string[];
  praiseHailers: string[];
  praiseNouns: string[];
}

export interface Vocabulary {
  sponsorship: PhraseMatcher<SponsorshipEntry>;
  /** Whole hashtags, lower case and run together, to their entry: "paidpartnership", "ad". */
  sponsorshipTags: Map<string, SponsorshipEntry>;
  disclosureNegators: Set<string>;
  articles: Set<string>;
  relationship: PhraseMatcher;
  employment: PhraseMatcher;
  agency: PhraseMatcher;
  onBehalfOf: PhraseMatcher;
  onBehalfOfReach: number;
  outsiderWords: Set<string>;
  outsiderReach: number;
  genericOrganizationWords: Set<string>;
  gratitude: Set<string>;
  gratitudeReach: number;
  gratitudeScan: number;
  gratitudeFillers: Set<string>;
  gratitudeObjectLinks: Set<string>;
  staff: PhraseMatcher;
  staffWhenPersonal: PhraseMatcher;
  /** The shapes of a staff claim (staff-claims.ts). */
  selfFrames: PhraseMatcher;
  /** Frames, as written in the data, that are no person without an "I" elsewhere. */
  impersonalFrames: Set<string>;
  roleReach: number;
  employeeNouns: PhraseMatcher;
  jobNouns: PhraseMatcher;
  roleLinks: Set<string>;
  roleBreakers: Set<string>;
  notRoles: Set<string>;
  worksHereWho: PhraseMatcher;
  membership: PhraseMatcher;
  teamNouns: Set<string>;
  teamReach: number;
  teamBreakers: Set<string>;
  workClaims: PhraseMatcher;
  workLinks: Set<string>;
  workHere: Set<string>;
  workObjectReach: number;
  workObjectBreakers: Set<string>;
  orgDeterminers: Set<string>;
  orgReach: number;
  orgNouns: PhraseMatcher;
  seatFrames: PhraseMatcher;
  seatReach: number;
  presenceFrames: PhraseMatcher;
  placeNouns: PhraseMatcher;
  bossDeterminers: Set<string>;
  bosses: PhraseMatcher;
  bossVerbs: Set<string>;
  bossReach: number;
  meetingLinks: Set<string>;
  meetingReach: number;
  meetingNouns: PhraseMatcher;
  firstPerson: Set<string>;
  notPersonal: PhraseMatcher;
  introductions: PhraseMatcher;
  introductionsAfter: Set<string>;
  introductionsBefore: Set<string>;
  endorsement: PhraseMatcher;
  endorsementNegators: Set<string>;
  negationReversal: string;
  scopedSuperlatives: Set<string>;
  superlativeReach: number;
  superlativeScopes: PhraseMatcher;
  notPlaces: Set<string>;
  changeVerbs: Set<string>;
  changeObjects: Set<string>;
  changeReach: number;
  measureWords: Set<string>;
  makeVerbs: Set<string>;
  makeReach: number;
  easeWords: PhraseMatcher;
  /** "take a look", "check out": phrases as written, compared with a match's phrase. */
  lookCalls: Set<string>;
  notices: PhraseMatcher;
  promotionNouns: Set<string>;
  determiners: Set<string>;
  modifierReach: number;
  phraseOpeners: Set<string>;
  predicateLinks: Set<string>;
  predicatePraise: PhraseMatcher;
  brandVerbs: Set<string>;
  verbAdverbs: Set<string>;
  comparisonRivals: PhraseMatcher;
  hookedFrames: PhraseMatcher;
  hookedObjects: Set<string>;
  questionOpeners: Set<string>;
  subjectReach: number;
  subjectLinks: Set<string>;
  subjectStops: Set<string>;
  prepositions: Set<string>;
  qualityAdverbs: Set<string>;
  qualityWords: Set<string>;
  qualityTails: Set<string>;
  /** Verdicts as written, words joined by one space: "100%", "hands down". */
  brandVerdicts: Set<string>;
  verdictLeads: Set<string>;
  praiseHailers: Set<string>;
  praiseNouns: Set<string>;
}

let compiled: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  compiled ??= compile();
  return compiled;
}

function compile(): Vocabulary {
  const disclosures = loadData<DisclosureData>(new URL("./disclosures.yaml", import.meta.url));
  const impersonation = loadData<ImpersonationData>(new URL("./impersonation.yaml", import.meta.url));
  const voice = loadData<VoiceData>(new URL("./voice.yaml", import.meta.url));
  return {
    sponsorship: new PhraseMatcher(disclosures.sponsorship.map((entry) => [withBrand(entry.phrase), entry])),
    sponsorshipTags: sponsorshipTags(disclosures.sponsorship),
    disclosureNegators: words(disclosures.negators),
    articles: words(disclosures.articles),
    relationship: brandPhrases(disclosures.relationship),
    employment: brandPhrases(disclosures.employment),
    agency: brandPhrases(disclosures.agency),
    onBehalfOf: PhraseMatcher.of([disclosures.onBehalfOf]),
    onBehalfOfReach: disclosures.onBehalfOfReach,
    outsiderWords: words(disclosures.outsiderWords),
    outsiderReach: disclosures.outsiderReach,
    genericOrganizationWords: words(disclosures.genericOrganizationWords),
    gratitude: words(disclosures.gratitude),
    gratitudeReach: disclosures.gratitudeReach,
    gratitudeScan: disclosures.gratitudeScan,
    gratitudeFillers: words(disclosures.gratitudeFillers),
    gratitudeObjectLinks: words(disclosures.gratitudeObjectLinks),
    staff: brandPhrases(impersonation.staff),
    staffWhenPersonal: brandPhrases(impersonation.staffWhenPersonal),
    selfFrames: PhraseMatcher.of(impersonation.selfFrames),
    impersonalFrames: new Set(impersonation.impersonalFrames),
    roleReach: impersonation.roleReach,
    employeeNouns: PhraseMatcher.of(impersonation.employeeNouns),
    jobNouns: PhraseMatcher.of(impersonation.jobNouns),
    roleLinks: words(impersonation.roleLinks),
    roleBreakers: words(impersonation.roleBreakers),
    notRoles: words(impersonation.notRoles),
    worksHereWho: PhraseMatcher.of(impersonation.worksHereWho),
    membership: PhraseMatcher.of(impersonation.membership),
    teamNouns: words(impersonation.teamNouns),
    teamReach: impersonation.teamReach,
    teamBreakers: words(impersonation.teamBreakers),
    workClaims: PhraseMatcher.of(impersonation.workClaims),
    workLinks: words(impersonation.workLinks),
    workHere: words(impersonation.workHere),
    workObjectReach: impersonation.workObjectReach,
    workObjectBreakers: words(impersonation.workObjectBreakers),
    orgDeterminers: words(impersonation.orgDeterminers),
    orgReach: impersonation.orgReach,
    orgNouns: PhraseMatcher.of(impersonation.orgNouns),
    seatFrames: PhraseMatcher.of(impersonation.seatFrames),
    seatReach: impersonation.seatReach,
    presenceFrames: PhraseMatcher.of(impersonation.presenceFrames),
    placeNouns: PhraseMatcher.of(impersonation.placeNouns),
    bossDeterminers: words(impersonation.bossDeterminers),
    bosses: PhraseMatcher.of(impersonation.bosses),
    bossVerbs: words(impersonation.bossVerbs),
    bossReach: impersonation.bossReach,
    meetingLinks: words(impersonation.meetingLinks),
    meetingReach: impersonation.meetingReach,
    meetingNouns: PhraseMatcher.of(impersonation.meetingNouns),
    firstPerson: words(voice.firstPerson),
    notPersonal: PhraseMatcher.of([...voice.notPersonal, ...voice.romanNumeral]),
    introductions: PhraseMatcher.of(voice.introductions),
    introductionsAfter: words(voice.introductionsAfter),
    introductionsBefore: words(voice.introductionsBefore),
    endorsement: brandPhrases(voice.endorsement),
    endorsementNegators: words(voice.negators),
    negationReversal: voice.negationReversal,
    scopedSuperlatives: words(voice.scopedSuperlatives),
    superlativeReach: voice.superlativeReach,
    superlativeScopes: PhraseMatcher.of(voice.superlativeScopes),
    notPlaces: words(voice.notPlaces),
    changeVerbs: words(voice.changeVerbs),
    changeObjects: words(voice.changeObjects),
    changeReach: voice.changeReach,
    measureWords: words(voice.measureWords),
    makeVerbs: words(voice.makeVerbs),
    makeReach: voice.makeReach,
    easeWords: PhraseMatcher.of(voice.easeWords),
    lookCalls: new Set(voice.lookCalls),
    notices: PhraseMatcher.of(voice.notices),
    promotionNouns: new Set(voice.promotionNouns),
    determiners: words(voice.determiners),
    modifierReach: voice.modifierReach,
    phraseOpeners: words(voice.phraseOpeners),
    predicateLinks: words(voice.predicateLinks),
    predicatePraise: PhraseMatcher.of(voice.predicatePraise),
    brandVerbs: words(voice.brandVerbs),
    verbAdverbs: words(voice.verbAdverbs),
    comparisonRivals: PhraseMatcher.of(voice.comparisonRivals),
    hookedFrames: PhraseMatcher.of(voice.hookedFrames),
    hookedObjects: words(voice.hookedObjects),
    questionOpeners: words(voice.questionOpeners),
    subjectReach: voice.subjectReach,
    subjectLinks: words(voice.subjectLinks),
    subjectStops: words(voice.subjectStops),
    prepositions: words(voice.prepositions),
    qualityAdverbs: words(voice.qualityAdverbs),
    qualityWords: words(voice.qualityWords),
    qualityTails: words(voice.qualityTails),
    brandVerdicts: words(voice.brandVerdicts),
    verdictLeads: words(voice.verdictLeads),
    praiseHailers: words(voice.praiseHailers),
    praiseNouns: words(voice.praiseNouns),
  };
}

/** Compiles phrases that may contain {brand}. */
export function brandPhrases(phrases: Iterable<string>): PhraseMatcher {
  const matcher = new PhraseMatcher<true>();
  for (const phrase of phrases) matcher.add(withBrand(phrase), true);
  return matcher;
}

function sponsorshipTags(entries: SponsorshipEntry[]): Map<string, SponsorshipEntry> {
  const tags = new Map<string, SponsorshipEntry>();
  for (const entry of entries) {
    if (!entry.phrase.includes("{brand}")) tags.set(phraseWords(entry.phrase).join(""), entry);
    for (const tag of entry.tags ?? []) tags.set(tag.toLowerCase(), entry);
  }
  return tags;
}

function words(list: string[]): Set<string> {
  return new Set(list.map((word) => word.toLowerCase().replace(/[’‘]/g, "'")));
}
