// profanity: strong words are errors, mild ones warnings, however they are disguised
// (f*ck, sh1t, f u c k, look-alike letters, #holyshit) and never innocent words that contain
// one (Scunthorpe, cocktail, therapist). Words: lexicon.yaml; reading: src/text/normalize.ts.
import { stringList, type OptionSchema, type Rule } from "../../src/types.js";
import { findProfanity, type Hit } from "./find.js";
import { lexiconFor, type ProfanityOptions } from "./lexicon.js";

const options: Record<string, OptionSchema> = {
  allow: stringList("Words or phrases the brand accepts: a lexicon word (\"hell\" for a hot-sauce brand) turns off its entry; any other word is treated as innocent"),
  deny: {
    type: "array",
    // A plain word (strong) or { word, severity }.
    items: {
      anyOf: [
        { type: "string" },
        {
          type: "object",
          properties: { word: { type: "string" }, severity: { type: "string", enum: ["strong", "mild"] } },
        },
      ],
    },
    description: "Extra words or phrases to flag: a string (strong) or { word, severity: strong | mild }",
  },
  severity: {
    type: "string",
    enum: ["mild", "strong"],
    description: "Lowest severity reported: mild (default) reports both, strong only strong words",
  },
  maskOnFix: {
    type: "boolean",
    description: "Let --fix mask profane words (f***, s***) in .txt and .md drafts; slurs are never fixed, only reported (default false)",
  },
};

const rule: Rule = {
  meta: {
    id: "profanity",
    description: "Profane or vulgar words and slurs, including disguised spellings",
    defaultSeverity: "error",
    docs: "rules/profanity/README.md",
    options,
    messages: {
      strong:
        "“{{text}}” is strong profanity ({{word}}). A brand account that swears is screenshotted and shared; remove it or rephrase (masking it as “{{masked}}” still reads as the word).",
      mild:
        "“{{text}}” reads as mild profanity ({{word}}). It jars in most brand voices; soften or remove it, or add “{{word}}” to this rule's allow option if your brand says it on purpose.",
      slur:
        "“{{text}}” is a slur. A brand must never publish it, disguised or quoted; remove it.",
      denied: "“{{text}}” is on your brand's deny list ({{word}}). Remove it or rephrase.",
    },
  },
  check(post, context) {
    const lexicon = lexiconFor(context.options as ProfanityOptions);
    for (const hit of findProfanity(post.analysis, lexicon)) {
      const text = post.text.slice(hit.start, hit.end);
      const masked = maskedForm(hit, text);
      context.report({
        messageId: messageIdOf(hit),
        data: { text, word: hit.entry.word, severity: hit.entry.severity, category: hit.entry.category, masked },
        start: hit.start,
        end: hit.end,
        severity: hit.entry.severity === "mild" ? "warn" : "error",
        // A slur has no acceptable spelling: the fix is to remove it, which a person must do.
        suggestion: hit.entry.category === "slur" ? "" : masked,
        fix: context.options.maskOnFix === true && hit.entry.category !== "slur",
      });
    }
  },
};
export default rule;

function messageIdOf(hit: Hit): string {
  if (hit.entry.category === "denied") return "denied";
  if (hit.entry.category === "slur") return "slur";
  return hit.entry.severity;
}

/** The form with the word's letters but its first masked: "fucking" → "f***ing", "bullshit" → "bulls***". */
function maskedForm(hit: Hit, written: string): string {
  const { form } = hit;
  const word = hit.entry.word.replace(/ /g, "");
  const at = form.indexOf(word);
  const masked =
    at >= 0 && word.length > 1
      ? form.slice(0, at + 1) + "*".repeat(word.length - 1) + form.slice(at + word.length)
      : form[0] + "*".repeat(Math.max(form.length - 1, 1));
  const first = written[0];
  const upper = first !== first.toLowerCase();
  return upper ? masked[0].toUpperCase() + masked.slice(1) : masked;
}
