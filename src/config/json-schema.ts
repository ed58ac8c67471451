// The config file's JSON Schema (draft-07), generated from the schema the validator walks
// (schema.ts) and from each built-in rule's `meta.options`: one source of truth, so what an
// editor completes and flags is exactly what postlint accepts. scripts/write-schema.js writes it
// to schema/postlintrc.schema.json during the build.
import { BUILTIN_RULES } from "../rules.js";
import type { OptionSchema, Rule } from "../types.js";
import { configSchema, severitySchema, type SchemaNode } from "./schema.js";

export type JsonSchema = { [key: string]: unknown };

/** The `rules` node of the config (the same object is used inside `overrides`). */
const RULES_NODE = "properties" in configSchema ? configSchema.properties?.rules : undefined;

export function configJsonSchema(rules: Iterable<Rule> = BUILTIN_RULES.values()): JsonSchema {
  const rulesSchema = rulesJsonSchema([...rules]);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "postlint configuration (.postlintrc, .postlintrc.yaml, .postlintrc.json, package.json#postlint)",
    ...toJsonSchema(configSchema, rulesSchema),
  };
}

function toJsonSchema(node: SchemaNode, rulesSchema: JsonSchema): JsonSchema {
  if (node === RULES_NODE) return rulesSchema;
  const described = (schema: JsonSchema): JsonSchema => (node.description ? { description: node.description, ...schema } : schema);
  if ("anyOf" in node) return described({ anyOf: node.anyOf.map((option) => toJsonSchema(option, rulesSchema)) });
  switch (node.type) {
    case "string":
      return described({ type: "string", ...(node.enum ? { enum: [...node.enum] } : {}) });
    case "number":
      return described({ type: "number", ...(node.minimum !== undefined ? { minimum: node.minimum } : {}) });
    case "boolean":
      return described({ type: "boolean" });
    case "date":
      // YAML reads an unquoted 2026-03-13 as a date; editors see a string, so check its shape.
      return described({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}" });
    case "array":
      return described({ type: "array", items: toJsonSchema(node.items, rulesSchema) });
    case "object":
      return described({
        type: "object",
        ...(node.properties
          ? { properties: Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, toJsonSchema(child, rulesSchema)])) }
          : {}),
        additionalProperties: node.additional ? toJsonSchema(node.additional, rulesSchema) : false,
      });
    case "any":
      return described({});
  }
}

/** Each known rule with its own options; other ids (plugin rules) take any options. */
function rulesJsonSchema(rules: Rule[]): JsonSchema {
  const severity = toJsonSchema(severitySchema, {});
  const entry = (options: JsonSchema, description?: string): JsonSchema => ({
    ...(description ? { description } : {}),
    anyOf: [severity, { type: "array", items: [severity, options], minItems: 1, additionalItems: false }],
  });
  const properties = Object.fromEntries(
    rules.map(({ meta }) => [
      meta.id,
      entry(
        meta.options ? optionsJsonSchema(meta.options) : { type: "object" },
        `${meta.description}. Default: ${meta.defaultSeverity}.${meta.docs ? ` Docs: ${meta.docs}` : ""}`,
      ),
    ]),
  );
  return {
    description: "Rule ids mapped to a severity (off | warn | error) or [severity, { options }]",
    type: "object",
    properties,
    additionalProperties: entry({ type: "object" }, "A rule from a plugin"),
  };
}

function optionsJsonSchema(options: Record<string, OptionSchema>): JsonSchema {
  return { type: "object", properties: mapValues(options, optionJsonSchema), additionalProperties: false };
}

function optionJsonSchema(option: OptionSchema): JsonSchema {
  const described = (schema: JsonSchema): JsonSchema => (option.description ? { description: option.description, ...schema } : schema);
  if ("anyOf" in option) return described({ anyOf: option.anyOf.map(optionJsonSchema) });
  switch (option.type) {
    case "array":
      return described({ type: "array", items: optionJsonSchema(option.items) });
    case "object":
      return described({
        type: "object",
        ...(option.properties ? { properties: mapValues(option.properties, optionJsonSchema) } : {}),
        additionalProperties: option.additional ? optionJsonSchema(option.additional) : false,
      });
    default:
      return described({ type: option.type, ...(option.enum ? { enum: [...option.enum] } : {}) });
  }
}

function mapValues<T>(record: Record<string, T>, map: (value: T) => JsonSchema): Record<string, JsonSchema> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}
