// Many files are linted on worker threads, one per core, when there are enough of them to pay
// for the threads' start-up. Results come back in the order of the file list.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { RunOptions } from "./run.js";
import type { LintResult } from "./types.js";

/** Files sent to a thread at a time: fewer messages, while the threads still share the work evenly. */
const BATCH = 25;

/** Below this many files, one thread is faster than starting others (each loads the rules' data). */
export const PARALLEL_MIN_FILES = 200;

// The bundled worker when the build made one, else the compiled module.
const WORKER_SCRIPT = [new URL("./worker.mjs", import.meta.url), new URL("./worker.js", import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((path) => existsSync(path)) ?? "";

/** How many threads a run of `fileCount` files should use (1 = stay on this thread). */
export function threadsFor(fileCount: number, requested: Concurrency = "auto"): number {
  // Compiled code only: under a TypeScript test runner there is no worker.js to start.
  if (!WORKER_SCRIPT || requested === "off") return 1;
  if (typeof requested === "number") return Math.max(1, Math.min(requested, fileCount));
  // Each thread loads the rules' data before its first file (~60 ms), and the main thread keeps
  // working too: measured on 2 cores, two threads were no faster than one, so "auto" starts
  // threads only on machines with more cores, and only for enough files.
  const cores = availableParallelism();
  if (cores < 3 || fileCount < PARALLEL_MIN_FILES) return 1;
  return Math.min(cores - 1, Math.floor(fileCount / (PARALLEL_MIN_FILES / 2)), 8);
}

/** --concurrency: "auto", "off", or a number of threads. */
export type Concurrency = "auto" | "off" | number;

export async function lintOnThreads(files: string[], threads: number, options: RunOptions): Promise<LintResult[]> {
  const { onPost, onMessage: _onMessage, onFileDone: _onFileDone, ...cloneable } = options;
  const results: LintResult[] = new Array(files.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: { ...cloneable, nowMs: (options.now ?? new Date()).getTime() } });
      const sendNext = () => {
        if (next >= files.length) return worker.postMessage(null);
        worker.postMessage({ index: next, files: files.slice(next, next + BATCH) });
        next += BATCH;
      };
      worker.on("message", (message: { index: number; results: LintResult[]; posts: number }) => {
        message.results.forEach((result, offset) => (results[message.index + offset] = result));
        for (let post = 0; post < message.posts; post++) onPost?.();
        sendNext();
      });
      worker.on("error", reject);
      worker.on("exit", () => resolve());
      sendNext();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}
