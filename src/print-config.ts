// --print-config <path>: the configuration that applies to one file, as YAML.
import { dirname } from "node:path";
import { yaml } from "./lazy.js";
import type { ConfigResolver } from "./run.js";

export async function printConfig(filePath: string, configs: ConfigResolver): Promise<string> {
  const config = await configs.forFile(filePath);
  const configFile = await configs.configFileFor(dirname(filePath));
  const rules = Object.fromEntries(
    Object.entries(config.rules).map(([id, [severity, options]]) => [id, Object.keys(options).length ? [severity, options] : severity]),
  );
  const printable = {
    file: filePath,
    configFile: configFile ?? null,
    ...config.defaults,
    disclosure: config.settings.disclosure,
    trending: [...new Set(config.settings.trending.map((entry) => entry.source))],
    crisis: config.settings.crisis.map(({ since, until, context }) => ({ since: since?.toISOString(), until: until?.toISOString(), context })),
    rules,
  };
  return yaml().stringify(JSON.parse(JSON.stringify(printable)));
}
