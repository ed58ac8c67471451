// Runs the postlint CLI with this script's arguments and, as the process exits, prints its peak
// resident set size on stderr: how the memory tests measure a real run from outside.
process.on("exit", () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
await import("../../bin/postlint.js");
