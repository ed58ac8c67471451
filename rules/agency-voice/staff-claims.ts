// Claims of being on the brand's inside that a phrase list cannot hold, because they are shapes:
// a first-person frame and a role ("I've been a proud Acme employee", "I'm part of the Acme
// customer care team"), work at the brand ("I've worked at the club for eight years"), a seat
// among its staff ("I sit two desks from our loan officers"), its bosses and its meetings ("the
// chairman asked me", "I've said so in our meetings"). Each shape stays inside one clause and
// looks a bounded number of words ahead, so the cost stays linear.
import type { Analysis, Term } from "../../src/text/analysis.js";
import type { PhraseMatch, PhraseMatcher } from "../../src/text/phrases.js";
import { isBrandTerm, mentionsBrand } from "./brand-terms.js";
import type { Vocabulary } from "./vocabulary.js";

export interface StaffClaim {
  start: number;
  end: number;
}

export interface ClaimContext {
  /** The writer's "our", "here" and "the company" are the brand's: on the brand's own account (or
   *  an account nobody described), or from one of its employees. */
  ourIsTheBrand: boolean;
  /** The writer speaks as "I", "me" or "my" somewhere in the post. */
  personal: boolean;
}

interface Found extends StaffClaim {
  namesBrand: boolean;
}

/**
 * Every claim of working for the brand, from the `staff` phrases and the shapes. A claim that
 * does not name the brand counts when "our" is the brand's, or when the post names the brand
 * elsewhere: on an agency writer's own account "I work here" is about their own employer.
 * `analysis.terms` are brand terms (see brand-terms.ts).
 */
export function findStaffClaims(analysis: Analysis, vocab: Vocabulary, context: ClaimContext): StaffClaim[] {
  const reader = new ClaimReader(analysis, vocab, context);
  const found: Found[] = vocab.staff.matchAll(analysis).map((match) => ({ start: match.start, end: match.end, namesBrand: spanNamesBrand(analysis.terms, match.firstTerm, match.firstTerm + match.termCount) }));
  found.push(...reader.roles());
  // Work, seats, bosses and meetings are all said in the writer's own first person ("I work",
  // "my desk", "asked me"): a post without such a word (most brand posts) skips them.
  if (context.personal) {
    found.push(...reader.work());
    if (context.ourIsTheBrand) found.push(...reader.premises(), ...reader.bosses(), ...reader.meetings());
  }
  if (found.length === 0) return [];
  const counts = context.ourIsTheBrand || mentionsBrand(analysis.terms);
  const claims = found.filter((claim) => claim.namesBrand || counts).sort((a, b) => a.start - b.start);
  // One report per place in the text: a phrase and a shape often find the same claim.
  return claims.filter((claim, index) => index === 0 || claim.start >= claims[index - 1].end);
}

