import type { Rule } from "../../src/types.js";

// Placeholder: the full rule is being written.
const rule: Rule = {
  meta: {
    id: "agency-voice",
    description: "Undisclosed agency, freelancer or paid-influencer voice",
    defaultSeverity: "error",
    docs: "rules/agency-voice/README.md",
    messages: {},
  },
  check() {},
};
export default rule;
