// Finds and reads configuration files through cosmiconfig, validates them against the schema,
// and follows `extends`. The result is a ConfigLayer with every path made absolute.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { cosmiconfig, getDefaultSearchPlaces, type Loader } from "cosmiconfig";
import { describeFileError, PostlintError } from "../errors.js";
import { parseJson } from "../inputs/parse.js";
import { parseSettingsYaml } from "../inputs/settings-yaml.js";
import { locateConfigKey } from "./locate.js";
import { PRESETS } from "./presets.js";
import { validateVoice } from "../../rules/tone-mismatch/voice.js";
import { configSchema } from "./schema.js";
import { isPlainObject, validate, type SchemaIssue } from "./validate.js";

export const MODULE_NAME = "postlint";

/** One config file as written, validated, with paths resolved against its folder. */
export interface ConfigLayer {
  /** The file it came from, or a preset name. */
  source: string;
  values: Record<string, unknown>;
}

const yamlLoader: Loader = (file, content) => (content.trim() === "" ? {} : parseSettingsYaml(content, file));
const jsonLoader: Loader = (file, content) => parseJson(content, file);

function explorer() {
  return cosmiconfig(MODULE_NAME, {
    searchStrategy: "global",
    loaders: { ".yaml": yamlLoader, ".yml": yamlLoader, ".json": jsonLoader, noExt: yamlLoader },
  });
}

let sharedExplorer: ReturnType<typeof explorer> | undefined;

/** The config that applies to files in `directory`, searched upward; undefined when there is none. */
export async function findConfigFile(directory: string): Promise<string | undefined> {
  sharedExplorer ??= explorer();
  try {
    const found = await sharedExplorer.search(directory);
    return found?.filepath;
  } catch (error) {
    throw asConfigError(error, firstConfigFileUpward(directory) ?? directory);
  }
}

/** The config file a failed search was loading: the nearest one of cosmiconfig's search places. */
function firstConfigFileUpward(directory: string): string | undefined {
  const places = getDefaultSearchPlaces(MODULE_NAME);
  for (let dir = directory; ; dir = dirname(dir)) {
    const found = places.map((place) => join(dir, place)).find((path) => existsSync(path) && !path.endsWith("package.json"));
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads one config file and everything it extends, base first. */
export async function loadConfigChain(file: string, seen: string[] = []): Promise<ConfigLayer[]> {
  const path = resolve(file);
  if (seen.includes(path)) {
    throw new PostlintError(`"extends" forms a cycle: ${[...seen, path].join(" → ")}`, { file: path });
  }
  const values = await readConfigFile(path);
  const layers: ConfigLayer[] = [];
  const parents = values.extends === undefined ? [] : Array.isArray(values.extends) ? values.extends : [values.extends];
  for (const parent of parents as string[]) {
    if (parent.startsWith("postlint:")) {
      const preset = PRESETS[parent];
      if (!preset) {
        throw new PostlintError(`extends: unknown preset "${parent}" (known: ${Object.keys(PRESETS).join(", ")})`, { file: path });
      }
      layers.push({ source: parent, values: preset });
    } else {
      layers.push(...(await loadConfigChain(resolve(dirname(path), parent), [...seen, path])));
    }
  }
  layers.push({ source: path, values: resolvePaths(values, dirname(path)) });
  return layers;
}

async function readConfigFile(path: string): Promise<Record<string, unknown>> {
  let loaded: unknown;
  try {
    sharedExplorer ??= explorer();
    const result = await sharedExplorer.load(path);
    loaded = result?.config ?? {};
  } catch (error) {
    throw asConfigError(error, path);
  }
  if (loaded === null || loaded === undefined) loaded = {};
  if (!isPlainObject(loaded)) {
    throw new PostlintError("invalid config: the file must hold an object of settings", { file: path, line: 1, column: 1 });
  }
  const issues = validate(loaded, configSchema);
  if (issues.length === 0) issues.push(...voiceIssues(loaded));
  if (issues.length > 0) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
    throw new PostlintError(`invalid config: ${first.path}: ${first.message}${more}`, { file: path, ...locateConfigKey(path, first.path) });
  }
  return loaded;
}

/** brand.voice names a preset or defines limits: the presets are the tone-mismatch rule's data. */
function voiceIssues(values: Record<string, unknown>): SchemaIssue[] {
  const places: Array<[unknown, string]> = [[(values.brand as { voice?: unknown } | undefined)?.voice, "brand.voice"]];
  if (Array.isArray(values.overrides)) {
    values.overrides.forEach((override: { brand?: { voice?: unknown } }, index) => places.push([override?.brand?.voice, `overrides[${index}].brand.voice`]));
  }
  return places
    .filter(([voice]) => voice !== undefined)
    .flatMap(([voice, path]) => validateVoice(voice, path).map((problem) => ({ path, message: problem.slice(problem.indexOf(": ") + 2) })));
}

/** Feeds and plugins are written relative to the config file; make them absolute once. */
function resolvePaths(values: Record<string, unknown>, base: string): Record<string, unknown> {
  const resolved: Record<string, unknown> = { ...values, base };
  for (const key of ["trending", "plugins"] as const) {
    if (Array.isArray(values[key])) resolved[key] = (values[key] as string[]).map((path) => resolve(base, path));
  }
  return resolved;
}

function asConfigError(error: unknown, file: string): PostlintError {
  if (error instanceof PostlintError) {
    if (!error.location.file) return new PostlintError(error.message, { ...error.location, file });
    return error;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return new PostlintError(`cannot read config: ${describeFileError(error)}`, { file });
  const message = error instanceof Error ? error.message : String(error);
  return new PostlintError(`cannot load config: ${message.split("\n")[0]}`, { file });
}
