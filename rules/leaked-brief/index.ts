// leaked-brief: text meant for the writer that would reach the audience — placeholders left
// unfilled ("[link]", "{{first_name}}", "XX%", "TBD") and pasted briefs ("write the below",
// "Caption:", "feel free to tweak"). A reader who sees them knows the post was scripted, and
// a screenshot of an influencer's pasted brief is a story in itself.
import type { OptionSchema, Rule } from "../../src/types.js";
import { findBriefText } from "./instructions.js";
import { findPlaceholders, type Span } from "./placeholders.js";
import { briefVocabulary } from "./vocabulary.js";

const options: Record<string, OptionSchema> = {
  allow: {
    type: "array",
    items: { type: "string" },
    description: "Text that is copy, not a leftover: a product or place whose name looks like a placeholder (\"TBD Brewing\", \"[Name] Coffee\")",
  },
  phrases: {
    type: "array",
    items: { type: "string" },
    description: "More instruction phrases your team's briefs use (\"for Sam to check\")",
  },
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
    },
  },
  check(post, context) {
    const { allow = [], phrases = [] } = context.options as { allow?: string[]; phrases?: string[] };
    const vocabulary = briefVocabulary(phrases);
    const allowed = allowedSpans(post.text, allow);
    const report = (messageId: string) => (span: Span) => {
      if (allowed.some((a) => a.start <= span.start && span.end <= a.end)) return;
      context.report({ messageId, data: { text: post.text.slice(span.start, span.end) }, start: span.start, end: span.end });
    };
    const brief = findBriefText(post.analysis, vocabulary);
    const placeholders = findPlaceholders(post.analysis, vocabulary, brief.filler);
    // "[insert link]" is one leftover: a placeholder, not also an instruction.
    const outside = (span: Span) => !placeholders.some((p) => p.start < span.end && span.start < p.end);
    placeholders.forEach(report("placeholder"));
    brief.instructions.filter(outside).forEach(report("instruction"));
    brief.labels.filter(outside).forEach(report("label"));
  },
};
export default rule;

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
