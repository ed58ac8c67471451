// Bundles the CLI for a fast start (SPEC §8 cold-start target):
// - dist/cli.cjs: the whole CLI in one CommonJS file. Loading one file instead of ~80 modules
//   saves tens of milliseconds, and CommonJS code can be run through V8's code cache.
// - dist/postlint.mjs: the entry bin/postlint.js imports (src/launch.ts). It runs dist/cli.cjs
//   with the code cache dist/cli.cjs.cache, which this script writes after a sample run.
// - dist/src/worker.mjs: the worker thread of parallel runs, bundled so each thread starts faster.
// Modules find their data files through import.meta.url, so each module's import.meta.url is
// rewritten to the URL of its compiled twin in dist/, relative to the bundle; the data stays where
// the build put it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist/`;

/**
 * Rewrites import.meta.url in each module to its compiled twin's URL, seen from `outfile`. In a
 * CommonJS bundle the bundle's own URL comes from __filename, and `import(plugin)` goes through
 * the loader's __postlintImport, since code run by node:vm cannot import by itself.
 */
const keepModuleUrls = (outfile, format) => ({
  name: "keep-module-urls",
  setup(pluginBuild) {
    const bundleUrl = format === "cjs" ? "__postlintUrl" : "import.meta.url";
    pluginBuild.onLoad({ filter: /[/\\]dist[/\\](src|rules)[/\\].*\.js$/ }, async (args) => {
      let contents = await readFile(args.path, "utf8");
      const fromBundle = relative(dirname(outfile), args.path).split("\\").join("/");
      contents = contents.replaceAll("import.meta.url", `new URL(${JSON.stringify(`./${fromBundle}`)}, ${bundleUrl}).href`);
      if (format === "cjs") contents = contents.replace(/\bimport\((?!["'`])/g, "__postlintImport(");
      return { contents, loader: "js", resolveDir: dirname(args.path) };
    });
  },
});

const BANNERS = {
  esm: 'import { createRequire as __postlintRequire } from "node:module"; const require = __postlintRequire(import.meta.url);',
  cjs: 'const __postlintUrl = require("node:url").pathToFileURL(__filename).href;',
};

const bundles = [
  [`${dist}src/cli.js`, `${dist}cli.cjs`, "cjs"],
  [`${dist}src/launch.js`, `${dist}postlint.mjs`, "esm"],
  [`${dist}src/worker.js`, `${dist}src/worker.mjs`, "esm"],
];

for (const [entry, outfile, format] of bundles) await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format,
  // cosmiconfig loads JavaScript configs through its own files (__filename, dynamic require):
  // it stays a package of its own.
  external: ["cosmiconfig"],
  // Less to parse at start-up; names are kept, so a crash still says where.
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: BANNERS[format] },
  plugins: [keepModuleUrls(outfile, format)],
  logLevel: "warning",
});

const SAMPLE_CONFIG = `brand: { name: Acme Outdoors, aliases: [Acme], handles: ["@acme"], topics: [hiking, camping], voice: friendly }
author: { kind: agency, organization: Brightside Media, name: Dana Kim, initials: DK }
account: { handle: "@acme", owner: brand }
platform: instagram
trending: [trending.yaml]
crisis: [{ since: 2026-03-13, until: 2026-03-20, context: regional floods }]
rules: { brand-terms: [warn, { terms: [TrailLite], hashtags: ["#AcmeTrails"] }] }
`;
const SAMPLE_FEED = `- { tag: "#Storm", context: storm with deaths, sensitive: true }
- { tag: "#FinalsNight", context: a basketball final }
`;
const SAMPLE_POSTS = `- text: "New Traillite pack! 20% off with code TRAIL20, link in bio #FinalsNight #Storm"
  date: 2026-03-14
- text: "I'm so sorry about that, we'll look into it right away"
  inReplyTo: "Your tent leaked all night, worst purchase ever"
- text: "Hi Sam, caption below for Thursday, lmk if ok:\n[INSERT LINK] Damn fine boots"
- text: "#ad Loving my @acme tent"
  author: { kind: influencer, name: Zoe }
  account: { handle: "@zoe", owner: personal }
  sponsored: true
`;

// The code cache holds what V8 compiled during a run on a sample draft, so the functions a usual
// run needs are in it, not only the top level.
// Without it the CLI still works, only slower to start: a failure here is a warning.
const sample = mkdtempSync(join(tmpdir(), "postlint-build-"));
try {
  // A draft alone, then a content folder with a brand config, a feed and a few kinds of post, so
  // the code that configs, feeds and every rule run is compiled too.
  writeFileSync(join(sample, "draft.txt"), "Our new trail shoes are here! Grab a pair this weekend 👟 #hiking #ad\n");
  mkdirSync(join(sample, "repo"));
  writeFileSync(join(sample, "repo", ".postlintrc.yaml"), SAMPLE_CONFIG);
  writeFileSync(join(sample, "repo", "trending.yaml"), SAMPLE_FEED);
  writeFileSync(join(sample, "repo", "posts.yaml"), SAMPLE_POSTS);
  const { main, writeCodeCache } = await import(pathToFileURL(`${dist}postlint.mjs`).href);
  const quiet = { cwd: sample, env: {}, stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), stdoutIsTTY: false, stderrIsTTY: false };
  await main(["--no-config", join(sample, "draft.txt")], quiet);
  await main([join(sample, "repo")], quiet);
  writeCodeCache();
} catch (error) {
  console.warn(`bundle-cli: no code cache written (${error instanceof Error ? error.message : error})`);
} finally {
  rmSync(sample, { recursive: true, force: true });
}
