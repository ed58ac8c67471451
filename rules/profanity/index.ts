import type { Rule } from "../../src/types.js";

// Placeholder: the full rule is being written (issue 3).
const rule: Rule = {
  meta: {
    id: "profanity",
    description: "Profane or vulgar words, including disguised spellings",
    defaultSeverity: "error",
    docs: "rules/profanity/README.md",
    messages: { strong: "“{{word}}” is profane.", mild: "“{{word}}” reads as mild profanity." },
  },
  check() {},
};
export default rule;
