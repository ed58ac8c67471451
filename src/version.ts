// The package version, read once from package.json (two levels up from src/ and dist/src/).
import { readFileSync } from "node:fs";

function readVersion(): string {
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      const json = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (json.name === "postlint" && json.version) return json.version;
    } catch {
      // try the next candidate
    }
  }
  return "0.0.0";
}

export const VERSION = readVersion();
