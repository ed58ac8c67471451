// The parts of an e-mail or a chat message the copy was pasted from, for leaked-brief: a header
// block ("From: … / Subject: …"), a forwarding line ("---------- Forwarded message ---------"), a
// client's signature ("Sent from my iPhone") are each enough; a hand-over ("PFA the copy") and a
// sign-off over a name ("Regards,\nMeera") count together, since a reply to a customer is signed
// too. The phrases come from signals.yaml, matched with the rest of its evidence.
import type { Analysis } from "../../src/text/analysis.js";
import type { PhraseMatch } from "../../src/text/phrases.js";
import { endOfLine, firstFrom } from "../../src/text/offsets.js";
import type { Span } from "./placeholders.js";
import type { Signal, SignalsVocabulary } from "./vocabulary.js";

/** A word written as a name: "Meera", "O'Neill", "Anne-Marie". */
export const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** `matches`: the post's matches of signals.yaml, with its e-mail phrases among them. */
export function pastedMail(analysis: Analysis, vocabulary: SignalsVocabulary, matches: Array<PhraseMatch<Signal>>): Span[] {
  const { text, tokens } = analysis;
  const strong: Span[] = [];
  const weak: Span[] = [];
  for (const match of matches) {
    if (match.value.kind === "pasted") strong.push(lineAround(text, match.start));
    else if (match.value.kind === "attachment") weak.push({ start: match.start, end: match.end });
  }
  // Header lines, in a block: who sent it or to whom, and a line only a mail client writes.
  let block: Span | undefined;
  let [sender, mailOnly] = [false, false];
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let start = 0; start < text.length; ) {
    const end = endOfLine(text, start);
    const at = firstFrom(tokens, start);
    const [key, colon, reply, replyColon] = [tokens[at], tokens[at + 1], tokens[at + 2], tokens[at + 3]];
    const header = key && key.start < end && key.kind === "word" && colon?.text === ":" && colon.start === key.end;
    if (header && (vocabulary.senders.has(key.norm) || vocabulary.mailOnly.has(key.norm))) {
      block = { start: block?.start ?? key.start, end };
      sender ||= vocabulary.senders.has(key.norm);
      mailOnly ||= vocabulary.mailOnly.has(key.norm);
      // "Subject: Re: Easter opening".
      if (key.norm === "subject" && reply && vocabulary.replyMarks.has(reply.norm) && replyColon?.text === ":") [sender, mailOnly] = [true, true];
    } else if (block) {
      // Any other line, a blank one too, ends a header block.
      if (sender && mailOnly) strong.push(block);
      [block, sender, mailOnly] = [undefined, false, false];
    }
    if (text.slice(start, end).trim() !== "") lines.push({ start, end, text: text.slice(start, end).trim() });
    start = end + 1;
  }
  if (block && sender && mailOnly) strong.push(block);
  // (A sign-off counts only beside another weak piece: a hand-over.)
  const signature = weak.length > 0 ? signOff(lines, vocabulary) : undefined;
  if (signature) weak.push(signature);
  return strong.length > 0 ? [...strong, ...(weak.length > 1 ? weak : [])] : weak.length > 1 ? weak : [];
}

// "Regards,\nMeera Iyer" at the end of the post: a sign-off on its own line over a name.
function signOff(lines: Array<{ start: number; end: number; text: string }>, vocabulary: SignalsVocabulary): Span | undefined {
  const [closing, name] = [lines[lines.length - 2], lines[lines.length - 1]];
  if (!closing || !name) return undefined;
  const words = name.text.split(/\s+/);
  if (words.length > 3 || !words.every((word) => NAME_WORD.test(word))) return undefined;
  const phrase = closing.text.replace(/[,.!]+$/, "").toLowerCase();
  return vocabulary.signOffs.has(phrase) ? { start: closing.start, end: name.end } : undefined;
}

function lineAround(text: string, at: number): Span {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let [from, end] = [start, endOfLine(text, at)];
  while (from < end && /\s/.test(text[from])) from++;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return { start: from, end };
}