function spanNamesBrand(terms: Term[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (isBrandTerm(terms[at])) return true;
  return false;
}

// Punctuation that ends a clause; "@" is a handle other than the brand's between two words.
const CLAUSE_BREAK_RE = /[,;:.!?()[\]\n—–@]/;

class ClaimReader {
  private readonly terms: Term[];
  private orgNouns?: Map<number, PhraseMatch<true>>;

  constructor(
    private readonly analysis: Analysis,
    private readonly vocab: Vocabulary,
    private readonly context: ClaimContext,
  ) {
    this.terms = analysis.terms;
  }

  // "I've been a proud Acme employee", "I've been a Fernhill mechanic", "speaking as someone who
  // works here", "I'm part of the Acme customer care team".
  roles(): Found[] {
    const { vocab, terms } = this;
    const found: Found[] = [];
    const frames = this.words(vocab.selfFrames);
    if (frames.length === 0) return found;
    const employees = startsAt(vocab.employeeNouns.matchAll(this.analysis));
    const jobs = startsAt(vocab.jobNouns.matchAll(this.analysis));
    const worksHere = startsAt(vocab.worksHereWho.matchAll(this.analysis));
    const membership = startsAt(vocab.membership.matchAll(this.analysis));
    for (const frame of frames) {
      const after = frame.firstTerm + frame.termCount;
      for (let at = after; at < after + vocab.roleReach && this.continues(at - 1, at); at++) {
        // "I'm the Acme account manager" is the agency's job; "I'm reading the Acme guide" a verb.
        if (vocab.firstPerson.has(terms[at].norm) || vocab.roleBreakers.has(terms[at].norm) || this.isVerb(at)) break;
        const named = spanNamesBrand(terms, after, at);
        const end = this.role(employees.get(at), true) ?? this.role(jobs.get(at), named) ?? this.worksHere(worksHere.get(at)) ?? this.team(membership.get(at));
        if (end === undefined) continue;
        const namesBrand = spanNamesBrand(terms, frame.firstTerm, end + 1);
        // "As a team member you'll get 30% off" is the brand's job advert, not a person.
        if (!namesBrand && vocab.impersonalFrames.has(frame.phrase) && !this.context.personal) break;
        found.push({ start: frame.start, end: terms[end].end, namesBrand });
        break;
      }
    }
    return found;
  }

  // A role noun: the index of the claim's last term, or undefined. "employee of Acme" and
  // "mechanic here" take the brand along; "employee of a charity" is someone else's; a job title
  // without the brand before it or after it is a trade, not a claim.
  private role(match: PhraseMatch<true> | undefined, counts: boolean): number | undefined {
    if (!match) return undefined;
    const { terms, vocab } = this;
    const last = match.firstTerm + match.termCount - 1;
    if (this.analysis.text[terms[last].end] === "-") return undefined; // "employee-owned"
    const next = terms[last + 1];
    const joined = next !== undefined && this.continues(last, last + 1);
    if (joined && vocab.notRoles.has(next.norm)) return undefined;
    const owner = this.brandOrHere(last + 1, true);
    if (owner !== undefined) return owner;
    if (joined && vocab.roleLinks.has(next.norm)) return undefined;
    return counts ? last : undefined;
  }

  // A word in -ing is a verb, unless it ends a compound adjective ("long-serving").
  private isVerb(at: number): boolean {
    const term = this.terms[at];
    return term.norm.length > 4 && term.norm.endsWith("ing") && this.analysis.text[term.start - 1] !== "-";
  }

  private worksHere(match: PhraseMatch<true> | undefined): number | undefined {
    if (!match) return undefined;
    return this.workplace(match.firstTerm + match.termCount);
  }

  // After a work verb: the brand or "here" at once, or after the work itself ("works the counter
  // at Acme", "I work weekends here"). A preposition that points elsewhere ("with", "near", "out")
  // or a link to someone else ("at a skatepark") ends the look.
  private workplace(after: number): number | undefined {
    const { terms, vocab } = this;
    const direct = this.brandOrHere(after);
    if (direct !== undefined) return direct;
    for (let at = after; at <= after + vocab.workObjectReach && this.continues(at - 1, at); at++) {
      const norm = terms[at].norm;
      if (at > after && vocab.workHere.has(norm)) return at;
      if (vocab.workLinks.has(norm)) return this.continues(at, at + 1) && isBrandTerm(terms[at + 1]) ? at + 1 : undefined;
      if (vocab.workObjectBreakers.has(norm) || vocab.roleBreakers.has(norm) || vocab.firstPerson.has(norm) || isBrandTerm(terms[at]) || this.isVerb(at)) return undefined;
    }
    return undefined;
  }

  // "here", "there", the brand, or "at/for" and the brand, at `at`: the index of the last term.
  private brandOrHere(at: number, afterRole = false): number | undefined {
    const { terms, vocab } = this;
    if (!this.continues(at - 1, at)) return undefined;
    if (isBrandTerm(terms[at]) || vocab.workHere.has(terms[at].norm)) return at;
    // "with Acme" only after a role: "I work with Acme" is how an agency says it.
    const link = vocab.workLinks.has(terms[at].norm) || (afterRole && vocab.roleLinks.has(terms[at].norm));
    if (link && this.continues(at, at + 1) && isBrandTerm(terms[at + 1])) return at + 1;
    return undefined;
  }

  // "part of the Acme customer care team", "on our support crew", "one of the team here".
  private team(match: PhraseMatch<true> | undefined): number | undefined {
    if (!match) return undefined;
    const { terms, vocab } = this;
    const after = match.firstTerm + match.termCount;
    let owned = false;
    for (let at = after; at <= after + vocab.teamReach && this.continues(at - 1, at); at++) {
      const norm = terms[at].norm;
      if (vocab.teamBreakers.has(norm) || vocab.roleBreakers.has(norm)) return undefined;
      if (vocab.teamNouns.has(norm)) {
        if (owned) return at;
        return this.brandOrHere(at + 1) ?? undefined;
      }
      owned ||= isBrandTerm(terms[at]) || norm === "our";
    }
    return undefined;
  }

  // "I work there", "I've worked at Acme", and on the brand's account "I've worked at the club".
  work(): Found[] {
    const { vocab, terms } = this;
    const found: Found[] = [];
    for (const claim of this.words(vocab.workClaims)) {
      const after = claim.firstTerm + claim.termCount;
      // "I've been with the club": the link is part of the claim ("I work with Acme" is an agency's).
      const linked = vocab.workLinks.has(terms[after - 1].norm) || terms[after - 1].norm === "with";
      let end = linked ? (this.continues(after - 1, after) && isBrandTerm(terms[after]) ? after : undefined) : this.workplace(after);
      if (end === undefined && this.context.ourIsTheBrand) {
        if (linked) end = this.organization(after);
        else if (vocab.workLinks.has(terms[after]?.norm ?? "") && this.continues(after - 1, after)) end = this.organization(after + 1);
      }
      if (end !== undefined) found.push({ start: claim.start, end: terms[end].end, namesBrand: spanNamesBrand(terms, after, end + 1) });
    }
    return found;
  }

  // "the club", "our Yankton branch", "this company": the index of the noun's last term.
  private organization(at: number): number | undefined {
    const { terms, vocab } = this;
    if (!this.continues(at - 1, at) || !vocab.orgDeterminers.has(terms[at].norm)) return undefined;
    const nouns = (this.orgNouns ??= startsAt(vocab.orgNouns.matchAll(this.analysis)));
    for (let next = at + 1; next <= at + 1 + vocab.orgReach && this.continues(next - 1, next); next++) {
      const match = nouns.get(next);
      if (match) return match.firstTerm + match.termCount - 1;
    }
    return undefined;
  }

  // "I sit two desks from our loan officers", "I'm in our Galway office today".
  premises(): Found[] {
    const { vocab, terms } = this;
    const found: Found[] = [];
    for (const frame of this.words(vocab.seatFrames)) {
      const after = frame.firstTerm + frame.termCount;
      for (let at = after; at < after + vocab.seatReach && this.continues(at - 1, at); at++) {
        const owner = isBrandTerm(terms[at]) || terms[at].norm === "our";
        if (!owner) continue;
        const last = this.continues(at, at + 1) && !isBrandTerm(terms[at]) ? at + 1 : at;
        found.push({ start: frame.start, end: terms[last].end, namesBrand: isBrandTerm(terms[at]) });
        break;
      }
    }
    let places: Map<number, PhraseMatch<true>> | undefined;
    for (const frame of this.words(vocab.presenceFrames)) {
      const at = frame.firstTerm + frame.termCount;
      if (!this.continues(at - 1, at) || !(isBrandTerm(terms[at]) || terms[at].norm === "our")) continue;
      places ??= startsAt(vocab.placeNouns.matchAll(this.analysis));
      for (let next = at + 1; next <= at + 3 && this.continues(next - 1, next); next++) {
        const place = places.get(next);
        if (!place) continue;
        found.push({ start: frame.start, end: place.end, namesBrand: isBrandTerm(terms[at]) });
        break;
      }
    }
    return found;
  }

  // "The chairman asked me", "our founder has personally asked me", "my boss told me".
  bosses(): Found[] {
    const { vocab, terms } = this;
    const found: Found[] = [];
    for (const boss of this.words(vocab.bosses)) {
      const before = terms[boss.firstTerm - 1];
      if (!before || !vocab.bossDeterminers.has(before.norm) || !this.continues(boss.firstTerm - 1, boss.firstTerm)) continue;
      const after = boss.firstTerm + boss.termCount;
      for (let at = after; at <= after + vocab.bossReach && this.continues(at - 1, at); at++) {
        if (!vocab.bossVerbs.has(terms[at].norm)) continue;
        if (terms[at + 1]?.norm === "me" && this.continues(at, at + 1)) found.push({ start: before.start, end: terms[at + 1].end, namesBrand: false });
        break;
      }
    }
    return found;
  }

  // "I've said so in our meetings", "at our team huddle": the writer in the brand's meetings.
  meetings(): Found[] {
    const { vocab, terms } = this;
    if (!this.context.personal) return [];
    const found: Found[] = [];
    let meetings: Map<number, PhraseMatch<true>> | undefined;
    for (let at = 0; at + 1 < terms.length; at++) {
      if (!vocab.meetingLinks.has(terms[at].norm) || terms[at + 1].norm !== "our" || !this.continues(at, at + 1)) continue;
      meetings ??= startsAt(vocab.meetingNouns.matchAll(this.analysis));
      for (let next = at + 2; next <= at + 2 + vocab.meetingReach && this.continues(next - 1, next); next++) {
        const meeting = meetings.get(next);
        if (!meeting) continue;
        found.push({ start: terms[at].start, end: meeting.end, namesBrand: false });
        break;
      }
    }
    return found;
  }

  /** Matches outside hashtags. */
  private words(matcher: PhraseMatcher): PhraseMatch<true>[] {
    return matcher.matchAll(this.analysis).filter((match) => this.terms[match.firstTerm].hashtag === undefined);
  }

  /** Term `to` exists and follows term `from` in the same clause, outside hashtags. */
  private continues(from: number, to: number): boolean {
    const next = this.terms[to];
    if (!next || next.hashtag !== undefined) return false;
    return from < 0 || !this.breaksBetween(from, to);
  }

  private breaksBetween(from: number, to: number): boolean {
    return CLAUSE_BREAK_RE.test(this.analysis.text.slice(this.terms[from].end, this.terms[to].start));
  }
}

function startsAt(matches: PhraseMatch<true>[]): Map<number, PhraseMatch<true>> {
  return new Map(matches.map((match) => [match.firstTerm, match]));
}
