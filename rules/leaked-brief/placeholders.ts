// Placeholders: the slots a template or a brief leaves for the writer to fill — bracketed
// ("[link]", "<CTA>", "(insert URL)"), merge tags ("{{first_name}}", "*|FNAME|*", "%NAME%"),
// figures ("XX%", "$XX", "DD/MM"), bare markers ("TBD", "TK"), filler ("lorem ipsum") and
// stand-in handles, hashtags and links ("@handle", "#hashtag", "example.com/xxxx"). A marker
// said to readers on purpose ("Venue TBD, stay tuned!") is set apart for a warning; one quoted as
// a status ("the order status says TBD") and placeholders the post is about ("write
// {{first_name}} once" in a post on merge tags) are not leftovers.
import type { Analysis } from "../../src/text/analysis.js";
import type { Token } from "../../src/text/tokenize.js";
import { firstFrom } from "./offsets.js";
import type { BriefVocabulary, DiscussedKind } from "./vocabulary.js";

export interface Span {
  start: number;
  end: number;
}

interface Slot extends Span {
  /** The kind of placeholder, when a post may be about that kind. */
  kind?: DiscussedKind;
}

export interface Placeholders {
  placeholders: Span[];
  /** Markers that tell readers a detail is still to come. */
  announced: Span[];
}

const CLOSERS: Record<string, string> = { "[": "]", "{": "}", "<": ">", "(": ")" };
// How far a bracketed placeholder may run, in tokens: "[insert link to the spring sale page]".
const MAX_BRACKET_TOKENS = 16;
const TAG_MARKERS = ["insert", "add"];
const CREDIT_WORDS = new Set(["by", "via", "credit", "courtesy"]);
const PARENTHESIZED = new Set(["link", "url", "cta", "tbd", "tk", "tbc", "name", "first name", "handle", "placeholder", "link tbd", "link tk", "url tbd", "link to come"]);
// Signatures put initials after a caret or a dash.
const SIGNATURE_MARK = /[\^~\-–—]\s?$/;

