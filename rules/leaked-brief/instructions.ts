// Brief text: instructions to the writer ("write the below", "feel free to tweak", "insert
// emoji") anywhere in the post, hand-overs followed by a colon ("Here's the draft for Friday:
// …"), the labels a brief puts before the copy ("Caption:", "Draft:", "DRAFT 2 —") where a line
// or sentence starts, and filler text ("lorem ipsum"), all found in one walk over the post's words.
import type { Analysis } from "../../src/text/analysis.js";
import type { Token } from "../../src/text/tokenize.js";
import { deliverables } from "./deliverables.js";
import { firstFrom } from "../../src/text/offsets.js";
import { DASHES, type Span } from "./placeholders.js";
import type { BriefVocabulary } from "./vocabulary.js";

export interface BriefText {
  instructions: Span[];
  labels: Span[];
  filler: Span[];
}

// What may sit between a line or sentence start and a label: spaces, quotes, list markers.
const LEAD_IN = /[\s"'“‘*\-•>([_~]/;
const CLAUSE_END = /[.!?;:\n)…]/;
// A version after a label: "v2", "2", "#2", "r1".
const VERSION = /^(?:v|r|rev|#)?\d{1,2}(?:\.\d{1,2})?$/i;
// A "Name: value" line; the value is figures when it holds a digit and no word but units
// ("Body: 15pt", "Weight: 300g").
const NAMED_LINE = /^[\s*\-•]*(\p{L}[\p{L} '-]{0,30}):(.*)$/u;
const UNITS = /\d\s?\p{L}{1,3}(?!\p{L})/gu;

export function findBriefText(analysis: Analysis, vocabulary: BriefVocabulary): BriefText {
  const { text } = analysis;
  const found: BriefText = { instructions: [], labels: [], filler: [] };
  const figureNames = new Map<number, string | undefined>();
  for (const match of vocabulary.phrases.matchAll(analysis, { inHashtags: false })) {
    const span = { start: match.start, end: match.end };
    switch (match.value) {
      case "instruction":
        if (!forReaders(analysis, match, vocabulary)) found.instructions.push(span);
        break;
      case "leadIn":
        if (colonFollows(text, match.end)) found.instructions.push(span);
        break;
      case "label": {
        const end = labelEnd(analysis, match, vocabulary);
        if (end !== undefined && startsClause(text, match.start) && !inFigureList(text, match.start, vocabulary, figureNames)) found.labels.push({ start: match.start, end });
        break;
      }
      case "filler":
        if (!mentioned(analysis, match, vocabulary)) found.filler.push(span);
        break;
    }
  }
  found.instructions.push(...insertions(analysis, vocabulary), ...deliverables(analysis, vocabulary));
  return found;
}

// Where a label ends: at its colon ("Caption:"), after a version ("Caption 2:", "Draft v3 —"),
// or at a dash after a version or a label in capitals ("DRAFT —"); undefined when it is no label.
function labelEnd(analysis: Analysis, match: { start: number; end: number; termCount: number; firstTerm: number }, vocabulary: BriefVocabulary): number | undefined {
  const { tokens, text } = analysis;
  let next = firstFrom(tokens, match.end);
  let versioned = false;
  for (let count = 0; count < 2 && tokens[next] && isVersion(tokens[next], vocabulary) && onOneLine(text, match.end, tokens[next].start); count++) {
    versioned = true;
    next++;
  }
  const mark = tokens[next];
  if (!mark || !onOneLine(text, match.end, mark.start)) return undefined;
  if (mark.norm === "for" && !versioned) return occasionEnd(analysis, match, next, vocabulary);
  if (mark.kind !== "punct") return undefined;
  if (mark.text === ":") return mark.end;
  const capitals = text.slice(match.start, match.end) === text.slice(match.start, match.end).toUpperCase();
  const spaced = /\s/.test(text[mark.start - 1] ?? "") && /\s/.test(text[mark.end] ?? " ");
  return DASHES.has(mark.text) && spaced && (versioned || capitals) ? mark.end : undefined;
}

// "Caption for Thurs:", "Copy for the spa launch:" over the copy on the next line (or in quotes):
// the label of copy for an occasion. "Captions for your beach pics:" offers readers captions.
const OCCASION_WORDS = 4;
const READERS = new Set(["you", "your", "yours", "u", "ur"]);

function occasionEnd(analysis: Analysis, match: { start: number; end: number }, forAt: number, vocabulary: BriefVocabulary): number | undefined {
  const { tokens, text } = analysis;
  if (!vocabulary.occasionLabels.has(text.slice(match.start, match.end).toLowerCase())) return undefined;
  for (let i = forAt + 1; i <= forAt + OCCASION_WORDS && i < tokens.length; i++) {
    const token = tokens[i];
    if (!onOneLine(text, match.end, token.start)) return undefined;
    if (token.text === ":") {
      const after = text.slice(token.end, token.end + 3);
      return i > forAt + 1 && (/^\s*(?:\n|$)/.test(after) || /^\s?["'“‘]/.test(after)) ? token.end : undefined;
    }
    if ((token.kind !== "word" && token.kind !== "number" && token.text !== "'") || READERS.has(token.norm)) return undefined;
  }
  return undefined;
}

// "feel free to tweak the chilli", "feel free to change your delivery day": an instruction whose
// object is the reader's or the product's, not the copy.
function forReaders(analysis: Analysis, match: { end: number; phrase: string }, vocabulary: BriefVocabulary): boolean {
  if (!vocabulary.objectInstructions.has(match.phrase)) return false;
  const { tokens } = analysis;
  const at = firstFrom(tokens, match.end);
  const [determiner, object] = [tokens[at], tokens[at + 1]];
  if (!determiner || !vocabulary.determiners.has(determiner.norm) || !onOneLine(analysis.text, match.end, determiner.start)) return false;
  return determiner.norm === "your" || !vocabulary.copyObjects.has(object?.norm ?? "");
}

function isVersion(token: Token, vocabulary: BriefVocabulary): boolean {
  return VERSION.test(token.text) || vocabulary.labelVersions.has(token.norm) || (token.kind === "punct" && token.text === "#");
}

function onOneLine(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes("\n");
}

// "Caption: 12pt" in a list of font sizes: a block of "Name: figures" lines in which some name is
// not a brief label ("Title: 28pt", "Body: 15pt"); "Post date: 12/03 / Post time: 16:00" is a brief.
const MAX_BLOCK_LINES = 8;
const MAX_FIGURE_LINE = 120;

function inFigureList(text: string, at: number, vocabulary: BriefVocabulary, names: Map<number, string | undefined>): boolean {
  // A figure line is short: look no further back than one for its start.
  let start = at;
  while (start > 0 && text[start - 1] !== "\n") if (at - --start > MAX_FIGURE_LINE) return false;
  const line = lineOf(text, start);
  // Each line's name is read once however many labels look at it.
  const nameOf = (l: Span) => {
    if (!names.has(l.start)) names.set(l.start, figureName(text, l));
    return names.get(l.start);
  };
  if (nameOf(line) === undefined) return false;
  const neighbours = (next: (line: Span) => Span | undefined) => {
    for (let other = next(line), n = 0; other && n < MAX_BLOCK_LINES; other = next(other), n++) {
      const name = nameOf(other);
      if (name === undefined) return false;
      if (!vocabulary.labels.has(name)) return true;
    }
    return false;
  };
  const above = (l: Span) => (l.start > 0 ? lineOf(text, text.lastIndexOf("\n", l.start - 2) + 1) : undefined);
  const below = (l: Span) => (l.end < text.length ? lineOf(text, l.end + 1) : undefined);
  return neighbours(above) || neighbours(below);
}

/** The name of a "Name: figures" line, in lower case. */
function figureName(text: string, line: Span): string | undefined {
  if (line.end - line.start > MAX_FIGURE_LINE) return undefined;
  const entry = NAMED_LINE.exec(text.slice(line.start, line.end));
  if (!entry || !/\d/.test(entry[2])) return undefined;
  return /\p{L}/u.test(entry[2].replace(UNITS, "0")) ? undefined : entry[1].trim().toLowerCase();
}

function lineOf(text: string, start: number): { start: number; end: number } {
  const end = text.indexOf("\n", start);
  return { start, end: end < 0 ? text.length : end };
}

// "a mockup with lorem ipsum in it", "no lorem ipsum", "Lorem ipsum? Never heard of her": the two
// words named or asked about, as a thing the post talks about. Filler left in opens its sentence or
// runs on ("Lorem ipsum dolor sit amet").
function mentioned(analysis: Analysis, match: { start: number; end: number; termCount: number }, vocabulary: BriefVocabulary): boolean {
  if (match.termCount > 2) return false;
  if (/^\s?\?/.test(analysis.text.slice(match.end, match.end + 2))) return true;
  const before = analysis.words[firstFrom(analysis.words, match.start) - 1];
  return before !== undefined && vocabulary.fillerMentions.has(before.norm) && analysis.text.slice(before.end, match.start).trim() === "";
}

// "insert gif", "insert link": a slot spelled out without brackets, where nothing follows it
// on the line but punctuation, an emoji or a tag ("Insert code SAVE10 at checkout" is copy).
function insertions(analysis: Analysis, vocabulary: BriefVocabulary): Span[] {
  const { tokens } = analysis;
  const spans: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [verb, slot, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (verb.norm !== "insert" || slot.kind !== "word" || !vocabulary.placeholderWords.has(slot.norm)) continue;
    const open = !after || after.kind === "punct" || after.kind === "emoji" || after.kind === "hashtag" || after.kind === "mention" || after.norm === "here";
    if (open && onOneLine(analysis.text, verb.start, slot.end)) spans.push({ start: verb.start, end: (after?.norm === "here" ? after : slot).end });
  }
  return spans;
}

// A colon before the sentence or line ends: "Here's the draft for Friday: …".
// (Looked for within a long line's reach, so a post of repeated hand-overs stays linear.)
const HANDOVER_REACH = 300;

function colonFollows(text: string, from: number): boolean {
  for (let at = from; at < text.length && at < from + HANDOVER_REACH; at++) {
    const char = text[at];
    if (char === ":") return true;
    if (char === "." || char === "!" || char === "?" || char === "\n") return false;
  }
  return false;
}

function startsClause(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && LEAD_IN.test(text[before]) && text[before] !== "\n") before--;
  return before < 0 || CLAUSE_END.test(text[before]);
}
