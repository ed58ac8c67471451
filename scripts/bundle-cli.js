// Bundles the CLI into one file, dist/postlint.mjs (and the worker thread into dist/src/worker.mjs): loading one module instead of ~80 cuts
// start-up by tens of milliseconds (SPEC §8 cold-start target). Modules find their data files
// through import.meta.url, so each module's import.meta.url is rewritten to the URL of its
// compiled twin in dist/, relative to the bundle; the data stays where the build put it.
import { readFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist/`;

/** Rewrites import.meta.url in each module to its compiled twin's URL, seen from `outfile`. */
const keepModuleUrls = (outfile) => ({
  name: "keep-module-urls",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[/\\]dist[/\\](src|rules)[/\\].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const fromBundle = relative(dirname(outfile), args.path).split("\\").join("/");
      const contents = source.replaceAll("import.meta.url", `new URL(${JSON.stringify(`./${fromBundle}`)}, import.meta.url).href`);
      return { contents, loader: "js", resolveDir: dirname(args.path) };
    });
  },
});

const bundles = [
  [`${dist}src/cli.js`, `${dist}postlint.mjs`],
  // The worker of parallel runs, bundled for the same reason: each thread starts faster.
  [`${dist}src/worker.js`, `${dist}src/worker.mjs`],
];

for (const [entry, outfile] of bundles) await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // cosmiconfig loads JavaScript configs through its own files (__filename, dynamic require):
  // it stays a package of its own.
  external: ["cosmiconfig"],
  // Less to parse at start-up; names are kept, so a crash still says where.
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: 'import { createRequire as __postlintRequire } from "node:module"; const require = __postlintRequire(import.meta.url);' },
  plugins: [keepModuleUrls(outfile)],
  logLevel: "warning",
});
