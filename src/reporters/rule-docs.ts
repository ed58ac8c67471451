// Where the package and its rule docs live, so reports can link a finding to its rule's README.
// A published package with a GitHub `repository` links there; otherwise the installed copy.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface PackageJson {
  name?: string;
  repository?: string | { url?: string };
}

/** The folder holding postlint's package.json, from src/reporters/ or dist/src/reporters/. */
export const PACKAGE_ROOT: string = findPackageRoot();

function findPackageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    directory = dirname(directory);
    if (readPackageJson(directory)?.name === "postlint") return directory;
  }
  return process.cwd();
}

function readPackageJson(directory: string): PackageJson | undefined {
  try {
    return JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as PackageJson;
  } catch {
    return undefined;
  }
}

/** Where files of a package published from GitHub can be read on the web, if it says. */
export function repositoryFilesBase(repository: PackageJson["repository"]): string | undefined {
  const url = typeof repository === "string" ? repository : repository?.url;
  const match = url?.match(/github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/);
  return match ? `https://github.com/${match[1]}/blob/HEAD/` : undefined;
}

const repositoryBase = repositoryFilesBase(readPackageJson(PACKAGE_ROOT)?.repository);

/** An absolute URL for a path inside the package ("rules/profanity/README.md"). */
export function docsUrl(path: string): string {
  const clean = path.replace(/^\.?\//, "");
  return repositoryBase ? `${repositoryBase}${clean}` : pathToFileURL(join(PACKAGE_ROOT, clean)).href;
}

/** A doc's Markdown, when the package ships it. */
export function readDoc(path: string): string | undefined {
  const file = join(PACKAGE_ROOT, path);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}
