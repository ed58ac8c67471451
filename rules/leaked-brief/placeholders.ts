// Placeholders: the slots a template or a brief leaves for the writer to fill — bracketed
// ("[link]", "<CTA>", "(insert URL)"), merge tags ("{{first_name}}", "*|FNAME|*", "%NAME%"),
// figures ("XX%", "$XX", "DD/MM"), bare markers ("TBD", "TK"), filler ("lorem ipsum") and
// stand-in handles, hashtags and links ("@handle", "#hashtag", "example.com/xxxx"). A marker
// said to readers on purpose ("Venue TBD, stay tuned!") is set apart for a warning; one quoted as
// a status ("the order status says TBD") and placeholders the post is about ("write
// {{first_name}} once" in a post on merge tags) are not leftovers.
import type { Analysis } from "../../src/text/analysis.js";
import type { Token } from "../../src/text/tokenize.js";
import { firstFrom } from "../../src/text/offsets.js";
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

// An open count: "XX", "XXX" (capitals: "xx" signs off a message with kisses).
const OPEN_COUNT = /^X{2,4}$/;
/** The dashes that join a range or set off a label ("XX–XX", "DRAFT 2 —"). */
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);
const OPEN_ORDINAL = /^X{1,3}(?:th|st|nd|rd)$/;
// Cheap tests that skip a scan on the many posts that cannot hold what it looks for.
const BRACKET_HINT = /[[{<(]/;
// (Substring searches first: they are cheaper than an expression with alternatives.)
const MERGE_TAG_HINT = /%[A-Z_]{2,}%/;
const LOWER_FIGURE_HINT = /[$£€¥₹₩₦₱₺₫₴₪]\s?x|x\s?%/;
const mayHoldMergeTag = (text: string) => text.includes("*|") || (text.includes("%") && MERGE_TAG_HINT.test(text));
const mayHoldFigure = (text: string) =>
  text.includes("X") || text.includes("DD/") || text.includes("MM/") || text.includes("YYYY") || text.includes("HH:MM") || (text.includes("x") && LOWER_FIGURE_HINT.test(text));

// Figures a template leaves open, with the unit written on ("XXp a day", "XXGB"; not the sizes
// "XXL", "XXS"). Checked only outside links, handles and hashtags.
const FIGURE_RE =
  /(?<![\p{L}\p{N}])(?:(?:[$£€¥₹₩₦₱₺₫₴₪]|Rs\.?)\s?[Xx]{1,4}(?:[.,][Xx]{2})?|[Xx]{1,3}\s?%|X{2,4}(?=\s+(?:days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?|off|items?|people|percent|followers|k)\b)|X{2,4}(?:p|c|kg|g|ml|km|mi|ft|cm|mm|GB|MB|TB|gb|Mbps|mbps|kWh|kwh|kW|mph|hrs?|mins?|secs?|pcs?|oz|lbs?)(?:\/\p{L}{1,6})?|(?:DD\/MM|MM\/DD)(?:\/YYYY|\/YY)?|YYYY-MM-DD|HH:MM|\d{1,2}:XX|XX:XX|XX\/XX)(?![\p{L}\p{N}])/gu;

/** Placeholders in text order; `filler` is the filler text the phrase walk found. */
export function findPlaceholders(analysis: Analysis, vocabulary: BriefVocabulary, filler: Span[]): Placeholders {
  const { text } = analysis;
  const markers = bareWords(analysis, vocabulary);
  const slots: Slot[] = [
    ...(BRACKET_HINT.test(text) ? bracketed(analysis, vocabulary) : []),
    ...(mayHoldMergeTag(text) ? mergeTags(analysis.tokens) : []),
    ...(mayHoldFigure(text) ? figures(analysis, vocabulary) : []),
    ...markers.placeholders,
    ...templateText(analysis, vocabulary),
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
    } else if (
      isPlaceholder(opener.text, double, inner, text.slice(opener.end, tokens[close].start), vocabulary) ||
      (opener.text === "[" && isCapitalSlot(analysis, open, close, vocabulary))
    ) {
      spans.push({ start: opener.start, end, ...(opener.text === "{" && { kind: "mergeTag" as const }) });
      open = close;
    }
  }
  return spans;
}

// "hosted by [PRESENTER]", "[HEADLINER] takes the stage": a slot named in capitals, standing in a
// sentence. A tag in capitals that heads a line or a sentence ("[UPDATE] We're back online") labels
// the post for its readers.
function isCapitalSlot(analysis: Analysis, open: number, close: number, vocabulary: BriefVocabulary): boolean {
  const { tokens, text } = analysis;
  const inner = tokens.slice(open + 1, close);
  if (inner.length === 0 || inner.length > 4 || !inner.every((t) => t.kind === "word" && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))) return false;
  if (!inner.some((t) => t.text.length >= 4) || vocabulary.notPlaceholders.has(inner.map((t) => t.norm).join(" "))) return false;
  const next = tokens[close + 1];
  const continues = next?.kind === "word" && next.text === next.norm && !text.slice(tokens[close].end, next.start).includes("\n");
  return continues || !headsLine(text, tokens[open].start);
}

/** Whether only spaces, quotes, emoji or list marks stand between `at` and the start of its line or sentence. */
function headsLine(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && !/[\p{L}\p{N}.!?:;\n…]/u.test(text[before])) before--;
  return before < 0 || !/[\p{L}\p{N}]/u.test(text[before]);
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
      // "<CTA>", "<link>", "<client name>", "<CTA: download now>"; not "<3" nor an HTML tag.
      if (/^[A-Z][A-Z _]*:/.test(content.trim())) return words.length <= 8;
      return identifierLike && words.length <= 4 && (hasPlaceholderWord || /^[A-Z][A-Z _]+$/.test(content.trim()));
    default:
      // "(insert link)", not "(insert eye roll)": the slot names what goes in it.
      return words.length <= 4 && ((TAG_MARKERS.includes(words[0]) && words.slice(1).some((word) => vocabulary.placeholderWords.has(word))) || PARENTHESIZED.has(key));
  }
}

