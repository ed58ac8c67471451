import type { Rule } from "../../src/types.js";

// Placeholder: the full rule is being written.
const rule: Rule = {
  meta: {
    id: "hashtag-hijack",
    description: "Tragedy, crisis or cause hashtags and unrelated trending hashtags on brand posts",
    defaultSeverity: "error",
    docs: "rules/hashtag-hijack/README.md",
    messages: {},
  },
  check() {},
};
export default rule;
