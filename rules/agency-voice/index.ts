// agency-voice: a post must not hide who is speaking or that they were paid. Agency and freelance
// writers may not pose as brand staff, must sign personal replies on the brand's account and may
// not praise a client from their own accounts; paid posts need a clear disclosure up front.
import { platformInfo, truncationPoint } from "../../src/platforms.js";
import { type Analysis, analyze } from "../../src/text/analysis.js";
import type { Token } from "../../src/text/tokenize.js";
import type { AccountOwner, Author, Post, Rule, RuleContext } from "../../src/types.js";
import { type BrandProfile, brandProfile, brandTerms, isBrandTerm, mentionsBrand } from "./brand-terms.js";
import { agencyDisclosed, describesOutsider, findSignature } from "./signature.js";
import { burial, findSponsorshipDisclosures, type FoundDisclosure, hashtagRuns, type Jurisdiction } from "./sponsorship.js";
import { vocabulary, type Vocabulary } from "./vocabulary.js";
import { findStaffClaims } from "./staff-claims.js";
import { findEndorsement, firstBrandMention, firstPersonWord } from "./voice.js";

const DISCLOSURE_LABEL = "#ad";
const SHORTHAND_TAGS = new Set(["sp", "spon"]);

const rule: Rule = {
  meta: {
    id: "agency-voice",
    description: "Undisclosed agency, freelancer or paid-influencer voice",
    defaultSeverity: "error",
    docs: "rules/agency-voice/README.md",
    messages: {
      impersonation:
        "“{{claim}}” presents the writer as an employee of {{brand}}, but this post is written by {{who}}. Posing as an employee misleads readers and breaks the FTC and ASA rules on hidden endorsements; a screenshot of it becomes the story. Remove the claim, or say who is writing: “{{example}}”.",
      "unsigned-reply":
        "This post speaks as a person (“{{word}}”) on {{brandPossessive}} own account, but {{who}} wrote it and it carries no signature or disclosure, so readers will take it for an employee of {{brand}}. Sign it ({{signature}}) or say who is replying: “{{example}}”.",
      "signature-mismatch":
        "The signature “{{found}}” does not match the author's initials ({{expected}}): it attributes this reply to someone else on the team. Sign with “^{{expected}}”.",
      astroturfing:
        "“{{cue}}” praises {{brand}} from an account the brand does not own, but the author is {{who}}, paid to work for {{brand}}. Posing as an ordinary customer is astroturfing: regulators fine it and audiences remember it. Say so up front (“#ad: my agency works with {{brand}}”) or do not post it.",
      "undisclosed-sponsorship":
        "This {{kind}} post about {{brand}} has no clear disclosure. Followers must see at a glance that it is paid or gifted (FTC Endorsement Guides, ASA/CMA guidance); a hidden ad risks fines and the audience's trust. Start the post with “#ad” or “Ad:”.",
      "ambiguous-disclosure":
        "“{{term}}” does not tell followers plainly that this post is paid or gifted: {{jurisdiction}} guidance treats it as unclear. Add “#ad” or “Ad:” at the start of the post.",
      "buried-disclosure":
        "The disclosure “{{term}}” is {{where}}, where followers can miss it. A disclosure must be seen before anyone clicks “more”, not lost among hashtags: move “{{label}}” to the start of the post.",
      "undisclosed-employee":
        "“{{cue}}” endorses {{brand}} from a personal account, but the author works for {{brand}} and the post does not say so. Readers take it as an independent opinion; say you work there (“I work at {{brand}}”, “#{{brandTag}}Employee”).",
    },
    options: {
      influencerMentionsAreSponsored: {
        type: "boolean",
        description: "Treat an influencer's post that names the brand as sponsored unless the post says `sponsored: false` (default true).",
      },
      hashtagRun: {
        type: "number",
        description: "A disclosure inside a run of this many hashtags, after the first, is buried (default 3).",
      },
    },
  },

  check(post, context) {
    const author = authorOf(post.author);
    const kind = author?.kind;
    // Nothing says who is speaking or that the post is paid: nothing to judge.
    if (!kind && post.sponsored !== true) return;
    const profile = brandProfile(post.brand);
    const vocab = vocabulary();
    // The analysis with every mention of the brand folded into one term, for {brand} phrases
    // (the post's own analysis when it never names the brand, so cached views of it are shared).
    const terms = brandTerms(post.analysis, profile);
    const view = terms === post.analysis.terms ? post.analysis : { ...post.analysis, terms };
    const owner = accountOwner(post, profile);
    const lint: Lint = { post, author, context, vocab, view, profile };

    if (kind === "agency" || kind === "freelancer") {
      if (reportImpersonation(lint, owner === "brand" || owner === undefined)) return;
      if (post.sponsored === true && owner !== "brand") checkSponsorship(lint, "sponsored");
      else if (owner === "brand" || (owner === undefined && !post.account?.handle)) checkPersonalReply(lint);
      else if (owner === "personal" || owner === "third-party") checkAstroturfing(lint);
    } else if (kind === "in-house" || kind === "employee") {
      if (post.sponsored === true && owner !== "brand") checkSponsorship(lint, "sponsored");
      else if (owner === "personal" || owner === "third-party") checkEmployeeEndorsement(lint);
    } else if (owner !== "brand") {
      const influencerMention = kind === "influencer" && post.sponsored === undefined && context.options.influencerMentionsAreSponsored !== false && mentionsBrand(view.terms);
      if (post.sponsored === true) checkSponsorship(lint, "sponsored");
      else if (influencerMention) checkSponsorship(lint, "influencer");
    }
  },
};
export default rule;

