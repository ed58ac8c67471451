// A .csv batch: a header row, one post per record. The text column is text, message, content,
// post, body or caption; other columns become fields ("author.kind" → author: { kind }).
import { PostlintError } from "../errors.js";
import { csvParse } from "../lazy.js";
import { nestDottedKeys } from "./fields.js";
import { alignedLocator, lineStarts, type Locator } from "./position.js";
import { fieldsOfRecord, textKeyOf, type SourcePost } from "./source-post.js";

interface CsvRow {
  record: Record<string, string>;
  info: { lines: number };
  raw: string;
}

export function* readCsv(text: string, file: string): Iterable<SourcePost> {
  let rows: CsvRow[];
  try {
    rows = csvParse().parse(text, {
      columns: (header: string[]) => header.map((name) => name.trim()),
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      relax_quotes: false,
      max_record_size: 16 * 1024 * 1024,
    }) as CsvRow[];
  } catch (error) {
    const err = error as Error & { lines?: number; column?: number | string };
    const reason = err.message.replace(/^Invalid [^:]*:\s*/, "").replace(/ at line \d+.*$/s, "");
    throw new PostlintError(`invalid CSV: ${reason}`, { file, line: typeof err.lines === "number" ? err.lines : 1 });
  }
  if (rows.length === 0) return;
  if (textKeyOf(rows[0].record) === undefined) {
    throw new PostlintError("no text column: name one of the columns text, message, content, post, body or caption", { file, line: 1, column: 1 });
  }
  const starts = lineStarts(text);
  let cursor = 0;
  for (let index = 0; index < rows.length; index++) {
    const { record, info, raw } = rows[index];
    const at = text.indexOf(raw, cursor);
    const line = info.lines - (raw.match(/\r\n|\r|\n/g)?.length ?? 0);
    const fields = fieldsOfRecord(nestDottedKeys(record), { file, line, path: `row ${index + 2}:` });
    let locate: Locator = () => ({ line, column: 1 });
    if (at >= 0) {
      cursor = at + raw.length;
      locate = alignedLocator(fields.text, text, at + offsetOfField(raw, record, fields.text), at + raw.length, starts);
    }
    yield { fields, locate };
  }
}

/** Where the text cell starts in the raw record (after its opening quote, if quoted). */
function offsetOfField(raw: string, record: Record<string, string>, value: string): number {
  const quoted = `"${value.replace(/"/g, '""')}"`;
  const atQuoted = raw.indexOf(quoted);
  if (atQuoted >= 0) return atQuoted + 1;
  const atPlain = raw.indexOf(value);
  return atPlain >= 0 ? atPlain : 0;
}
