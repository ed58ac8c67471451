// A worker thread of a parallel run: lints the batch of files it is sent and posts the results
// back with the batch's first index, so the report keeps the command line's order.
import { parentPort, workerData } from "node:worker_threads";
import { readPostsFromFile } from "./inputs/index.js";
import { ConfigResolver, lintSource, type RunOptions } from "./run.js";

interface Job {
  index: number;
  files: string[];
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
  const results = [];
  for (const file of job.files) results.push(await lintSource(file, () => readPostsFromFile(file, options.limits), configs, options));
  parentPort?.postMessage({ index: job.index, results, posts });
});