interface Lint {
  post: Post;
  /** post.author with only well-typed fields. */
  author: Author | undefined;
  /** The first "I", "me" or "my", once looked for (null: none). */
  personal?: Token | null;
  context: RuleContext;
  vocab: Vocabulary;
  view: Analysis;
  profile: BrandProfile;
}

function personalWord(lint: Lint): Token | undefined {
  if (lint.personal === undefined) lint.personal = firstPersonWord(lint.post.analysis, lint.vocab) ?? null;
  return lint.personal ?? undefined;
}

// Posts from a batch file carry unvalidated fields: keep the author's strings only.
function authorOf(author: unknown): Author | undefined {
  if (typeof author !== "object" || author === null) return undefined;
  const fields = author as Record<string, unknown>;
  const kind = textField(fields.kind) as Author["kind"];
  return { kind, name: textField(fields.name), organization: textField(fields.organization), initials: textField(fields.initials) };
}

function textField(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

// The account's owner as configured, or known from the brand's handles.
function accountOwner(post: Post, profile: BrandProfile): AccountOwner | undefined {
  const owner = post.account?.owner;
  if (owner === "brand" || owner === "personal" || owner === "third-party") return owner;
  const handle = typeof post.account?.handle === "string" ? post.account.handle.toLowerCase() : undefined;
  if (!handle || profile.handles.size === 0) return undefined;
  return profile.handles.has(handle.startsWith("@") ? handle : `@${handle}`) ? "brand" : "personal";
}

function reportImpersonation(lint: Lint, brandAccount: boolean): boolean {
  const { post, author, context, vocab, view, profile } = lint;
  const personal = personalWord(lint) !== undefined;
  let claims: Array<{ start: number; end: number }> = findStaffClaims(view, vocab, { ourIsTheBrand: brandAccount, personal });
  // "our CEO", "our staff": on the writer's own account "our" is their own employer's.
  if (claims.length === 0 && personal) claims = vocab.staffWhenPersonal.matchAll(view).filter((match) => brandAccount || spanHasBrand(view, match));
  if (claims.length === 0 || agencyDisclosed(view, author, profile, vocab) || (brandAccount && describesOutsider(view, author, vocab))) return false;
  for (const claim of claims) {
    context.report({
      messageId: "impersonation",
      data: { claim: post.text.slice(claim.start, claim.end), brand: profile.display, who: describe(author), example: openReply(author, profile) },
      start: claim.start,
      end: claim.end,
    });
  }
  return true;
}

function spanHasBrand(view: Analysis, match: { firstTerm: number; termCount: number }): boolean {
  return view.terms.slice(match.firstTerm, match.firstTerm + match.termCount).some(isBrandTerm);
}

// A signature claims authorship, so a wrong one is reported whatever the voice; a personal voice
// needs a right one (or the agency named).
function checkPersonalReply(lint: Lint): void {
  const { author, context, vocab, view, profile } = lint;
  const word = personalWord(lint);
  const phrases = context.settings.disclosure?.phrases;
  const signature = findSignature(view, author, Array.isArray(phrases) ? phrases : undefined, vocab, word !== undefined);
  if (signature.signed) return;
  if (signature.mismatch) {
    const { start, end, found, expected } = signature.mismatch;
    context.report({ messageId: "signature-mismatch", data: { found, expected }, start, end, severity: "warn", suggestion: `^${expected}` });
    return;
  }
  if (!word || agencyDisclosed(view, author, profile, vocab) || describesOutsider(view, author, vocab)) return;
  const initials = author?.initials;
  context.report({
    messageId: "unsigned-reply",
    data: {
      word: word.text,
      brand: profile.display,
      brandPossessive: possessive(profile.display),
      who: describe(author),
      signature: initials ? `“^${initials.replace(/[^\p{L}]/gu, "").toUpperCase()}”` : "“^” and your initials",
      example: openReply(author, profile),
    },
    start: word.start,
    end: word.end,
    severity: "warn",
  });
}

function checkAstroturfing(lint: Lint): void {
  const { author, context, vocab, view, profile } = lint;
  if (!profile.known) return;
  const endorsement = findEndorsement(view, vocab, replyAboutBrand(lint));
  if (!endorsement) return;
  if (vocab.relationship.test(view) || agencyDisclosed(view, author, profile, vocab)) return;
  const found = sponsorshipDisclosures(lint);
  if (found.some((d) => d.clarity === "clear")) return;
  // A vague tag (#client, #partner, #collab) admits a tie without saying it plainly: the same
  // warning as on a paid post. Thanks to the brand is what a real customer says too: no hint.
  const hint = found.find((d) => !d.entry.thanks);
  if (hint) {
    reportAmbiguous(lint, hint);
    return;
  }
  context.report({
    messageId: "astroturfing",
    data: { cue: endorsement.text, brand: profile.display, who: describe(author) },
    start: endorsement.start,
    end: endorsement.end,
  });
}

function checkEmployeeEndorsement(lint: Lint): void {
  const { context, vocab, view, profile } = lint;
  if (!profile.known) return;
  const endorsement = findEndorsement(view, vocab, replyAboutBrand(lint));
  if (!endorsement) return;
  if (vocab.employment.test(view) || vocab.staffWhenPersonal.test(view)) return;
  // An employee's "our", "here" and "the company" are the brand's: any claim says they work there.
  if (findStaffClaims(view, vocab, { ourIsTheBrand: true, personal: personalWord(lint) !== undefined }).length > 0) return;
  if (sponsorshipDisclosures(lint).some((found) => found.clarity === "clear")) return;
  context.report({
    messageId: "undisclosed-employee",
    data: { cue: endorsement.text, brand: profile.display, brandTag: profile.display.replace(/[^\p{L}\p{N}]/gu, "") },
    start: endorsement.start,
    end: endorsement.end,
    severity: "warn",
  });
}

// A reply to a question that names the brand is about the brand, even when it does not name it:
// "is Emberwake worth £20?" → "best £20 I've spent all year".
function replyAboutBrand({ post, profile, vocab }: Lint): boolean {
  const parent = post.inReplyTo;
  if (typeof parent !== "string" || parent.trim() === "") return false;
  const analysis = analyze(parent);
  const asks = parent.includes("?") || vocab.questionOpeners.has(analysis.words[0]?.norm ?? "");
  return asks && mentionsBrand(brandTerms(analysis, profile));
}

function checkSponsorship(lint: Lint, kind: "sponsored" | "influencer"): void {
  const { post, context, view, profile } = lint;
  const found = sponsorshipDisclosures(lint);
  const clear = found.filter((d) => d.clarity === "clear");
  if (clear.length > 0) {
    const cut = truncationPoint(post.text, post.platform);
    const platformName = cut !== undefined && post.platform ? platformInfo(post.platform).name : "the platform"; // known: it has a cut
    const minRun = numberOption(context.options.hashtagRun, 3);
    const runs = hashtagRuns(post.analysis);
    const burials = clear.map((d) => burial(d, runs, cut, platformName, minRun));
    if (burials.some((b) => b === undefined)) return;
    reportBuried(lint, clear[0], burials[0]?.where ?? "");
    return;
  }
  if (found[0]) {
    reportAmbiguous(lint, found[0]);
    return;
  }
  const mention = firstBrandMention(view.terms);
  const firstSentence = post.analysis.sentences[0] ?? { start: 0, end: post.text.length };
  const report = {
    messageId: "undisclosed-sponsorship",
    data: { kind: kind === "sponsored" ? "sponsored" : "influencer", brand: profile.display },
  };
  if (post.sponsored === true) {
    // Known to be paid: prefixing the label is safe.
    context.report({ ...report, start: 0, end: firstSentence.end, suggestion: `${DISCLOSURE_LABEL} ${post.text.slice(0, firstSentence.end)}` });
  } else {
    context.report({ ...report, start: mention?.start ?? firstSentence.start, end: mention?.end ?? firstSentence.end });
  }
}

function reportAmbiguous(lint: Lint, ambiguous: FoundDisclosure): void {
  const { post, context } = lint;
  const report = {
    messageId: "ambiguous-disclosure",
    data: { term: ambiguous.text, jurisdiction: jurisdictionName(lint) },
    start: ambiguous.start,
    end: ambiguous.end,
    severity: "warn" as const,
  };
  // The shorthand tags #sp and #spon can simply become #ad; other tags carry meaning of their own.
  const shorthand = ambiguous.hashtag !== undefined && SHORTHAND_TAGS.has(post.analysis.hashtags[ambiguous.hashtag].tag);
  context.report(shorthand ? { ...report, suggestion: DISCLOSURE_LABEL } : report);
}

// The fix replaces everything up to the disclosure: "#ad " first, the buried tag taken out.
function reportBuried({ post, context }: Lint, found: FoundDisclosure, where: string): void {
  const before = post.text.slice(0, found.start).trimEnd();
  const isTag = found.hashtag !== undefined;
  context.report({
    messageId: "buried-disclosure",
    data: { term: found.text, where, label: isTag ? found.text : DISCLOSURE_LABEL },
    start: 0,
    end: found.end,
    severity: "warn",
    suggestion: isTag ? `${found.text} ${before}` : `${DISCLOSURE_LABEL} ${post.text.slice(0, found.end)}`,
    // Moving a clear disclosure to the front changes nothing else: safe for --fix.
    fix: true,
  });
}

function sponsorshipDisclosures({ context, vocab, view, profile }: Lint): FoundDisclosure[] {
  return findSponsorshipDisclosures(view, profile, jurisdiction(context), vocab);
}

function jurisdiction(context: RuleContext): Jurisdiction {
  return context.settings.disclosure?.jurisdiction === "uk" ? "uk" : "us";
}

function jurisdictionName(lint: Lint): string {
  return jurisdiction(lint.context) === "uk" ? "UK (ASA/CMA)" : "US (FTC)";
}

function numberOption(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 2 ? value : fallback;
}

function possessive(name: string): string {
  return name === "the brand" ? "the brand's" : name.endsWith("s") ? `${name}'` : `${name}'s`;
}

const KIND_NAMES: Record<string, string> = {
  agency: "an agency writer",
  freelancer: "a freelance writer",
  influencer: "an influencer",
  employee: "an employee",
  "in-house": "the in-house team",
};

function describe(author: Author | undefined): string {
  const role = KIND_NAMES[author?.kind ?? ""] ?? "someone outside the brand";
  if (author?.name && author.organization) return `${author.name} of ${author.organization} (${role})`;
  if (author?.name || author?.organization) return `${author.name ?? author.organization} (${role})`;
  return role;
}

// "I'm Dana from Brightside Media, replying on behalf of Acme".
function openReply(author: Author | undefined, profile: BrandProfile): string {
  const name = author?.name?.split(" ")[0] ?? "[your name]";
  const organization = author?.organization ?? "[your agency]";
  return `I'm ${name} from ${organization}, replying on behalf of ${profile.display}`;
}
