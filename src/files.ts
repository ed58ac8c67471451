// Command-line paths to the files to lint: files as given, directories searched for input
// files, globs matched. Sorted, without duplicates, safe from symlink loops.
import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { describeFileError, PostlintError } from "./errors.js";
import { isInputFile } from "./inputs/index.js";
import { picomatch } from "./lazy.js";

const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git", "dist", "coverage"]);
// Files a content repository holds that are not posts: tooling and postlint's own files. Hidden
// files (.postlintrc.yaml, .postlintcache) are skipped too. Named on the command line, any file is linted.
const NOT_POSTS = new Set(["package.json", "package-lock.json", "tsconfig.json", "postlint-suppressions.json", ".pre-commit-hooks.yaml"]);
const CONFIG_FILE_RE = /^postlint\.config\.[cm]?js$/;
const GLOB_CHARS_RE = /[*?[\]{}!]/;

/** Files for the given paths. A path that matches nothing is a PostlintError. */
export async function expandPaths(paths: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      if (GLOB_CHARS_RE.test(path)) {
        const found = await expandGlob(path, cwd);
        if (found.length === 0) throw new PostlintError(`no files match the pattern "${path}"`, { file: path });
        for (const file of found) files.add(file);
        continue;
      }
      throw new PostlintError(`cannot read: ${describeFileError(error)}`, { file: path });
    }
    if (info.isDirectory()) {
      const found = await walk(absolute, () => true);
      if (found.length === 0) {
        throw new PostlintError("no input files in this directory (.txt, .md, .yaml, .yml, .json, .jsonl, .ndjson, .csv)", { file: path });
      }
      for (const file of found) files.add(file);
    } else {
      files.add(absolute); // named explicitly: linted whatever its extension (read as text)
    }
  }
  return [...files].sort();
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const normalized = pattern.split(sep).join("/");
  const scan = picomatch().scan(normalized);
  const base = resolve(cwd, scan.base || ".");
  const matches = picomatch()(scan.glob || "**", { dot: false });
  return walk(base, (file) => matches(relative(base, file).split(sep).join("/")));
}

function isPostFileName(name: string): boolean {
  return !name.startsWith(".") && !NOT_POSTS.has(name) && !CONFIG_FILE_RE.test(name);
}

/** Input files under a directory; follows symlinks but visits each real directory once. */
async function walk(root: string, accept: (file: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const visit = async (directory: string): Promise<void> => {
    let real;
    try {
      real = await realpath(directory);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      throw new PostlintError(`cannot read directory: ${describeFileError(error)}`, { file: directory });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        isDirectory = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDirectory) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith(".")) await visit(path);
      } else if (isFile && isInputFile(path) && isPostFileName(entry.name) && accept(path)) {
        found.push(path);
      }
    }
  };
  await visit(root);
  return found;
}
