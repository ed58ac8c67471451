import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { html } from "../../src/reporters/html.js";
import { escapeHtml } from "../../src/reporters/html/escape.js";
import { highlight, type HighlightRange, type Piece } from "../../src/reporters/html/highlight.js";
import { lintFiles } from "../../src/run.js";
import type { LintResult } from "../../src/types.js";
import { fixture, jsonReport, postlint, ROOT } from "../helpers.js";

const CALENDAR = fixture("html/calendar.yaml");
const NOW = new Date("2026-10-01T00:00:00Z");

/** The text of the pieces, with each range's reference written as [id]. */
const show = (pieces: Piece[]) => pieces.map((piece) => (piece.kind === "ref" ? `[${piece.range.id}]` : piece.text)).join("");
const range = (id: string, start: number, end: number, severity: 1 | 2 = 2): HighlightRange => ({ id, start, end, severity });

describe("highlight: the post's text split at problems and at the fold", () => {
  it("covers exactly each range and puts its reference where it ends", () => {
    const { above, below } = highlight("what the shit is this", [range("a", 9, 13)]);
    expect(show(above)).toBe("what the shit[a] is this");
    expect(below).toEqual([]);
    expect(above.filter((piece) => piece.kind === "text" && piece.covering.length > 0)).toEqual([
      { kind: "text", text: "shit", covering: [range("a", 9, 13)] },
    ]);
  });

  it("splits a range that straddles the fold into a part above and a part below", () => {
    const { above, below } = highlight("old one was bullshit, truly", [range("a", 12, 20)], 16);
    expect(show(above)).toBe("old one was bull");
    expect(show(below)).toBe("shit[a], truly");
    const covered = [...above, ...below].flatMap((piece) => (piece.kind === "text" && piece.covering.length ? [piece.text] : []));
    expect(covered).toEqual(["bull", "shit"]);
  });

  it("nests overlapping ranges, warnings outside, so an error's color wins where both apply", () => {
    const { above } = highlight("lol sounds like user error tbh", [range("slang", 0, 30, 1), range("laugh", 0, 3, 2)]);
    const first = above[0];
    expect(first).toMatchObject({ kind: "text", text: "lol" });
    expect(first.kind === "text" && first.covering.map((covering) => covering.id)).toEqual(["slang", "laugh"]);
    expect(show(above)).toBe("lol[laugh] sounds like user error tbh[slang]");
  });

  it("shows an empty range as a reference at its place, below the fold when it points there", () => {
    expect(show(highlight("abcdef", [range("x", 2, 2)]).above)).toBe("ab[x]cdef");
    const folded = highlight("abcdef", [range("y", 4, 4), range("z", 6, 6)], 3);
    expect(show(folded.above)).toBe("abc");
    expect(show(folded.below)).toBe("d[y]ef[z]");
  });

  it("never splits an emoji: a boundary inside a surrogate pair moves before it", () => {
    const text = "ok 🎉 go";
    const { above, below } = highlight(text, [range("a", 4, 8)], 4);
    expect(show(above)).toBe("ok ");
    expect(show(below)).toBe("🎉 go[a]");
  });

  it("clamps ranges that point outside the text", () => {
    expect(show(highlight("short", [range("a", -4, 99)]).above)).toBe("short[a]");
  });
});

describe("escapeHtml", () => {
  it("turns markup into text, in content and in quoted attributes", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y' </textarea>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &lt;/textarea&gt;",
    );
  });

  it("replaces characters HTML cannot carry, one for one", () => {
    expect(escapeHtml("a\u0000b\u0007c\uD800d\n\te")).toBe("a\uFFFDb\uFFFDc\uFFFDd\n\te");
    expect(escapeHtml("🎉")).toBe("🎉");
  });
});

