// crisis-freeze: when the news turns, every post scheduled inside a declared crisis window
// (config or feed `crisis: [{ since, until, context }]`) is held for review: an error when it
// sells or cheers, a warning otherwise. Posts without a date are not judged: nothing says when
// they go out. This is the "freeze everything scheduled" practice social teams follow.
import { findClearPromotion } from "../../src/text/cues.js";
import type { Rule } from "../../src/types.js";
import { findCheer } from "./cheer.js";
import { describeWindow, windowsAt } from "./windows.js";

const rule: Rule = {
  meta: {
    id: "crisis-freeze",
    description: "Posts scheduled inside a declared crisis window, held for review; selling or cheering ones are errors",
    defaultSeverity: "error",
    docs: "rules/crisis-freeze/README.md",
    messages: {
      promotional:
        "Scheduled during the crisis “{{context}}” ({{window}}) and selling (“{{cue}}”). A sales post while people follow {{context}} reads as profiting from it; hold it until the crisis window ends, or rewrite it.",
      cheerful:
        "Scheduled during the crisis “{{context}}” ({{window}}) and upbeat (“{{cue}}”). Cheer that fires on schedule in a crisis reads as a brand not paying attention; hold it or rewrite it for the moment.",
      review:
        "Scheduled during the crisis “{{context}}” ({{window}}): review it before it goes out. Confirm it still fits the moment, or hold it until the window ends.",
    },
  },
  check(post, context) {
    // An empty post publishes nothing; an undated one says nothing about when it goes out.
    if (!(post.date instanceof Date) || Number.isNaN(post.date.getTime()) || post.text.trim() === "") return;
    const windows = windowsAt(context.settings.crisis, post.date, post.dateOffset);
    if (windows.length === 0) return;
    const data = {
      context: [...new Set(windows.map((w) => w.context ?? "unnamed"))].join(" / "),
      window: windows.map(describeWindow).join("; "),
    };
    // A weak sales word alone ("link in bio" for an evacuation map, "round up at checkout" for relief)
    // does not make a notice a sales post.
    const promotion = findClearPromotion(post.analysis)[0];
    if (promotion) {
      const cue = post.text.slice(promotion.start, promotion.end);
      context.report({ messageId: "promotional", data: { ...data, cue }, start: promotion.start, end: promotion.end });
      return;
    }
    const cheer = findCheer(post.analysis);
    if (cheer) {
      context.report({ messageId: "cheerful", data: { ...data, cue: cheer.text }, start: cheer.start, end: cheer.end });
      return;
    }
    context.report({ messageId: "review", data, start: 0, end: post.text.length, severity: "warn" });
  },
};
export default rule;
