// platform-limits: the post against its platform — over the length limit (an error: it will not
// publish, or will be cut), more hashtags or mentions than the platform allows or advises, and
// a disclosure, call to action or link hidden past the "… more" cut. Limits are data
// (src/platforms.yaml) and each can be overridden per platform in the options.
import { foldOffset, platformInfo, type PlatformInfo } from "../../src/platforms.js";
import { PLATFORMS, stringList, type OptionSchema, type Platform, type Rule } from "../../src/types.js";
import { hiddenMustSee } from "./fold.js";
import { overflow } from "./length.js";

type LimitOverrides = Partial<Pick<PlatformInfo, "maxLength" | "maxHashtags" | "maxMentions" | "truncation" | "truncationLines">>;

interface PlatformLimitsOptions {
  limits?: Partial<Record<Platform, LimitOverrides>>;
  callsToAction?: string[];
}

const limitSchema: OptionSchema = {
  type: "object",
  properties: {
    maxLength: { type: "number", description: "Longest post, counted as the platform counts" },
    maxHashtags: { type: "number" },
    maxMentions: { type: "number" },
    truncation: { type: "number", description: "Characters shown before \"… more\" (0: the whole post is shown)" },
    truncationLines: { type: "number", description: "Lines shown before \"… more\", where the feed also folds by lines" },
  },
};

const options: Record<string, OptionSchema> = {
  limits: {
    type: "object",
    description: "Per-platform overrides of the built-in limits, e.g. { instagram: { maxHashtags: 5 } }",
    properties: Object.fromEntries(PLATFORMS.map((platform) => [platform, limitSchema])),
  },
  callsToAction: stringList("More calls to action that must sit above the fold (\"book a demo\")"),
};

const rule: Rule = {
  meta: {
    id: "platform-limits",
    description: "The post against its platform's limits: length (X counted as X counts), hashtags, mentions, and what the \"more\" cut hides",
    defaultSeverity: "error",
    docs: "rules/platform-limits/README.md",
    options,
    messages: {
      tooLong:
        "{{length}} characters, {{over}} over {{platform}}'s limit of {{max}}{{counting}}: the post will be rejected or cut from here. Shorten it.",
      tooManyHashtags:
        "{{count}} hashtags; {{platform}} {{allows}} {{max}}. Extra tags read as spam and can cost reach: keep the ones that matter.",
      tooManyMentions:
        "{{count}} @mentions; {{platform}} {{allows}} {{max}}. Tagging many accounts reads as spam: keep the ones that matter.",
      hiddenPastFold:
        "This {{kind}} (“{{text}}”) sits past {{platform}}'s “… more” cut, where most readers never look. Move it into the first line.",
    },
  },
  check(post, context) {
    // A platform postlint does not know (from a plugin or the API) has no limits to check.
    const builtIn = post.platform ? platformInfo(post.platform) : undefined;
    if (!builtIn || !post.platform) return;
    const { limits = {}, callsToAction = [] } = context.options as PlatformLimitsOptions;
    const info: PlatformInfo = { ...builtIn, ...limits[post.platform] };
    const { analysis, text } = post;

    const over = overflow(analysis, info);
    if (over) {
      context.report({
        messageId: "tooLong",
        data: {
          length: over.length,
          over: over.length - info.maxLength,
          max: info.maxLength,
          platform: info.name,
          counting: COUNTING_NOTES[info.counting] ?? (info.urlLength ? ` (links count as ${info.urlLength})` : ""),
        },
        start: over.cut,
        end: text.length,
      });
    }

    // Past the limit, the extra hashtags or mentions are marked, from the first one too many. A
    // limit the platform enforces is an error (the post fails); guidance is a warning.
    const reportExcess = (limit: "hashtags" | "mentions", found: Array<{ start: number; end: number }>, max: number) => {
      if (found.length <= max) return;
      context.report({
        messageId: limit === "hashtags" ? "tooManyHashtags" : "tooManyMentions",
        data: { count: found.length, max, platform: info.name, allows: info.hard.includes(limit) ? "allows at most" : "advises at most" },
        start: found[max].start,
        end: found[found.length - 1].end,
        severity: info.hard.includes(limit) ? "error" : "warn",
      });
    };
    reportExcess("hashtags", analysis.hashtags, info.maxHashtags);
    reportExcess("mentions", analysis.mentions, info.maxMentions);

    const fold = foldOffset(text, info.truncation, info.truncationLines);
    if (fold === undefined) return;
    for (const item of hiddenMustSee(analysis, fold, { callsToAction })) {
      context.report({
        messageId: "hiddenPastFold",
        data: { kind: item.kind, text: text.slice(item.start, item.end), platform: info.name },
        start: item.start,
        end: item.end,
        severity: "warn",
      });
    }
  },
};
export default rule;

const COUNTING_NOTES: Partial<Record<PlatformInfo["counting"], string>> = {
  weighted: " (X counts every link as 23 and wide characters such as emoji and CJK as 2)",
  graphemes: " (counted in visible characters)",
};