// "HEADLINE HERE", "Your Logo Here", "logo goes here": the text a design template shows until it
// is typed over; "Link here 👇" before a link is copy, so a slot without "goes" is written in
// capitals or title case. One quoted as what a template says ("my templates still show 'Headline
// Here'") is talked about, and one asked ("Your Name Here? We're hiring") is a hook.
function templateText(analysis: Analysis, vocabulary: BriefVocabulary): Span[] {
  const { tokens } = analysis;
  const spans: Span[] = [];
  let quoted: ((at: number) => boolean) | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].norm !== "here") continue;
    const goes = tokens[i - 1].norm === "goes" || tokens[i - 1].norm === "go";
    const at = goes ? i - 2 : i - 1;
    const noun = tokens[at];
    if (!noun || noun.kind !== "word" || !vocabulary.templateNouns.has(noun.norm)) continue;
    const first = tokens[at - 1] && vocabulary.templateLeads.has(tokens[at - 1].norm) ? at - 1 : at;
    const words = tokens.slice(first, i + 1);
    // "Your Name Here? We're hiring" asks the reader.
    if (!goes && (!words.every((t) => /^\p{Lu}/u.test(t.text)) || tokens[i + 1]?.text === "?")) continue;
    quoted ??= quotedAsStatus(analysis, vocabulary);
    if (!quoted(tokens[first].start)) spans.push({ start: tokens[first].start, end: tokens[i].end });
  }
  return spans;
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

