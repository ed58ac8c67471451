// After tsc: every YAML data file under src/ and rules/ is written as JSON beside its
// compiled module in dist/, so a run parses JSON (fast) instead of YAML; plain-text data
// files (word lists) are copied as they are.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;

function* dataFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* dataFiles(path);
    else if (/\.(ya?ml|txt)$/.test(entry.name)) yield path;
  }
}

for (const top of ["src", "rules"]) {
  for (const source of dataFiles(join(root, top))) {
    const target = join(root, "dist", relative(root, source));
    mkdirSync(dirname(target), { recursive: true });
    if (source.endsWith(".txt")) copyFileSync(source, target);
    else {
      try {
        writeFileSync(target.replace(/\.ya?ml$/, ".json"), JSON.stringify(parse(readFileSync(source, "utf8"))));
      } catch (error) {
        console.error(`copy-data: ${relative(root, source)}: ${error.message}`);
        process.exitCode = 1;
      }
    }
  }
}
