// Checks a value against a SchemaNode and says where it is wrong, by key path.
import type { SchemaNode } from "./schema.js";

export interface SchemaIssue {
  /** Key path, e.g. "rules.profanity[1].allow". */
  path: string;
  message: string;
}

export function validate(value: unknown, schema: SchemaNode, path = ""): SchemaIssue[] {
  if ("anyOf" in schema) {
    const attempts = schema.anyOf.map((option) => validate(value, option, path));
    if (attempts.some((issues) => issues.length === 0)) return [];
    // Report the attempt that got furthest: the one whose first issue has the longest path.
    const shallowTypeError = attempts.every((issues) => issues.length === 1 && issues[0].path === path);
    if (shallowTypeError) return [{ path, message: `must be ${describe(schema)}` }];
    return attempts.reduce((best, issues) => (deepest(issues) > deepest(best) ? issues : best));
  }
  switch (schema.type) {
    case "any":
      return [];
    case "string":
      if (typeof value !== "string") return [{ path, message: `must be ${describe(schema)}` }];
      if (schema.enum && !schema.enum.includes(value)) {
        return [{ path, message: `must be one of ${schema.enum.join(", ")} (got "${value}")` }];
      }
      return [];
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return [{ path, message: "must be a number" }];
      if (schema.minimum !== undefined && value < schema.minimum) return [{ path, message: `must be at least ${schema.minimum}` }];
      return [];
    case "boolean":
      return typeof value === "boolean" ? [] : [{ path, message: "must be true or false" }];
    case "date":
      return toDate(value) ? [] : [{ path, message: "must be a date (YYYY-MM-DD or an ISO 8601 date-time)" }];
    case "array":
      if (!Array.isArray(value)) return [{ path, message: `must be ${describe(schema)}` }];
      return value.flatMap((item, index) => validate(item, schema.items, `${path}[${index}]`));
    case "object": {
      if (!isPlainObject(value)) return [{ path, message: "must be an object" }];
      const issues: SchemaIssue[] = [];
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        const childSchema = schema.properties?.[key] ?? schema.additional;
        if (!childSchema) {
          issues.push({ path: childPath, message: `unknown key "${key}"${suggestKey(key, schema.properties)}` });
        } else if (child !== undefined) {
          issues.push(...validate(child, childSchema, childPath));
        }
      }
      return issues;
    }
  }
}

export function describe(schema: SchemaNode): string {
  if ("anyOf" in schema) return schema.anyOf.map(describe).join(" or ");
  switch (schema.type) {
    case "string":
      return schema.enum ? `one of ${schema.enum.join(", ")}` : "a string";
    case "array":
      return `a list of ${describe(schema.items).replace(/^an? /, "")}s`.replace(/ss$/, "s");
    case "object":
      return "an object";
    case "date":
      return "a date";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "any":
      return "anything";
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A YAML timestamp (already a Date) or a string Date parses; anything else is undefined. */
export function toDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function deepest(issues: SchemaIssue[]): number {
  return issues.length === 0 ? Infinity : Math.max(...issues.map((issue) => issue.path.length));
}

function suggestKey(key: string, properties: Record<string, SchemaNode> | undefined): string {
  const known = Object.keys(properties ?? {});
  const near = known.find((name) => name.toLowerCase() === key.toLowerCase() || editDistanceAtMostOne(name, key));
  return near ? ` (did you mean "${near}"?)` : known.length ? ` (known keys: ${known.filter((k) => !k.startsWith("$")).join(", ")})` : "";
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
