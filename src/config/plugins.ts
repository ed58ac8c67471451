// Custom rule modules named in the config's `plugins`: ES modules whose default export is a rule
// (or a list of rules) with the same shape as the built-in ones.
import { pathToFileURL } from "node:url";
import { PostlintError } from "../errors.js";
import type { Rule } from "../types.js";

const loaded = new Map<string, Promise<Rule[]>>();

export function loadPlugin(path: string): Promise<Rule[]> {
  let rules = loaded.get(path);
  if (!rules) {
    rules = importPlugin(path);
    loaded.set(path, rules);
  }
  return rules;
}

async function importPlugin(path: string): Promise<Rule[]> {
  let module: { default?: unknown; rules?: unknown };
  try {
    module = await import(pathToFileURL(path).href);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new PostlintError(`cannot load plugin: ${message}`, { file: path });
  }
  const exported = module.default ?? module.rules;
  const candidates = Array.isArray(exported) ? exported : [exported];
  return candidates.map((candidate, index) => checkRuleShape(candidate, path, index));
}

function checkRuleShape(candidate: unknown, file: string, index: number): Rule {
  const rule = candidate as Partial<Rule> | undefined;
  const where = index > 0 ? ` (rule ${index + 1})` : "";
  if (!rule || typeof rule.check !== "function" || typeof rule.meta !== "object" || rule.meta === null) {
    throw new PostlintError(`plugin${where} must export default { meta, check(post, context) }`, { file });
  }
  if (typeof rule.meta.id !== "string" || !/^[a-z0-9][a-z0-9-/]*$/.test(rule.meta.id)) {
    throw new PostlintError(`plugin${where}: meta.id must be a lower-case rule id such as "no-competitor"`, { file });
  }
  if (typeof rule.meta.messages !== "object" || rule.meta.messages === null) {
    throw new PostlintError(`plugin rule "${rule.meta.id}": meta.messages must map message ids to templates`, { file });
  }
  return {
    ...rule,
    meta: { ...rule.meta, description: rule.meta.description ?? "", defaultSeverity: rule.meta.defaultSeverity ?? "error" },
  } as Rule;
}
