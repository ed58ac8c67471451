// Loaded with `node --require` by the benchmark: records the process's peak RSS at exit.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.POSTLINT_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
