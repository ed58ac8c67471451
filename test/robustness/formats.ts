// Writes posts in each input format the way a person or a tool would, and reads a reported
// line:column back into an offset of the source, so tests can check what sits there.
import { stringify } from "yaml";

export interface Encoded {
  /** The file name (its extension picks the reader). */
  name: string;
  /** The file's text, as written to disk. */
  source: string;
}

export type Format = "txt" | "md" | "yaml" | "json" | "jsonl" | "csv";
export const BATCH_FORMATS = ["yaml", "json", "jsonl", "csv"] as const;

/** One post per file for txt and md; every post in one batch file for the others. */
export function encodePosts(format: Format, texts: string[], style = 0): Encoded {
  switch (format) {
    case "txt":
      return { name: "post.txt", source: texts[0] };
    case "md":
      return { name: "post.md", source: `---\nid: md-1\nplatform: x\n---\n${texts[0]}` };
    case "yaml": {
      const types = ["PLAIN", "BLOCK_LITERAL", "BLOCK_FOLDED", "QUOTE_DOUBLE", "QUOTE_SINGLE"] as const;
      const posts = texts.map((text, index) => (index % 2 ? text : { id: `y${index}`, text }));
      return { name: "posts.yaml", source: stringify({ posts }, { defaultStringType: types[style % types.length], lineWidth: 40 }) };
    }
    case "json": {
      const posts = texts.map((text, index) => (index % 2 ? text : { id: `j${index}`, text }));
      return { name: "posts.json", source: JSON.stringify(posts, null, style % 2 ? 2 : undefined) };
    }
    case "jsonl": {
      const newline = style % 2 ? "\r\n" : "\n";
      return { name: "posts.jsonl", source: texts.map((text, index) => JSON.stringify({ id: `l${index}`, text })).join(newline) + newline };
    }
    case "csv": {
      const newline = style % 2 ? "\r\n" : "\n";
      const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
      return { name: "posts.csv", source: ["id,text", ...texts.map((text, index) => `c${index},${quote(text)}`)].join(newline) + newline };
    }
  }
}

/** Offsets where each line starts, with "\n", "\r\n" and a lone "\r" ending lines (as postlint counts). */
export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let at = 0; at < source.length; at++) {
    if (source[at] === "\n" || (source[at] === "\r" && source[at + 1] !== "\n")) starts.push(at + 1);
  }
  return starts;
}

/** The offset of a 1-based line and a 1-based column counted in UTF-16 code units. */
export function offsetAt(starts: number[], line: number, column: number): number {
  return starts[line - 1] + column - 1;
}

/** The source text between two reported places. */
export function sliceAt(source: string, starts: number[], from: { line: number; column: number }, to: { line: number; column: number }): string {
  return source.slice(offsetAt(starts, from.line, from.column), offsetAt(starts, to.line, to.column));
}