describe("the html report of the fixtures (API)", () => {
  let results: LintResult[];
  let page: string;
  beforeAll(async () => {
    results = await lintFiles([CALENDAR], { keepPosts: true, now: NOW });
    page = html(results, { color: false, cwd: ROOT });
  });
  const posts = () => results[0].posts ?? [];
  const messagesOf = (postId: string) => results[0].messages.filter((message) => message.post?.id === postId);
  /** The card of a post, by its position among the cards. */
  const card = (postId: string) => {
    const index = posts().findIndex((post) => post.id === postId);
    return page.split(`<article class="card `)[index + 1].split("</article>")[0];
  };

  it("is one self-contained document: no external script, style, font or image", () => {
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    expect(tags.filter((tag) => /^<(link|img|iframe|object|embed|video|audio|source)\b|\ssrc=/i.test(tag))).toEqual([]);
    expect(page.match(/<style>([\s\S]*?)<\/style>/)?.[1]).not.toMatch(/@import|url\(/);
    expect(page.match(/<script\b[^>]*>/g)).toEqual(["<script>"]);
    expect(page.match(/<style\b[^>]*>/g)).toEqual(["<style>"]);
  });

  it("allows only its own style and script, by hash, and no network", () => {
    const policy = page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
    const sha = (source: string) => `'sha256-${createHash("sha256").update(source).digest("base64")}'`;
    const style = page.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? "";
    const script = page.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src ${sha(style)}`);
    expect(policy).toContain(`script-src ${sha(script)}`);
  });

  it("escapes post text, handles and ids: <script> and </textarea> render as text", () => {
    // The page's own tags removed: what remains is the text the browser shows, still escaped.
    const escaping = card("<i>escaping</i>").replace(/<[^>]*>/g, "");
    expect(escaping).toContain("Caption test: &lt;script&gt;window.pwned = 1&lt;/script&gt;");
    expect(escaping).toContain("&lt;/textarea&gt;&lt;script&gt;window.pwned = 2&lt;/script&gt;");
    expect(escaping).toContain("&lt;i&gt;escaping&lt;/i&gt;");
    expect(page).not.toMatch(/<\/textarea|<img|pwned = [12]<\/script>|<i>escaping/);
  });

  it("marks each problem's range with its severity and its number", () => {
    const [profanity] = messagesOf("emoji-first");
    const text = posts().find((post) => post.id === "emoji-first")?.text ?? "";
    expect(text.slice(profanity.start, profanity.end)).toBe("f*cking");
    expect(card("emoji-first")).toMatch(/<mark class="error" data-m="(m\d+)">f\*cking<\/mark><a class="ref error" href="#\1" data-m="\1" aria-label="problem 1, error">1<\/a>/);
  });

  it("lists beside the text each problem's severity, rule, place and fix", () => {
    const item = card("emoji-first").match(/<li class="problem error"[\s\S]*?<\/li>/)?.[0] ?? "";
    expect(item).toContain(`data-rule="profanity"`);
    expect(item).toContain(`<span class="severity">Error</span>`);
    expect(item).toMatch(/>profanity<\/a>/);
    expect(item).toContain("line 16, column 53");
    expect(item).toContain(`<q class="before">f*cking</q> → <q class="after">f***ing</q>`);
  });

  it("draws the platform's fold as a “… more” line, splitting a mark that straddles it", () => {
    const across = card("across-the-fold");
    const [above, below] = across.split(`<div class="fold"`);
    expect(across).toContain(`<span class="more">… more</span>`);
    expect(above).toMatch(/was <mark class="error" data-m="(m\d+)">bull<\/mark><\/div>/);
    expect(below).toMatch(/<mark class="error" data-m="(m\d+)">shit<\/mark><a class="ref error"/);
    for (const whole of ["<i>escaping</i>", "bluesky", "mastodon"]) expect(card(whole)).not.toContain(`class="fold"`);
  });

  it("styles each card after its platform, with handle, date and badge", () => {
    const reply = card("reply");
    expect(reply).toMatch(/^platform-threads"/);
    expect(reply).toContain(`<span class="badge">Threads</span>`);
    expect(reply).toContain(`<bdi class="handle" data-search>@acme</bdi>`);
    expect(reply).toContain(`<time datetime="2026-10-04T16:20:00.000Z">Sun, 4 Oct 2026, 16:20 UTC</time>`);
    expect(reply).toContain("Replying to</span> <span dir=\"auto\">My tent zipper broke");
    expect(card("emoji-first")).toContain(`>Sat, 3 Oct 2026</time>`);
    expect(card("tiktok")).toContain(`<span class="tag">Sponsored</span>`);
  });

  it("sums posts, errors and warnings, and charts problems by rule", () => {
    const errors = results[0].errorCount;
    const warnings = results[0].warningCount;
    expect(page).toContain(`<dt>Posts</dt><dd>${posts().length}</dd>`);
    expect(page).toContain(`<dt>Errors</dt><dd>${errors}</dd>`);
    expect(page).toContain(`<dt>Warnings</dt><dd>${warnings}</dd>`);
    const rules = new Set(results[0].messages.map((message) => message.ruleId));
    const bars = [...page.matchAll(/<g class="bar" data-rule="([^"]+)">/g)].map((match) => match[1]);
    expect(new Set(bars)).toEqual(rules);
    const profanity = results[0].messages.filter((message) => message.ruleId === "profanity").length;
    expect(page).toContain(`<title>profanity: ${profanity} errors</title>`);
  });

  it("offers the filters (rule, severity, clean posts, search) hidden until the script shows them", () => {
    expect(page).toMatch(/<form class="filters" id="filters" role="search" aria-label="Filter posts" hidden>/);
    expect(page).toContain(`<option value="profanity">`);
    expect(page).toContain(`<option value="error">Errors only</option>`);
    expect(page).toContain(`type="search"`);
  });

  it("reads the same every time it is built (no timestamps)", () => {
    expect(html(results, { color: false, cwd: ROOT })).toBe(page);
  });

  it("still lists every post and problem when the texts were not kept (a cached result)", async () => {
    const lean = await lintFiles([CALENDAR], { now: NOW });
    const report = html(lean, { color: false, cwd: ROOT });
    expect(report.match(/<article class="card /g)).toHaveLength(lean[0].postCount);
    expect(report.match(/<li class="problem /g)).toHaveLength(lean[0].messages.length);
    expect(report).toContain("The text of this post was not kept");
  });

  it("says so when there is nothing to fix", async () => {
    const clean = await lintFiles([fixture("drafts/clean.txt")], { keepPosts: true, now: NOW });
    const report = html(clean, { color: false, cwd: ROOT });
    expect(report).toContain("No problems found.");
    expect(report).not.toContain("<svg");
    expect(report).toContain(`<p class="clean">✓ No problems</p>`);
  });
});

describe("the html report of results built by an API caller", () => {
  const handMade: LintResult[] = [
    {
      filePath: "/repo/posts.json",
      errorCount: 1,
      warningCount: 0,
      postCount: 1,
      posts: [{ index: 0, line: 2, text: "Buy <b>now</b>", platform: "myspace" as never }],
      messages: [{ ruleId: `no-"<b>"`, messageId: "x", severity: 2, message: "Do not <shout>.", line: 2, column: 5, post: { index: 0 } }],
    },
  ];
  const page = html(handMade, { color: false, cwd: "/repo" });

  it("shows an unknown platform as a plain post, and a problem without a range unmarked but listed", () => {
    expect(page).toContain(`<article class="card platform-none"`);
    expect(page).toContain(`<span class="badge">Post</span>`);
    expect(page).toContain(`<div class="text" dir="auto" data-search>Buy &lt;b&gt;now&lt;/b&gt;</div>`);
    expect(page).toContain(`<p class="message" data-search>Do not &lt;shout&gt;.</p>`);
  });

  it("escapes a plugin's rule id everywhere it appears", () => {
    expect(page).toContain(`data-rule="no-&quot;&lt;b&gt;&quot;"`);
    expect(page).toContain(`<option value="no-&quot;&lt;b&gt;&quot;">`);
    expect(page).not.toContain(`<b>`);
  });
});

describe("postlint -f html (CLI)", () => {
  it("writes the page to --output-file and exits 1 when there are errors", () => {
    const out = join(mkdtempSync(join(tmpdir(), "postlint-html-")), "report.html");
    const run = postlint(["-f", "html", "-o", out, "fixtures/html"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const page = readFileSync(out, "utf8");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain("<h2 id=\"file0\">fixtures/html/calendar.yaml</h2>");
    expect(page).toContain("Caption test: &lt;script&gt;");
  });

  it("prints the page on stdout without -o, and a clean run exits 0", () => {
    const run = postlint(["-f", "html", "fixtures/drafts/clean.txt"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  });

  it("shows a file that could not be read with its location, and exits 2", () => {
    const run = postlint(["-f", "html", "fixtures/bad/malformed.json", "fixtures/drafts/clean.txt"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/<p class="fatal" role="alert">fixtures\/bad\/malformed\.json:\d+:\d+: [^<]+<\/p>/);
    expect(run.stderr).toMatch(/^postlint: .*malformed\.json:\d+:\d+: /);
  });
});

describe("the character ranges stay out of the JSON report (SPEC §6)", () => {
  it("are in the API's messages but not in -f json", async () => {
    const [result] = await lintFiles([CALENDAR], { now: NOW });
    expect(result.messages.length).toBeGreaterThan(0);
    for (const message of result.messages) expect(message).toHaveProperty("start");
    const report = jsonReport(postlint(["-f", "json", "fixtures/html/calendar.yaml"]));
    expect(report[0].messages.length).toBe(result.messages.length);
    for (const message of report[0].messages) {
      expect(message).not.toHaveProperty("start");
      expect(message).not.toHaveProperty("end");
    }
  });
});
