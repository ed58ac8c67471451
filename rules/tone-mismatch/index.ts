import type { Rule } from "../../src/types.js";

// Placeholder: the full rule is being written.
const rule: Rule = {
  meta: {
    id: "tone-mismatch",
    description: "The post against the brand's voice and the moment",
    defaultSeverity: "error",
    docs: "rules/tone-mismatch/README.md",
    messages: {},
  },
  check() {},
};
export default rule;
