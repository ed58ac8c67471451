import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/api.js";
import { validate } from "../../src/config/validate.js";
import { configSchema } from "../../src/config/schema.js";
import { PostlintError } from "../../src/errors.js";
import { lintFiles } from "../../src/run.js";
import { fixture } from "../helpers.js";

const rejection = async (path: string) => {
  const error = await loadConfig(fixture(path)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostlintError);
  return (error as PostlintError).format();
};

describe("loadConfig", () => {
  it("finds the config of a post file by searching upward, and applies it", async () => {
    const config = await loadConfig(fixture("configs/acme/replies/reply.txt"));
    expect(config.filePath).toBe(fixture("configs/acme/.postlintrc.yaml"));
    expect(config.defaults.brand?.name).toBe("Acme Outdoors");
    expect(config.defaults.author).toMatchObject({ kind: "agency", initials: "DK" });
    expect(config.defaults.platform).toBe("instagram");
  });

  it("starts from the recommended rules and layers the file's rules on top", async () => {
    const config = await loadConfig(fixture("configs/acme/draft.txt"));
    expect(config.rules["profanity"][0]).toBe("error");
    expect(config.rules["tone-mismatch"][0]).toBe("warn");
    expect(config.rules["agency-voice"][0]).toBe("error");
  });

  it("applies overrides whose globs match the file, relative to the config", async () => {
    const reply = await loadConfig(fixture("configs/acme/replies/reply.txt"));
    expect(reply.rules["tone-mismatch"][0]).toBe("error");
  });

  it("reads trending feeds relative to the config, with their windows as dates", async () => {
    const config = await loadConfig(fixture("configs/acme/draft.txt"));
    const aurora = config.settings.trending.find((entry) => entry.tag === "Aurora");
    expect(aurora?.sensitive).toBe(true);
    expect(aurora?.since?.toISOString()).toBe("2012-07-20T00:00:00.000Z");
    // A date-only "until" covers that whole day.
    expect(aurora?.until?.toISOString()).toBe("2012-08-31T23:59:59.999Z");
  });

  it("follows extends: postlint:strict turns every rule to error, the file then lowers one", async () => {
    const config = await loadConfig(fixture("configs/extends/draft.txt"));
    expect(config.rules["tone-mismatch"][0]).toBe("error");
    expect(config.rules["profanity"][0]).toBe("warn");
  });

  it("with no config file anywhere, runs the recommended set with no brand", async () => {
    const config = await loadConfig("/");
    expect(config.defaults.brand).toBeUndefined();
    expect(config.enabled.map((rule) => rule.rule.meta.id).sort()).toEqual(["agency-voice", "brand-terms", "crisis-freeze", "hashtag-hijack", "leaked-brief", "platform-limits", "profanity", "tone-mismatch"]);
  });
});

describe("invalid configs name the file, the place and the key path", () => {
  it("an unknown key", async () => {
    expect(await rejection("configs/unknown-key/draft.txt")).toMatch(
      /unknown-key\/\.postlintrc\.yaml:3:3: invalid config: brand\.colour: unknown key "colour"/,
    );
  });

  it("a wrong type", async () => {
    expect(await rejection("configs/bad-type/draft.txt")).toMatch(/bad-type\/\.postlintrc\.yaml:3:1: invalid config: platform: must be one of x,/);
  });

  it("an unknown rule id", async () => {
    expect(await rejection("configs/unknown-rule/draft.txt")).toMatch(
      /unknown-rule\/\.postlintrc\.yaml:2:3: invalid config: rules\.no-such-rule: unknown rule "no-such-rule"/,
    );
  });

  it("a config that is not an object", async () => {
    expect(await rejection("configs/not-object/draft.txt")).toMatch(/not-object\/\.postlintrc\.yaml:1:1: invalid config: the file must hold an object/);
  });

  it("a JavaScript config that throws when loaded", async () => {
    expect(await rejection("configs/throws/draft.txt")).toMatch(/throws\/postlint\.config\.mjs: cannot load config: config exploded/);
  });

  it("a bad file makes every post file under it a fatal result, not a crash", async () => {
    const [result] = await lintFiles([fixture("configs/unknown-key/draft.txt")]);
    expect(result.messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 2 });
    expect(result.fatal).toMatch(/brand\.colour/);
  });
});

describe("the schema validator", () => {
  it("accepts a full config as SPEC §4 writes it", () => {
    const config = {
      extends: "postlint:recommended",
      brand: { name: "Acme Outdoors", aliases: ["Acme"], handles: ["@acme"], topics: ["hiking"], voice: "friendly" },
      author: { kind: "agency", organization: "Brightside Media", name: "Dana Kim", initials: "DK" },
      account: { handle: "@acme", owner: "brand" },
      platform: "instagram",
      trending: ["trending.yaml"],
      disclosure: { jurisdiction: "us" },
      crisis: [{ since: "2026-03-13", until: "2026-03-20", context: "regional floods" }],
      plugins: ["./rules-local/no-competitor.js"],
      rules: { profanity: "error", "tone-mismatch": ["warn", { maxExclamations: 2 }] },
      overrides: [{ files: ["replies/**"], rules: { "tone-mismatch": "error" } }],
    };
    expect(validate(config, configSchema)).toEqual([]);
  });

  it("reports nested paths and suggests a near key", () => {
    expect(validate({ author: { knd: "agency" } }, configSchema)).toEqual([
      { path: "author.knd", message: 'unknown key "knd" (did you mean "kind"?)' },
    ]);
    expect(validate({ crisis: [{ since: "not a date" }] }, configSchema)[0].path).toBe("crisis[0].since");
  });
});

describe("brand.voice", () => {
  it("must name a voice preset or define limits", async () => {
    expect(await rejection("configs/bad-voice/draft.txt")).toMatch(/bad-voice\/\.postlintrc\.yaml:3:3: invalid config: brand\.voice: unknown voice "grumpy"/);
  });
});
