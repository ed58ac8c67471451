// Dependencies loaded on first use, so a run pays at start-up only for what it needs
// (cold start is a target: SPEC §8). Type-only imports keep the call sites typed.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}

export const yaml = lazy<typeof import("yaml")>("yaml");
export const picomatch = lazy<typeof import("picomatch")>("picomatch");
export const csvParse = lazy<typeof import("csv-parse/sync")>("csv-parse/sync");
