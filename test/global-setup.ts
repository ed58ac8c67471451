// CLI tests run bin/postlint.js, which imports the compiled dist/: build it once before the
// suites. A failed build is reported here and then shows up as failing CLI tests (the type
// check in `npm test` fails too), rather than stopping suites that do not need dist/.
import { spawnSync } from "node:child_process";

export default function setup(): void {
  const build = spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8" });
  if (build.status !== 0) process.stderr.write(`global setup: the build failed:\n${build.stdout}${build.stderr}\n`);
}
