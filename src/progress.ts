// One progress line on stderr for long runs at an interactive terminal: files and posts done,
// posts per second. Never when piped, in CI, or with --quiet; erased when the run ends.
import type { CliIO } from "./cli.js";

const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 200;

export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private posts = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly io: CliIO,
    quiet: boolean,
  ) {
    this.enabled = io.stderrIsTTY && !quiet && !io.env.CI;
  }

  tick(): void {
    this.posts++;
    if (!this.enabled || (this.posts & 255) !== 0) return;
    const now = Date.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    const rate = Math.round((this.posts * 1000) / (now - this.started));
    this.io.stderr(`\r\x1b[2Kpostlint: ${this.posts.toLocaleString("en-US")} posts, ${rate.toLocaleString("en-US")} posts/s`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.io.stderr("\r\x1b[2K");
  }
}
