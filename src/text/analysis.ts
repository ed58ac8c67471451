// The analysis every rule reads (computed once per post): tokens with offsets, the words,
// hashtags with their parts, mentions, URLs, emoji and sentences.
import { toHashtag, type Hashtag } from "./hashtags.js";
import { splitSentences, type Span } from "./sentences.js";
import { tokenize, type Token } from "./tokenize.js";

export interface Analysis {
  text: string;
  tokens: Token[];
  /** Word tokens in order (not inside URLs, handles, hashtags or e-mail addresses). */
  words: Token[];
  hashtags: Hashtag[];
  mentions: Token[];
  urls: Token[];
  emails: Token[];
  cashtags: Token[];
  emoji: Token[];
  sentences: Span[];
  /** Words and hashtag parts in text order: the stream phrase matchers walk. */
  terms: Term[];
}

/** A word for phrase matching: a word token or a word inside a hashtag. */
export interface Term {
  norm: string;
  text: string;
  start: number;
  end: number;
  /** Index into analysis.hashtags when the term is part of a hashtag. */
  hashtag?: number;
}

export function analyze(text: string): Analysis {
  const tokens = tokenize(text);
  const analysis: Analysis = {
    text,
    tokens,
    words: [],
    hashtags: [],
    mentions: [],
    urls: [],
    emails: [],
    cashtags: [],
    emoji: [],
    sentences: splitSentences(text),
    terms: [],
  };
  for (const token of tokens) {
    switch (token.kind) {
      case "word":
        analysis.words.push(token);
        analysis.terms.push(token);
        break;
      case "number":
        analysis.terms.push(token);
        break;
      case "hashtag": {
        const hashtag = toHashtag(token);
        const index = analysis.hashtags.push(hashtag) - 1;
        for (const part of hashtag.parts) {
          analysis.terms.push({ norm: part.norm, text: part.text, start: part.start, end: part.end, hashtag: index });
        }
        break;
      }
      case "mention":
        analysis.mentions.push(token);
        break;
      case "url":
        analysis.urls.push(token);
        break;
      case "email":
        analysis.emails.push(token);
        break;
      case "cashtag":
        analysis.cashtags.push(token);
        break;
      case "emoji":
        analysis.emoji.push(token);
        break;
      case "punct":
        break;
    }
  }
  return analysis;
}
