// loadConfig(path): the public way to read a config file (or the one that applies to a path).
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { findConfigFile, loadConfigChain } from "./load.js";
import { resolveConfig, type ResolvedConfig } from "./resolve.js";

export interface LoadedConfig extends ResolvedConfig {
  /** The config file read, or undefined when none applies. */
  filePath?: string;
}

/**
 * A config file, or the config that applies to a post file or folder (searched upward as the
 * CLI does). Throws a PostlintError naming the file and key path when the config is invalid.
 */
export async function loadConfig(path: string): Promise<LoadedConfig> {
  const absolute = resolve(path);
  const isConfigFile = /(^|[/\\])(\.postlintrc(\.\w+)?|postlint\.config\.\w+|package\.json)$/.test(absolute);
  let filePath: string | undefined = absolute;
  if (!isConfigFile) {
    const directory = statSync(absolute, { throwIfNoEntry: false })?.isDirectory() ? absolute : dirname(absolute);
    filePath = await findConfigFile(directory);
  }
  const layers = filePath ? await loadConfigChain(filePath) : [];
  return { ...(await resolveConfig(layers, absolute)), filePath };
}
