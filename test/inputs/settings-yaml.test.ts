import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PostlintError } from "../../src/errors.js";
import { parseYamlValue } from "../../src/inputs/parse.js";
import { parseSettingsYaml } from "../../src/inputs/settings-yaml.js";
import { fixture } from "../helpers.js";

describe("parseSettingsYaml", () => {
  it.each(["examples/.postlintrc.yaml", "examples/trending.yaml", "configs/acme/.postlintrc.yaml", "trending/feed.yaml"])(
    "reads %s exactly as the full YAML parser does (dates stay strings)",
    (path) => {
      const text = readFileSync(fixture(path), "utf8");
      expect(parseSettingsYaml(text, path)).toEqual(parseYamlValue(text, path));
    },
  );

  it("leaves anchors and aliases to the full parser, which caps them", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ..."bcdefghij".split("").map((key, i) => `${key}: &${key} [${Array(10).fill(`*${"abcdefghij"[i]}`).join(", ")}]`)].join("\n");
    expect(() => parseSettingsYaml(bomb, "bomb.yaml")).toThrow(/invalid YAML/);
  });

  it("reports what js-yaml refuses with the full parser's located message", () => {
    const error = (() => {
      try {
        parseSettingsYaml("brand:\n  name: A\nbrand:\n  name: B\n", "dup.yaml");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PostlintError);
    expect((error as PostlintError).format()).toBe("dup.yaml:3:1: invalid YAML: Map keys must be unique");
  });
});
