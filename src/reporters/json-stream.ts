// The JSON report written while the run goes, so memory stays flat however many problems a big
// batch has (SPEC §8). A file's counts come before its messages, so each message is spooled to a
// temporary file as it is found; when the file is done, its opening (with the counts), the
// spooled messages and its fatal message (if any) are written out, and the spool is removed.
// The output is byte for byte what `json` gives for the same results.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LintMessage, LintResult } from "../types.js";
import { fileOpening, messageJson } from "./json.js";

const FLUSH_AT = 256 * 1024;

export class JsonReportStream {
  private directory: string | undefined;
  private spoolPath = "";
  private spool: number | undefined;
  /** No temporary folder could be made: messages wait in memory instead (correct, not flat). */
  private inMemory = false;
  private pending: string[] = [];
  private pendingLength = 0;
  private spooled = 0;
  private files = 0;

  constructor(private readonly write: (chunk: string) => void) {}

  /** A message of the file being linted (fatal ones stay in the result and come last). */
  message(message: LintMessage): void {
    const text = messageJson(message);
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  /** The file is done: write its entry. `result.messages` holds only what was not streamed. */
  fileDone(result: LintResult): void {
    this.write(`${this.files++ === 0 ? "[" : ","}${fileOpening(result)}`);
    let first = true;
    if (this.spool !== undefined) {
      this.flush();
      closeSync(this.spool);
      this.spool = undefined;
      first = this.copySpool();
    } else if (this.pending.length > 0) {
      this.write(this.pending.join(","));
      first = false;
    }
    this.pending = [];
    this.pendingLength = 0;
    this.spooled = 0;
    for (const message of result.messages) {
      this.write(`${first ? "" : ","}${messageJson(message)}`);
      first = false;
    }
    this.write("]}");
  }

  /** Ends the report and removes the spool folder. */
  end(): void {
    this.write(this.files === 0 ? "[]\n" : "]\n");
    this.dispose();
  }

  dispose(): void {
    if (this.spool !== undefined) closeSync(this.spool);
    this.spool = undefined;
    if (this.directory) rmSync(this.directory, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pending.length === 0 || this.inMemory) return;
    if (this.spool === undefined && !this.openSpool()) return;
    writeSync(this.spool as number, `${this.spooled > 0 ? "," : ""}${this.pending.join(",")}`);
    this.spooled += this.pending.length;
    this.pending = [];
    this.pendingLength = 0;
  }

  private openSpool(): boolean {
    try {
      this.directory ??= mkdtempSync(join(tmpdir(), "postlint-report-"));
      this.spoolPath = join(this.directory, "messages");
      this.spool = openSync(this.spoolPath, "w");
      return true;
    } catch {
      this.inMemory = true;
      return false;
    }
  }

  /** Copies the spooled messages out; returns true when there were none. */
  private copySpool(): boolean {
    const fd = openSync(this.spoolPath, "r");
    const buffer = Buffer.alloc(FLUSH_AT);
    const decoder = new TextDecoder();
    try {
      for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
        this.write(decoder.decode(buffer.subarray(0, read), { stream: true }));
      }
      const rest = decoder.decode();
      if (rest) this.write(rest);
    } finally {
      closeSync(fd);
      rmSync(this.spoolPath, { force: true });
    }
    return this.spooled === 0;
  }
}
