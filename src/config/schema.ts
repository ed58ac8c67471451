// The configuration's shape, written once: the validator walks it (validate.ts) and the
// published JSON Schema is generated from it (json-schema.ts), so the two cannot disagree.
import { ACCOUNT_OWNERS, AUTHOR_KINDS, PLATFORMS } from "../types.js";

export type SchemaNode =
  | { type: "string"; enum?: readonly string[]; description?: string }
  | { type: "number"; minimum?: number; description?: string }
  | { type: "boolean"; description?: string }
  /** A date: a YAML timestamp, or a string Date can parse. */
  | { type: "date"; description?: string }
  | { type: "array"; items: SchemaNode; description?: string }
  | {
      type: "object";
      properties?: Record<string, SchemaNode>;
      /** Schema of keys not listed in properties; absent means unknown keys are errors. */
      additional?: SchemaNode;
      description?: string;
    }
  | { type: "any"; description?: string }
  | { anyOf: SchemaNode[]; description?: string };

const string = (description?: string): SchemaNode => ({ type: "string", description });
const strings = (description?: string): SchemaNode => ({ type: "array", items: { type: "string" }, description });
const oneOrMany = (description?: string): SchemaNode => ({ anyOf: [string(), strings()], description });

export const SEVERITY_NAMES = ["off", "warn", "error"] as const;

export const severitySchema: SchemaNode = {
  anyOf: [
    { type: "string", enum: SEVERITY_NAMES },
    { type: "number", minimum: 0 },
  ],
  description: "off | warn | error (or 0 | 1 | 2)",
};

/** A rule entry: a severity, or [severity, options]. Options are checked against the rule's meta. */
export const ruleEntrySchema: SchemaNode = {
  anyOf: [severitySchema, { type: "array", items: { type: "any" } }],
  description: "A severity, or [severity, { options }]",
};

const brandSchema: SchemaNode = {
  type: "object",
  description: "The brand the posts speak for",
  properties: {
    name: string("The brand's name, as written in posts"),
    aliases: strings("Other names the brand goes by"),
    handles: strings("The brand's own @handles"),
    topics: strings("What the brand talks about: relates on-topic hashtags"),
    voice: {
      anyOf: [
        string("A voice preset: formal | friendly | playful | empathetic"),
        { type: "object", additional: { type: "any" } },
      ],
      description: "A voice preset name, or an object of thresholds",
    },
  },
};

const authorSchema: SchemaNode = {
  type: "object",
  description: "Who writes the posts",
  properties: {
    kind: { type: "string", enum: AUTHOR_KINDS },
    name: string(),
    organization: string("The agency or employer"),
    initials: string("Caret-signature initials, e.g. DK for ^DK"),
  },
};

const accountSchema: SchemaNode = {
  type: "object",
  description: "The account the posts are published from",
  properties: {
    handle: string(),
    owner: { type: "string", enum: ACCOUNT_OWNERS },
  },
};

const platformSchema: SchemaNode = { type: "string", enum: PLATFORMS, description: "The default platform" };

/** A crisis window, in a config's `crisis` list or a feed's. */
export const crisisWindowSchema: SchemaNode = {
  type: "object",
  properties: {
    since: { type: "date", description: "Start (a date means from its first moment, UTC)" },
    until: { type: "date", description: "End (a date means through that whole day, UTC)" },
    context: string("What happened, named in every message: \"regional floods\""),
  },
};

const rulesSchema: SchemaNode = {
  type: "object",
  additional: ruleEntrySchema,
  description: "Rule ids mapped to a severity or [severity, options]",
};

/** Post fields a config (or an override) applies to every post. */
const postDefaults = {
  brand: brandSchema,
  author: authorSchema,
  account: accountSchema,
  platform: platformSchema,
  sponsored: { type: "boolean", description: "Every post is a paid or gifted endorsement" },
} satisfies Record<string, SchemaNode>;

export const configSchema: SchemaNode = {
  type: "object",
  description: "postlint configuration",
  properties: {
    $schema: string(),
    extends: oneOrMany("postlint:recommended, postlint:strict, or a path to another config"),
    ...postDefaults,
    trending: strings("Trending-hashtag feeds (YAML or JSON), relative to the config"),
    disclosure: {
      type: "object",
      properties: {
        jurisdiction: { type: "string", enum: ["us", "uk"] },
        phrases: strings("Extra phrases the brand accepts as a disclosure or signature"),
      },
    },
    crisis: {
      type: "array",
      description: "Windows in which scheduled posts are held for review",
      items: crisisWindowSchema,
    },
    plugins: strings("Custom rule modules (paths to ES modules), relative to the config"),
    rules: rulesSchema,
    overrides: {
      type: "array",
      items: {
        type: "object",
        properties: { files: oneOrMany("Globs, relative to the config"), excludedFiles: oneOrMany(), ...postDefaults, rules: rulesSchema },
      },
    },
  },
};

export const trendingFeedSchema: SchemaNode = {
  anyOf: [
    { type: "array", items: { type: "any" } },
    {
      type: "object",
      properties: { trending: { type: "array", items: { type: "any" } }, crisis: { type: "array", items: crisisWindowSchema } },
    },
  ],
};

export const trendingEntrySchema: SchemaNode = {
  type: "object",
  properties: {
    tag: string("The hashtag, with or without #"),
    context: string("Why it trends"),
    sensitive: { type: "boolean" },
    since: { type: "date" },
    until: { type: "date" },
  },
};