// Cheap tests that skip a scan on the many posts that cannot hold what it looks for.
const BRACKET_HINT = /[[{<(]/;
const MERGE_TAG_HINT = /\*\||%[A-Z_]{2,}%/;
const FIGURE_HINT = /X|[$£€¥]\s?x|x\s?%|DD\/|MM\/|YYYY|HH:MM/;

// Figures a template leaves open. Checked only outside links, handles and hashtags.
const FIGURE_RE =
  /(?<![\p{L}\p{N}])(?:[$£€¥]\s?[Xx]{1,4}(?:[.,][Xx]{2})?|[Xx]{1,3}\s?%|X{2,4}(?=\s+(?:days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?|off|items?|people|percent|followers|k)\b)|(?:DD\/MM|MM\/DD)(?:\/YYYY|\/YY)?|YYYY-MM-DD|HH:MM|\d{1,2}:XX|XX:XX|XX\/XX)(?![\p{L}\p{N}])/gu;

/** Placeholders in text order; `filler` is the filler text the phrase walk found. */
export function findPlaceholders(analysis: Analysis, vocabulary: BriefVocabulary, filler: Span[]): Placeholders {
  const { text } = analysis;
  const markers = bareWords(analysis, vocabulary);
  const slots: Slot[] = [
    ...(BRACKET_HINT.test(text) ? bracketed(analysis, vocabulary) : []),
    ...(MERGE_TAG_HINT.test(text) ? mergeTags(analysis.tokens) : []),
    ...(FIGURE_HINT.test(text) ? figures(analysis) : []),
    ...markers.placeholders,
    ...filler.map((span) => ({ ...span, kind: "filler" as const })),
    ...analysis.mentions.filter((m) => vocabulary.placeholderHandles.has(m.norm.slice(1))),
    ...analysis.hashtags.filter((h) => vocabulary.placeholderHashtags.has(h.tag)),
    ...analysis.urls.filter((url) => isPlaceholderUrl(url.norm, vocabulary)),
  ];
  if (slots.length === 0) return { placeholders: [], announced: markers.announced };
  const discussed = discussedKinds(analysis, slots, vocabulary);
  const placeholders = slots.filter((slot) => !(slot.kind && discussed.has(slot.kind)) && !shownAsCode(text, slot));
  return { placeholders: withoutOverlaps(placeholders), announced: markers.announced };
}

// The kinds of placeholder the post talks about ("merge tags", "filler text"): its examples of
// them are shown on purpose.
function discussedKinds(analysis: Analysis, slots: Slot[], vocabulary: BriefVocabulary): Set<DiscussedKind> {
  if (!slots.some((slot) => slot.kind)) return new Set();
  return new Set(vocabulary.discussed.matchAll(analysis).map((match) => match.value));
}

// `{{first_name}}` in backticks is code shown to the reader.
function shownAsCode(text: string, span: Span): boolean {
  return text[span.start - 1] === "`" && text[span.end] === "`";
}

function bracketed(analysis: Analysis, vocabulary: BriefVocabulary): Slot[] {
  const { tokens, text } = analysis;
  const spans: Slot[] = [];
  for (let open = 0; open < tokens.length; open++) {
    const opener = tokens[open];
    const closer = opener.kind === "punct" ? CLOSERS[opener.text] : undefined;
    if (!closer) continue;
    const double = opener.text === "{" && tokens[open + 1]?.text === "{" && tokens[open + 1].start === opener.end;
    const first = double ? open + 2 : open + 1;
    let close = first;
    while (close < tokens.length && close - first < MAX_BRACKET_TOKENS && tokens[close].text !== closer && tokens[close].text !== opener.text) close++;
    if (tokens[close]?.text !== closer || text.slice(opener.end, tokens[close].start).includes("\n")) continue;
    let end = tokens[close].end;
    if (double && tokens[close + 1]?.text === "}") end = tokens[close + 1].end;
    const inner = tokens.slice(first, close);
    const prefix = tokens[open - 1];
    // "@[partner]", "#[event tag]": a handle or a tag to fill in, whatever the slot says.
    const slotPrefix = opener.text === "[" && prefix?.end === opener.start && vocabulary.slotPrefixes.has(prefix.text);
    if (slotPrefix && inner.some((t) => t.kind !== "punct") && close - first <= 6) {
      spans.push({ start: prefix.start, end });
      open = close;
    } else if (isPlaceholder(opener.text, double, inner, text.slice(opener.end, tokens[close].start), vocabulary)) {
      spans.push({ start: opener.start, end, ...(opener.text === "{" && { kind: "mergeTag" as const }) });
      open = close;
    }
  }
  return spans;
}

function isPlaceholder(open: string, double: boolean, inner: Token[], content: string, vocabulary: BriefVocabulary): boolean {
  const words = inner.filter((t) => t.kind !== "punct").map((t) => t.norm.replace(/^[#@]/, ""));
  if (words.length === 0) return false;
  const key = words.join(" ");
  const hasPlaceholderWord = words.some((word) => vocabulary.placeholderWords.has(word));
  const identifierLike = inner.every((t) => t.kind === "word" || t.kind === "number" || ["_", ".", "-"].includes(t.text));
  switch (open) {
    case "{":
      // Template engines: {{first_name}}, {{ name }}, {product}.
      return double ? words.length <= 5 : identifierLike && words.length <= 4;
    case "[":
      // "[Image: a dog on a trail]" describes an image; "[photo by @maya]" credits one.
      if (content.includes(":") && !TAG_MARKERS.includes(words[0])) return false;
      if (words.some((word) => CREDIT_WORDS.has(word))) return false;
      return words.length <= 6 && hasPlaceholderWord && !vocabulary.notPlaceholders.has(key);
    case "<":
      // "<CTA>", "<link>", "<client name>"; not "<3" nor an HTML tag.
      return identifierLike && words.length <= 4 && (hasPlaceholderWord || /^[A-Z][A-Z _]+$/.test(content.trim()));
    default:
      return words.length <= 4 && ((TAG_MARKERS.includes(words[0]) && hasPlaceholderWord) || PARENTHESIZED.has(key));
  }
}

/** Mailchimp's *|FNAME|* and the %FIRSTNAME% of other mailers. */
function mergeTags(tokens: Token[]): Slot[] {
  const spans: Slot[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (a.text === "*" && b.text === "|" && b.start === a.end) {
      const close = tokens.findIndex((t, j) => j > i + 2 && j < i + 8 && t.text === "|" && tokens[j + 1]?.text === "*" && tokens[j + 1].start === t.end);
      if (close > 0) spans.push({ start: a.start, end: tokens[close + 1].end, kind: "mergeTag" });
    } else if (a.text === "%" && b.kind === "word" && b.start === a.end && /^[A-Z_]{2,}$/.test(b.text)) {
      const c = tokens[i + 2];
      if (c.text === "%" && c.start === b.end) spans.push({ start: a.start, end: c.end, kind: "mergeTag" });
    }
  }
  return spans;
}

function figures(analysis: Analysis): Span[] {
  const taken = [...analysis.urls, ...analysis.emails, ...analysis.mentions, ...analysis.hashtags];
  const spans: Span[] = [];
  for (const match of analysis.text.matchAll(FIGURE_RE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (!taken.some((t) => t.start < span.end && span.start < t.end)) spans.push(span);
  }
  return spans;
}

function bareWords(analysis: Analysis, vocabulary: BriefVocabulary): Placeholders {
  const found: Placeholders = { placeholders: [], announced: [] };
  let context: MarkerContext | undefined;
  for (const word of analysis.words) {
    if (!vocabulary.bareWords.has(word.text)) continue;
    if (/^tb[dac]$/i.test(word.text)) {
      context ??= markerContext(analysis, vocabulary);
      if (context.quotedAsStatus(word)) continue;
      (context.announcesMore(word) ? found.announced : found.placeholders).push(word);
    } else if (/^TK/.test(word.text)) {
      // "^TK" and "— TK" sign a post; "TK Maxx" is a name.
      const signed = SIGNATURE_MARK.test(analysis.text.slice(Math.max(0, word.start - 2), word.start));
      if (!signed && !/^ \p{Lu}/u.test(analysis.text.slice(word.end, word.end + 2))) found.placeholders.push(word);
    } else {
      found.placeholders.push(word);
    }
  }
  return found;
}

interface MarkerContext {
  /** "Venue TBD, stay tuned!": the sentence tells the audience something is coming. */
  announcesMore(word: Token): boolean;
  /** "Your boarding pass shows TBA for the gate": the marker is what someone sees, quoted. */
  quotedAsStatus(word: Token): boolean;
}

// The post's announcements and status words, found once for all its markers.
function markerContext(analysis: Analysis, vocabulary: BriefVocabulary): MarkerContext {
  const { text, sentences } = analysis;
  // The sentence an offset is in: the last one that starts at or before it.
  const sentenceAt = (offset: number) => Math.max(0, firstFrom(sentences, offset + 1) - 1);
  const announcing = new Set(
    vocabulary.announcements
      .matchAll(analysis)
      .filter((m) => m.end <= (sentences[sentenceAt(m.start)]?.end ?? text.length))
      .map((m) => sentenceAt(m.start)),
  );
  const statusEnds = new Set(vocabulary.statusLeadIns.matchAll(analysis).map((m) => m.end));
  return {
    announcesMore: (word) => announcing.has(sentenceAt(word.start)),
    quotedAsStatus(word) {
      let at = word.start;
      while (at > 0 && at > word.start - 4 && /[\s"'“‘]/.test(text[at - 1])) at--;
      return at < word.start && statusEnds.has(at);
    },
  };
}

function isPlaceholderUrl(url: string, vocabulary: BriefVocabulary): boolean {
  const host = url.replace(/^(?:https?:\/\/)?(?:www\.)?/, "").split(/[/?#]/)[0];
  if (vocabulary.placeholderHosts.includes(host)) return true;
  const parts = url.split(/[^a-z0-9-]+/);
  return /x{4,}/.test(url) || parts.some((part) => vocabulary.placeholderUrlWords.includes(part));
}

/** Text order, and a span inside another (a "TBD" inside "[TBD]") counted once. */
export function withoutOverlaps<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
