// The shapes every part of postlint agrees on: posts, rules, violations, results.
import type { Analysis } from "./text/analysis.js";

export type Severity = "off" | "warn" | "error";
export type SeverityLevel = 1 | 2; // 1 = warning, 2 = error (as ESLint)

export const PLATFORMS = ["x", "instagram", "facebook", "linkedin", "threads", "bluesky", "mastodon", "tiktok"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const AUTHOR_KINDS = ["in-house", "agency", "freelancer", "influencer", "employee"] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

export const ACCOUNT_OWNERS = ["brand", "personal", "third-party"] as const;
export type AccountOwner = (typeof ACCOUNT_OWNERS)[number];

/** A voice preset name or a custom set of thresholds (see rules/tone-mismatch/voices.yaml). */
export type Voice = string | Record<string, unknown>;

export interface Brand {
  name?: string;
  aliases?: string[];
  handles?: string[];
  topics?: string[];
  voice?: Voice;
}

export interface Account {
  handle?: string;
  owner?: AccountOwner;
}

export interface Author {
  kind?: AuthorKind;
  name?: string;
  organization?: string;
  initials?: string;
}

/** A trending-hashtag feed entry (SPEC §4). Dates are parsed when the feed is loaded. */
export interface TrendingEntry {
  tag: string;
  context?: string;
  sensitive?: boolean;
  since?: Date;
  until?: Date;
  /** The feed file the entry came from, for messages. */
  source?: string;
}

export interface CrisisWindow {
  since?: Date;
  until?: Date;
  context?: string;
}

export interface Disclosure {
  jurisdiction?: "us" | "uk";
  /** Extra phrases the brand accepts as a disclosure or signature. */
  phrases?: string[];
}

/** The fields a post may carry (SPEC §3). All optional but `text`. */
export interface PostFields {
  id?: string;
  text: string;
  platform?: Platform;
  date?: Date;
  /** Minutes east of UTC that `date` was written with ("…T20:00:00-07:00" → -420), when it had an offset. */
  dateOffset?: number;
  account?: Account;
  author?: Author;
  sponsored?: boolean;
  brand?: Brand;
  inReplyTo?: string;
  postlint?: { disable?: string[] };
}

/** A post as a rule sees it: its fields (config merged in), its place in the file, its analysis. */
export interface Post extends PostFields {
  index: number;
  analysis: Analysis;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Path of the rule's documentation, relative to the package root. */
  docs?: string;
  /** Message templates keyed by messageId; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** Option names and their JSON types, for config validation and the JSON Schema. */
  options?: Record<string, OptionSchema>;
  /** Its suggestions are safe to apply without a person reading them (--fix). */
  fixable?: boolean;
}

/** A rule option that is a list of strings. */
export const stringList = (description: string): OptionSchema => ({ type: "array", items: { type: "string" }, description });

export type OptionSchema =
  | { type: "string" | "number" | "boolean"; description?: string; enum?: readonly string[] }
  | { type: "array"; items: OptionSchema; description?: string }
  | { type: "object"; description?: string; properties?: Record<string, OptionSchema>; additional?: OptionSchema }
  | { anyOf: OptionSchema[]; description?: string };

/** Settings every rule may read, resolved from the config for the file being linted. */
export interface RuleSettings {
  trending: TrendingEntry[];
  crisis: CrisisWindow[];
  disclosure: Disclosure;
  /** The moment a post without a `date` is judged at. */
  now: Date;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Offsets into post.text, end exclusive. */
  start: number;
  end: number;
  /** A lesser finding; the configured severity caps it. */
  severity?: "warn" | "error";
  /** A safe replacement for text[start, end), when the rule knows one. */
  suggestion?: string;
  /** The suggestion may be applied by --fix without a person reading it (as every suggestion of a meta.fixable rule is). */
  fix?: boolean;
}

export interface RuleContext {
  options: Record<string, unknown>;
  settings: RuleSettings;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(post: Post, context: RuleContext): void;
}

/** A reported problem, before it is placed in a file. */
export interface Violation {
  ruleId: string;
  messageId: string;
  severity: SeverityLevel;
  message: string;
  start: number;
  end: number;
  suggestion?: string;
  /** --fix may apply the suggestion. */
  fix?: boolean;
}

export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  post?: { index: number; id?: string };
  suggestion?: string;
  /** --fix may apply the suggestion (never in the JSON report). */
  fix?: boolean;
  fatal?: boolean;
  /** The violation's offsets into the post's text (end exclusive), for reporters that show the text (html); never in the JSON report. */
  start?: number;
  end?: number;
  /** The rule's documentation (README path in the package). */
  docs?: string;
  /** Names the post across edits elsewhere in the file: "id:<id>" or "text:<hash of its text>" (baseline suppressions). */
  postKey?: string;
}

/** One post's place in a result, for reporters that show posts (junit, html). */
export interface PostSummary {
  index: number;
  id?: string;
  line: number;
  text?: string;
  platform?: Platform;
  handle?: string;
  date?: string;
  author?: Author;
  sponsored?: boolean;
  /** The text this post replies to. */
  inReplyTo?: string;
}

export interface LintResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: LintMessage[];
  /** Posts seen in the file (kept small: text only when a reporter asks for it). */
  posts?: PostSummary[];
  postCount: number;
  /** "file:line:col: what is wrong" when the file could not be linted (printed on stderr). */
  fatal?: string;
}
