// A worker thread of a parallel run: lints the files it is sent, one at a time, and posts each
// result back with its index so the report keeps the command line's order.
import { parentPort, workerData } from "node:worker_threads";
import { readPostsFromFile } from "./inputs/index.js";
import { ConfigResolver, lintSource, type RunOptions } from "./run.js";

interface Job {
  index: number;
  file: string;
}

const options = { ...(workerData as RunOptions), now: new Date((workerData as { nowMs: number }).nowMs) };
let posts = 0;
options.onPost = () => {
  posts++;
};
const configs = new ConfigResolver(options);

parentPort?.on("message", async (job: Job | null) => {
  if (job === null) {
    parentPort?.close();
    return;
  }
  posts = 0;
  const result = await lintSource(job.file, () => readPostsFromFile(job.file, options.limits), configs, options);
  parentPort?.postMessage({ index: job.index, result, posts });
});
