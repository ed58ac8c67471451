// Loads a rule's or module's data file. Sources are YAML, for people to review; the build
// turns each into JSON beside the compiled module (scripts/copy-data.js), which loads faster.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { yaml } from "./lazy.js";

const cache = new Map<string, unknown>();

/** `loadData(new URL("./lexicon.yaml", import.meta.url))`, parsed once per process. */
export function loadData<T>(url: URL): T {
  const path = fileURLToPath(url);
  const cached = cache.get(path);
  if (cached !== undefined) return cached as T;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.replace(/\.ya?ml$/, ".json"), "utf8"));
  } catch {
    data = yaml().parse(readFileSync(path, "utf8"));
  }
  cache.set(path, data);
  return data as T;
}
