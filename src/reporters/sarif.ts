// SARIF 2.1.0, what GitHub code scanning and most CI dashboards read. One run: tool.driver
// describes every rule (so an alert links to its docs), each problem is a result located in its
// file, and a file that could not be linted is a tool execution notification: code scanning
// shows those as tool errors, whereas results without a rule it would have to reject or misfile.
import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { BUILTIN_RULES } from "../rules.js";
import type { LintMessage, LintResult, Severity } from "../types.js";
import { VERSION } from "../version.js";
import type { ReporterOptions } from "./index.js";
import { docsUrl, readDoc } from "./rule-docs.js";

const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/** Relative artifact URIs are resolved against the folder postlint ran in (the repository root in CI). */
const SOURCE_ROOT = "%SRCROOT%";

type Level = "none" | "note" | "warning" | "error";

export function sarif(results: LintResult[], options: ReporterOptions): string {
  const descriptors = ruleDescriptors(results);
  const indexOf = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const result of results) {
    const artifactLocation = artifactLocationOf(result.filePath, options.cwd);
    for (const message of result.messages) {
      const location = { physicalLocation: { artifactLocation, region: regionOf(message) } };
      if (message.fatal) {
        notifications.push({
          level: "error",
          message: { text: message.message },
          locations: [location],
          ...(message.ruleId ? { associatedRule: { id: message.ruleId } } : {}),
        });
        continue;
      }
      const ruleId = message.ruleId ?? "postlint";
      sarifResults.push({
        ruleId,
        ruleIndex: indexOf.get(ruleId),
        level: levelOf(message),
        message: { text: message.message },
        locations: [location],
        ...(message.post ? { properties: { post: message.post } } : {}),
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "postlint",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: docsUrl("README.md"),
            rules: descriptors,
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(options.cwd) } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

interface Descriptor {
  id: string;
  [key: string]: unknown;
}

/** Every built-in rule, then any other rule the results mention (plugins), described by id. */
function ruleDescriptors(results: LintResult[]): Descriptor[] {
  const descriptors: Descriptor[] = [...BUILTIN_RULES.values()].map(({ meta }) => {
    const help = meta.docs ? readDoc(meta.docs) : undefined;
    return {
      id: meta.id,
      name: meta.id,
      shortDescription: { text: meta.description },
      ...(meta.docs ? { helpUri: docsUrl(meta.docs) } : {}),
      ...(help ? { help: { text: help, markdown: help } } : {}),
      defaultConfiguration: defaultConfiguration(meta.defaultSeverity),
    };
  });
  const known = new Set(descriptors.map((descriptor) => descriptor.id));
  for (const message of results.flatMap((result) => result.messages)) {
    if (message.fatal || !message.ruleId || known.has(message.ruleId)) continue;
    known.add(message.ruleId);
    descriptors.push({ id: message.ruleId, name: message.ruleId, shortDescription: { text: `Custom rule ${message.ruleId}` } });
  }
  return descriptors;
}

function defaultConfiguration(severity: Severity): { level: Level; enabled?: boolean } {
  if (severity === "off") return { level: "none", enabled: false };
  return { level: severity === "error" ? "error" : "warning" };
}

function levelOf(message: LintMessage): Level {
  return message.severity === 2 ? "error" : "warning";
}

function regionOf(message: LintMessage): Record<string, number> {
  const region: Record<string, number> = { startLine: Math.max(1, message.line), startColumn: Math.max(1, message.column) };
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    region.endLine = Math.max(region.startLine, message.endLine);
    region.endColumn = Math.max(1, message.endColumn);
  }
  return region;
}

/** Inside cwd: a relative URI against %SRCROOT%, which code scanning maps to the checkout. */
function artifactLocationOf(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const path = relative(cwd, filePath);
  if (!isAbsolute(filePath) || (path && !path.startsWith("..") && !isAbsolute(path))) {
    return { uri: (isAbsolute(filePath) ? path : filePath).split(sep).map(encodeURIComponent).join("/"), uriBaseId: SOURCE_ROOT };
  }
  return { uri: pathToFileURL(filePath).href };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith("/") ? href : `${href}/`;
}
