// Settings files (configs, trending feeds) are small and read on every run, so their YAML goes
// through js-yaml, which loads in a fraction of the time of the `yaml` package (cold start,
// SPEC §8). Anything unusual takes the full parser, which locates errors and caps aliases:
// anchors (an alias bomb needs them), and any text js-yaml refuses (its message is replaced by
// the full parser's located one). The core schema keeps dates as strings, as `yaml` does.
import { CORE_SCHEMA, load } from "js-yaml";
import { parseYamlValue } from "./parse.js";

const ANCHOR_RE = /(^|[\s[{,:-])&[^\s]/;

export function parseSettingsYaml(text: string, file: string): unknown {
  if (!ANCHOR_RE.test(text)) {
    try {
      return load(text, { schema: CORE_SCHEMA, filename: file });
    } catch {
      // fall through: the full parser says what is wrong, and where
    }
  }
  return parseYamlValue(text, file);
}
