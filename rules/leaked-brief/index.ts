// leaked-brief: text meant for the writer that would reach the audience — placeholders left
// unfilled ("[link]", "{{first_name}}", "XX%", "TBD") and pasted briefs ("write the below",
// "Caption:", "feel free to tweak"). A reader who sees them knows the post was scripted, and
// a screenshot of an influencer's pasted brief is a story in itself. Notes to a colleague
// ("Client asked for …", "publish tmrw 8am pls") and alternative versions of the copy are the same
// leftover; a "TBD" said to readers on purpose ("stay tuned!") is a warning.
import { stringList, type Brand, type OptionSchema, type Rule } from "../../src/types.js";
import { findBriefText } from "./instructions.js";
import { findNotes } from "./notes.js";
import { firstFrom } from "../../src/text/offsets.js";
import { findPlaceholders, type Span } from "./placeholders.js";
import { findEvidence } from "./signals.js";
import { briefVocabulary, notesVocabulary, signalsVocabulary } from "./vocabulary.js";

const options: Record<string, OptionSchema> = {
  allow: stringList("Text that is copy, not a leftover: a product or place whose name looks like a placeholder (\"TBD Brewing\", \"[Name] Coffee\")"),
  phrases: stringList("More instruction phrases your team's briefs use (\"for Sam to check\")"),
};

const rule: Rule = {
  meta: {
    id: "leaked-brief",
    description: "Placeholders and pasted brief text left in a post (\"[link]\", \"{{first_name}}\", \"TBD\", \"Caption:\", \"write the below\")",
    defaultSeverity: "error",
    docs: "rules/leaked-brief/README.md",
    options,
    messages: {
      placeholder:
        "“{{text}}” is a placeholder left in the post; readers would see it as it is. Fill it in (the link, the name, the figure) or remove it before publishing.",
      instruction:
        "“{{text}}” is an instruction to the writer, not copy for the audience: the brief was pasted into the post. Publish only the copy itself.",
      label:
        "“{{text}}” is the label a brief puts before the copy. Remove it, and anything before it that was meant for the writer.",
      note:
        "“{{text}}” is a note to a colleague (about the copy, the client or the schedule), not copy for the audience. Remove it before publishing.",
      pasted:
        "“{{text}}” is part of the e-mail or message the copy was pasted from (its headers, a forwarding line, a signature), not copy for the audience. Publish only the copy itself.",
      options:
        "“{{text}}” starts one of several versions of the copy pasted together. Choose one and publish only that version.",
      announced:
        "“{{text}}” tells readers a detail is still to be decided. Check it is really not known yet; if it is, fill it in before publishing.",
    },
  },
  check(post, context) {
    const { allow = [], phrases = [] } = context.options as { allow?: string[]; phrases?: string[] };
    const vocabulary = briefVocabulary(phrases);
    const { text } = post;
    // What is copy whatever it looks like (allowed text, the brand's names): worked out only when
    // there is something to report, which is seldom.
    let allowed: ((span: Span) => boolean) | undefined;
    const isAllowed = (span: Span) => (allowed ??= allowance(text, allow, post.brand))(span);
    const brief = findBriefText(post.analysis, vocabulary);
    const found = findPlaceholders(post.analysis, vocabulary, brief.filler);
    const notes = findNotes(post.analysis, notesVocabulary());
    let brand: Set<string> | undefined;
    const evidence = findEvidence(post.analysis, signalsVocabulary(), () => (brand ??= brandWords(post.brand)));
    // One leftover, one report: "[insert link]" is a placeholder, not also an instruction, and a
    // note that holds an instruction is reported as the instruction. What is reported never
    // overlaps, so each kind's reports are in order and apart, and a look-up is a bisection.
    const reported: Span[][] = [];
    const report = (messageId: string, spans: Span[], severity?: "warn") => {
      if (spans.length === 0) return;
      const kept: Span[] = [];
      for (const span of [...spans].sort((a, b) => a.start - b.start)) {
        if (isAllowed(span) || overlapsSorted(kept, span) || reported.some((list) => overlapsSorted(list, span))) continue;
        kept.push(span);
        context.report({ messageId, data: { text: text.slice(span.start, span.end) }, start: span.start, end: span.end, ...(severity && { severity }) });
      }
      reported.push(kept);
    };
    report("placeholder", found.placeholders);
    report("announced", found.announced, "warn");
    report("options", notes.options);
    report("instruction", brief.instructions);
    report("label", brief.labels);
    report("pasted", evidence.pasted);
    report("note", [...notes.notes, ...evidence.notes]);
  },
};
export default rule;

/** A test for "copy whatever it looks like": inside an allowed text or the brand's name, or a tag of the brand's. */
function allowance(text: string, allow: readonly string[], brand: Brand | undefined): (span: Span) => boolean {
  const covered = coverage([...allowedSpans(text, allow), ...brandSpans(text, brand)]);
  const tags = brandTagForms(brand);
  return (span) => covered(span) || tags.has(text.slice(span.start, span.end).replace(/^[#@]/, "").toLowerCase());
}

/** The words of the brand's names, in lower case: "Acme," opens a post to its readers. */
function brandWords(brand: Brand | undefined): Set<string> {
  const names = [brand?.name, ...(brand?.aliases ?? [])].filter((name): name is string => Boolean(name));
  return new Set(names.flatMap((name) => name.toLowerCase().split(/[^\p{L}\p{N}']+/u)).filter(Boolean));
}

/** Whether a span overlaps one of a list of spans that are in order and apart. */
function overlapsSorted(list: Span[], span: Span): boolean {
  const after = firstFrom(list, span.end);
  return after > 0 && list[after - 1].end > span.start;
}

/** A test for "inside one of these spans", by bisection over the spans in order. */
function coverage(spans: Span[]): (span: Span) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end reached by a span starting at or before each one.
  const reach: number[] = [];
  for (const [i, span] of sorted.entries()) reach.push(Math.max(span.end, reach[i - 1] ?? 0));
  return (span) => {
    const after = firstFrom(sorted, span.start + 1);
    return after > 0 && reach[after - 1] >= span.end;
  };
}

/** Where the brand's name and aliases occur as words ("TBD Brewing Co.", alias "TBD"). */
function brandSpans(text: string, brand: Brand | undefined): Span[] {
  const names = [brand?.name, ...(brand?.aliases ?? [])].filter((name): name is string => Boolean(name?.trim()));
  return allowedSpans(text, names).filter((span) => !/[\p{L}\p{N}]/u.test(text[span.start - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[span.end] ?? ""));
}

/** The brand's names as a hashtag or handle would write them: "#TBD", "@tbdbrewing". */
function brandTagForms(brand: Brand | undefined): Set<string> {
  const names = [brand?.name, ...(brand?.aliases ?? []), ...(brand?.handles ?? [])].filter((name): name is string => Boolean(name));
  return new Set(names.map((name) => name.replace(/[^\p{L}\p{N}_]/gu, "").toLowerCase()).filter(Boolean));
}

/** Where the allowed texts occur, case-insensitively. */
function allowedSpans(text: string, allow: readonly string[]): Span[] {
  if (allow.length === 0) return [];
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const phrase of allow.map((a) => a.toLowerCase()).filter(Boolean)) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) spans.push({ start: at, end: at + phrase.length });
  }
  return spans;
}
