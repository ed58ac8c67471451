// The command line's entry in the build (bundled to dist/postlint.mjs). It runs the CLI bundle,
// dist/cli.cjs, through V8's code cache, dist/cli.cjs.cache, which the build writes after a
// sample run: start-up then skips parsing and compiling most of the CLI's half megabyte of
// JavaScript, about a fifth of a cold start (SPEC §8). Without a usable cache (another Node
// version, other V8 flags, a rebuilt bundle) V8 compiles the source as usual.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import type { main as Main } from "./cli.js";

const BUNDLE = fileURLToPath(new URL("../cli.cjs", import.meta.url));
const CODE_CACHE = `${BUNDLE}.cache`;
/** The cache starts with the bundle's size and mtime: V8 itself checks only the source's length. */
const HEADER_BYTES = 16;

/** How `import()` reaches a plugin from the bundle: code run by vm has no module loader of its own. */
const importModule = (specifier: string): Promise<unknown> => import(specifier);

const bundleStat = statSync(BUNDLE);
const cachedData = readCodeCache();
const script = new Script(
  `(function (exports, require, module, __filename, __dirname, __postlintImport) {${readFileSync(BUNDLE, "utf8")}\n})`,
  { filename: BUNDLE, cachedData },
);
const bundle = { exports: {} as { main: typeof Main } };
script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, dirname(BUNDLE), importModule);

export const main: typeof Main = bundle.exports.main;
/** Whether V8 took the code cache (the bench and a test check that the build's cache is used). */
export const usedCodeCache = cachedData !== undefined && !script.cachedDataRejected;

/** Writes the code cache from what this process has compiled so far (the build calls it after a sample run). */
export function writeCodeCache(): void {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeDoubleLE(bundleStat.size, 0);
  header.writeDoubleLE(bundleStat.mtimeMs, 8);
  writeFileSync(CODE_CACHE, Buffer.concat([header, script.createCachedData()]));
}

function readCodeCache(): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
  if (file.length <= HEADER_BYTES) return undefined;
  if (file.readDoubleLE(0) !== bundleStat.size || file.readDoubleLE(8) !== bundleStat.mtimeMs) return undefined;
  return file.subarray(HEADER_BYTES);
}