function figures(analysis: Analysis, vocabulary: BriefVocabulary): Span[] {
  const taken = [...analysis.urls, ...analysis.emails, ...analysis.mentions, ...analysis.hashtags];
  const spans: Span[] = [];
  for (const match of analysis.text.matchAll(FIGURE_RE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (!taken.some((t) => t.start < span.end && span.start < t.end)) spans.push(span);
  }
  return [...spans, ...openCounts(analysis, vocabulary)];
}

// "XX runners", "over XXX volunteers": an open count before the noun it counts, or the number of a
// place ("Stand XX"). A Roman numeral
// follows a name or a numbered part ("Super Bowl XX champions", "Chapter XX begins") or comes
// before a verb ("Album XX is out").
function openCounts(analysis: Analysis, vocabulary: BriefVocabulary): Span[] {
  const { tokens, text } = analysis;
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [count, noun, before] = [tokens[i], tokens[i + 1], tokens[i - 1]];
    if (count.kind !== "word") continue;
    // "our XXth anniversary" (not "the XXth century", a Roman numeral).
    if (OPEN_ORDINAL.test(count.text)) {
      if (noun?.norm !== "century") spans.push({ start: count.start, end: count.end });
      continue;
    }
    if (!OPEN_COUNT.test(count.text)) continue;
    // "from XX March", "June XX": a day still to fill in.
    if ((noun?.kind === "word" && vocabulary.months.has(noun.norm)) || (before?.kind === "word" && vocabulary.months.has(before.norm))) {
      spans.push({ start: count.start, end: count.end });
      continue;
    }
    // "Ladies XX–XX Taunton": a score still to fill in.
    const other = tokens[i + 2];
    if (noun && DASHES.has(noun.text) && other && OPEN_COUNT.test(other.text) && text.slice(count.end, other.start).trim() === noun.text) {
      spans.push({ start: count.start, end: other.end });
      i += 2;
      continue;
    }
    // "Stand XX", "Gate XX": a numbered place ("Gate XX? Check the board" asks the reader).
    if (before?.kind === "word" && vocabulary.numberSlots.has(before.norm) && noun?.text !== "?") {
      spans.push({ start: count.start, end: count.end });
      continue;
    }
    if (!noun || noun.kind !== "word" || !/^\p{Ll}/u.test(noun.norm) || noun.text !== noun.norm || vocabulary.notCounted.has(noun.norm)) continue;
    if (text.slice(count.end, noun.start).trim() !== "") continue;
    const numbered = before?.kind === "word" && (vocabulary.numeralLeads.has(before.norm) || (/^\p{Lu}/u.test(before.text) && !startsSentence(text, before.start)));
    if (!numbered) spans.push({ start: count.start, end: count.end });
  }
  return spans;
}

/** Whether nothing but spaces and quotes stands between `at` and the start of its sentence. */
function startsSentence(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /[ \t"'“‘(]/.test(text[before])) before--;
  return before < 0 || /[.!?:;\n…]/.test(text[before]);
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
  const quoted = quotedAsStatus(analysis, vocabulary);
  return {
    announcesMore(word) {
      const sentence = sentenceAt(word.start);
      // "… is TBC because of flooding. We'll update this post once it's checked": the next
      // sentence on the line may make the promise.
      const next = sentences[sentence + 1];
      const promisedNext = next !== undefined && announcing.has(sentence + 1) && !text.slice(word.end, next.start).includes("\n");
      return announcing.has(sentence) || promisedNext || statedAsFact(analysis, word, vocabulary);
    },
    quotedAsStatus: (word) => quoted(word.start),
  };
}

/** A test for "quoted right after a status word": "shows TBA", "still show 'Headline Here'". */
function quotedAsStatus(analysis: Analysis, vocabulary: BriefVocabulary): (at: number) => boolean {
  const { text } = analysis;
  const statusEnds = new Set(vocabulary.statusLeadIns.matchAll(analysis).map((m) => m.end));
  return (start) => {
    let at = start;
    while (at > 0 && at > start - 4 && /[\s"'“‘]/.test(text[at - 1])) at--;
    return at < start && statusEnds.has(at);
  };
}

// "The start time is TBC", "dates are still TBA": a marker stated as the fact readers are
// told, not a gap in the copy ("Prices TBC", "opens at the TBA venue").
function statedAsFact(analysis: Analysis, word: Token, vocabulary: BriefVocabulary): boolean {
  const { words } = analysis;
  const at = firstFrom(words, word.start);
  const before = words[at - 1];
  return before !== undefined && vocabulary.copulas.has(before.norm) && !/[\n:]/.test(analysis.text.slice(before.end, word.start));
}

// Batches repeat their links: each one is judged once.
const judgedUrls = new Map<string, boolean>();

function isPlaceholderUrl(url: string, vocabulary: BriefVocabulary): boolean {
  let placeholder = judgedUrls.get(url);
  if (placeholder === undefined) {
    const host = url.replace(/^(?:https?:\/\/)?(?:www\.)?/, "").split(/[/?#]/)[0];
    placeholder = vocabulary.placeholderHosts.has(host) || /x{4,}/.test(url) || url.split(/[^a-z0-9-]+/).some((part) => vocabulary.placeholderUrlWords.has(part));
    if (judgedUrls.size >= 10_000) judgedUrls.clear();
    judgedUrls.set(url, placeholder);
  }
  return placeholder;
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
