// CLI tests run bin/postlint.js, which imports the compiled dist/: build it once before the
// suites, unless the build is newer than every source (npm ci's prepare script has just built it).
// A failed build is reported here and then shows up as failing CLI tests (the type check in
// `npm test` fails too), rather than stopping suites that do not need dist/.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["src", "rules", "scripts", "package.json", "tsconfig.json"];
// The build's last outputs: the code cache is written after the bundle, the schema after both.
const BUILT = ["dist/cli.cjs.cache", "schema/postlintrc.schema.json"];

export default function setup(): void {
  if (isFresh()) return;
  const build = spawnSync("npm", ["run", "--silent", "build"], { encoding: "utf8" });
  if (build.status !== 0) process.stderr.write(`global setup: the build failed:\n${build.stdout}${build.stderr}\n`);
}

function isFresh(): boolean {
  const built = Math.min(...BUILT.map((path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0));
  return SOURCES.every((path) => newest(path) < built);
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}
