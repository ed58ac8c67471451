// brand-terms: the brand's own vocabulary, from the config (Vale's substitution and existence
// rules, for a brand): canonical spellings and casing ("Iphone" → "iPhone"), replacements
// ("Acme Co" → "Acme Outdoors"), banned and competitor terms, and the hashtags a campaign's
// posts must carry. Every finding names its fix; casing, replacements and a missing hashtag
// carry it as a suggestion. Without options the rule does nothing.
import { PhraseMatcher } from "../../src/text/phrases.js";
import { wordRank } from "../../src/text/segment.js";
import type { Analysis } from "../../src/text/analysis.js";
import { stringList, type OptionSchema, type Rule } from "../../src/types.js";
import { compileTerms, findMisspellings } from "./spelling.js";

interface BannedTerm {
  term: string;
  reason?: string;
  suggestion?: string;
}

interface BrandTermsOptions {
  terms?: string[];
  replace?: Record<string, string>;
  banned?: Array<string | BannedTerm>;
  hashtags?: string[];
}

const options: Record<string, OptionSchema> = {
  terms: stringList("Names as the brand writes them: [\"iPhone\", \"MacBook Pro\", \"Acme Outdoors\"]"),
  replace: {
    type: "object",
    additional: { type: "string" },
    description: "Words or phrases to replace, and their replacement: { \"Acme Co\": \"Acme Outdoors\" }",
  },
  banned: {
    type: "array",
    // A term, or { term, reason?, suggestion? }.
    items: {
      anyOf: [
        { type: "string" },
        { type: "object", properties: { term: { type: "string" }, reason: { type: "string" }, suggestion: { type: "string" } } },
      ],
    },
    description: "Terms never to publish (competitors, retired names): a term or { term, reason?, suggestion? }",
  },
  hashtags: stringList("Hashtags every post must carry, as they should be written (set them per campaign folder with overrides)"),
};

const rule: Rule = {
  meta: {
    id: "brand-terms",
    description: "The brand's vocabulary: canonical spellings, replacements, banned terms and required hashtags",
    defaultSeverity: "warn",
    docs: "rules/brand-terms/README.md",
    // Every suggestion is the style guide's own wording for the reported text.
    fixable: true,
    options,
    messages: {
      casing: "“{{text}}” is written “{{term}}” by the brand. Use the brand's spelling.",
      replace: "Say “{{replacement}}” instead of “{{text}}”: it is the brand's term.",
      banned: "“{{text}}” is not to be used in the brand's posts{{reason}}. Remove it or rephrase.",
      missingHashtag: "This post lacks the campaign hashtag {{tag}}, which every post of the campaign carries. Add it.",
    },
  },
  check(post, context) {
    const { terms = [], replace = {}, banned = [], hashtags = [] } = context.options as BrandTermsOptions;
    if (terms.length + banned.length + hashtags.length === 0 && Object.keys(replace).length === 0) return;
    const { analysis, text } = post;
    if (text.trim() === "") return;
    // Code is quoted as it must be typed ("`pip install acme`"): none of it is the brand's prose.
    const taken: Array<{ start: number; end: number }> = codeSpans(text);
    const free = (span: { start: number; end: number }) => !taken.some((t) => t.start < span.end && span.start < t.end);
    const shouted = isShouted(analysis.words);

    for (const hit of bannedMatcher(banned).matchAll(analysis).filter(free)) {
      if (isOrdinaryWord(text.slice(hit.start, hit.end), hit.value.term)) continue;
      const { reason, suggestion } = hit.value;
      taken.push(hit);
      context.report({
        messageId: "banned",
        data: { text: text.slice(hit.start, hit.end), reason: reason ? ` (${reason})` : "" },
        start: hit.start,
        end: hit.end,
        severity: "error",
        ...(suggestion !== undefined && { suggestion }),
      });
    }
    for (const hit of replaceMatcher(replace).matchAll(analysis, { inHashtags: false }).filter(free)) {
      taken.push(hit);
      context.report({
        messageId: "replace",
        data: { text: text.slice(hit.start, hit.end), replacement: hit.value },
        start: hit.start,
        end: hit.end,
        severity: "warn",
        suggestion: hit.value,
      });
    }
    for (const hit of findMisspellings(analysis, canonicalTerms(terms)).filter(free)) {
      const written = text.slice(hit.start, hit.end);
      // In a post written in capitals the name is shouted with the rest (tone-mismatch's business).
      if (shouted && written === written.toUpperCase()) continue;
      const data = { text: written, term: hit.term };
      context.report({ messageId: "casing", data, start: hit.start, end: hit.end, severity: "warn", suggestion: hit.term });
    }

    for (const required of hashtags) {
      const tag = `#${required.trim().replace(/^#/, "")}`;
      const written = analysis.hashtags.find((h) => h.tag === tag.slice(1).toLowerCase());
      if (!written) {
        // At the end of the words, before any trailing newline, so the tag joins the last line.
        const end = text.trimEnd().length;
        // The post is sound without it, but the campaign's reach is not: a warning.
        context.report({ messageId: "missingHashtag", data: { tag }, start: end, end, severity: "warn", suggestion: ` ${tag}` });
      } else if (written.text !== tag) {
        const data = { text: written.text, term: tag };
        context.report({ messageId: "casing", data, start: written.start, end: written.end, severity: "warn", suggestion: tag });
      }
    }
  },
};
export default rule;

/**
 * A banned name the config writes capitalised ("Tally", "Swoop") that the post writes in lower
 * case, when it is also an English word, is the word ("a quick tally"), not the competitor.
 * "globex" is still Globex, and a term written in lower case in the config ("guaranteed
 * returns") is banned however it is written.
 */
function isOrdinaryWord(written: string, term: string): boolean {
  if (term === term.toLowerCase() || written !== written.toLowerCase()) return false;
  return written.split(/[\s-]+/).every((word) => wordRank(word.replace(/'s$/, "")) !== undefined);
}

const CODE_SPAN_RE = /`[^`\n]+`/g;

function codeSpans(text: string): Array<{ start: number; end: number }> {
  if (!text.includes("`")) return [];
  return Array.from(text.matchAll(CODE_SPAN_RE), (match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Most of the post's words are in capitals: "NIMBUSBOX MINI IS HERE. GO GO GO #Nimbus". */
function isShouted(words: Analysis["words"]): boolean {
  let upper = 0;
  let other = 0;
  for (const { text } of words) {
    if (!/\p{L}/u.test(text)) continue;
    if (text === text.toUpperCase()) upper++;
    else other++;
  }
  return upper >= 3 && upper >= 4 * other;
}

// Matchers are compiled once per distinct option list: a config's options are the same object
// for every post of a run.
const cache = new WeakMap<object, unknown>();

function cached<T>(key: object, build: () => T): T {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

function bannedMatcher(banned: Array<string | BannedTerm>): PhraseMatcher<BannedTerm> {
  return cached(banned, () => {
    const entries = banned.map((entry) => (typeof entry === "string" ? { term: entry } : entry)).filter((entry) => typeof entry.term === "string");
    // "Swoop's new tent" names Swoop as much as "Swoop" does.
    return new PhraseMatcher<BannedTerm>(entries.flatMap((entry): Array<[string, BannedTerm]> => [[entry.term, entry], [`${entry.term}'s`, entry]]));
  });
}

function replaceMatcher(replace: Record<string, string>): PhraseMatcher<string> {
  return cached(replace, () => new PhraseMatcher<string>(Object.entries(replace)));
}

function canonicalTerms(terms: string[]) {
  return cached(terms, () => compileTerms(terms));
}
