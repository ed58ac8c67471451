// The HTML report as a reviewer sees it: opened from disk in headless Chromium (the Debian
// package; browser downloads do not work here), driven with playwright-core. Expectations come
// from the API's results for the same fixture, so the page is checked against the real ranges.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { truncationPoint } from "../../src/platforms.js";
import { lintFiles } from "../../src/run.js";
import type { LintMessage, LintResult, PostSummary } from "../../src/types.js";
import { fixture, postlint, ROOT } from "../helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const FOUND = existsSync(CHROMIUM);
const ARTIFACTS = join(ROOT, "test/artifacts");
const REPORT = join(ARTIFACTS, "html-report.html");
const REPORT_URL = pathToFileURL(REPORT).href;
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

if (!FOUND) console.warn(`html report browser test skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

const title = FOUND ? "the html report in Chromium" : `the html report in Chromium (skipped: no ${CHROMIUM}; apt-get install -y chromium)`;

describe.skipIf(!FOUND)(title, () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let result: LintResult;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  const posts = (): PostSummary[] => result.posts ?? [];
  /** The page numbers problems m1, m2, … in report order. */
  const pageId = (message: LintMessage) => `m${result.messages.indexOf(message) + 1}`;
  const cardOf = (postId: string) => page.locator(".card").nth(posts().findIndex((post) => post.id === postId));
  const visibleCardIndexes = () =>
    page.$$eval(".card", (cards) => cards.flatMap((card, index) => ((card as HTMLElement).hidden ? [] : [index])));
  const postsWith = (keep: (message: LintMessage) => boolean) => [...new Set(result.messages.filter(keep).map((message) => message.post!.index))].sort((a, b) => a - b);
  const setFilters = async (filters: { rule?: string; severity?: string; search?: string; clean?: boolean }) => {
    await page.selectOption("select[name=rule]", filters.rule ?? "");
    await page.selectOption("select[name=severity]", filters.severity ?? "");
    await page.fill("input[name=search]", filters.search ?? "");
    await page.setChecked("input[name=clean]", filters.clean ?? true);
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const run = postlint(["-f", "html", "-o", REPORT, "fixtures/html/calendar.yaml"]);
    expect(run.stderr).toBe("");
    [result] = await lintFiles([fixture("html/calendar.yaml")], { keepPosts: true });
    // launch() starts Chromium with a fresh temporary profile (user-data-dir) of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: "light" });
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(REPORT_URL);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  it("loads nothing but itself, logs no error (the policy allows its style and script) and runs no script from a post", async () => {
    expect(requests).toEqual([REPORT_URL]);
    expect(consoleErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator("script").count()).toBe(1);
    expect(await page.locator("img, textarea").count()).toBe(0);
    const escaping = posts().find((post) => post.id === "<i>escaping</i>")!;
    expect(await cardOf("<i>escaping</i>").locator(".handle").textContent()).toBe(escaping.handle);
    expect(await cardOf("<i>escaping</i>").locator("h3").textContent()).toContain("<i>escaping</i>");
  });

  it("shows every post's text exactly as written, across the fold", async () => {
    const shown = await page.$$eval(".card", (cards) =>
      cards.map((card) =>
        Array.from(card.querySelectorAll(".text"), (text) => {
          const copy = text.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(".ref").forEach((ref) => ref.remove());
          return copy.textContent;
        }).join(""),
      ),
    );
    expect(shown).toEqual(posts().map((post) => post.text));
  });

  it("marks each problem's exact range, colored by its severity, and links its number to the explanation", async () => {
    expect(result.messages.length).toBeGreaterThan(4);
    for (const message of result.messages) {
      const id = pageId(message);
      const text = posts()[message.post!.index].text!;
      const marks = await page.$$eval(`mark[data-m="${id}"]`, (elements) =>
        elements.map((element) => ({ text: element.textContent, className: element.className, background: getComputedStyle(element).backgroundColor })),
      );
      expect(marks.map((mark) => mark.text).join(""), `${message.ruleId} in post ${message.post!.index + 1}`).toBe(text.slice(message.start, message.end));
      for (const mark of marks) {
        expect(mark.className).toBe(message.severity === 2 ? "error" : "warn");
        expect(mark.background).not.toBe("rgba(0, 0, 0, 0)");
      }
      const item = page.locator(`li#${id}`);
      expect(await item.getAttribute("data-rule")).toBe(message.ruleId);
      expect(await item.locator(".severity").textContent()).toBe(message.severity === 2 ? "Error" : "Warning");
      expect(await item.locator(".message").textContent()).toBe(message.message);
      expect(await page.locator(`a.ref[href="#${id}"]`).count()).toBe(1);
    }
    const errorMark = await page.$eval("mark.error", (element) => getComputedStyle(element).backgroundColor);
    const warningMark = await page.$eval("mark.warn", (element) => getComputedStyle(element).backgroundColor);
    expect(errorMark).not.toBe(warningMark);
  });

  it("draws the platform's “… more” fold where the platform cuts the post, and nowhere else", async () => {
    for (const [index, post] of posts().entries()) {
      const card = page.locator(".card").nth(index);
      const cut = truncationPoint(post.text!, post.platform);
      expect(await card.locator(".fold").count(), `post ${post.id}`).toBe(cut === undefined ? 0 : 1);
      if (cut === undefined) continue;
      expect(await card.locator(".fold .more").textContent()).toBe("… more");
      const above = await card.locator(".text").first().evaluate((text) => {
        const copy = text.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".ref").forEach((ref) => ref.remove());
        return copy.textContent;
      });
      expect(above).toBe(post.text!.slice(0, cut));
    }
    // A word cut by the fold is marked on both sides of the line, which sits between them.
    const across = cardOf("across-the-fold");
    const marks = across.locator("mark.error");
    expect(await marks.allTextContents()).toEqual(["bull", "shit"]);
    const [bull, fold, shit] = await Promise.all([marks.nth(0).boundingBox(), across.locator(".fold").boundingBox(), marks.nth(1).boundingBox()]);
    expect(bull!.y).toBeLessThan(fold!.y);
    expect(fold!.y + fold!.height).toBeLessThanOrEqual(shit!.y);
    expect(await across.locator(".fold").isVisible()).toBe(true);
  });

  it("filters by rule: other problems and their marks disappear, and posts left with none", async () => {
    await setFilters({ rule: "profanity" });
    expect(await visibleCardIndexes()).toEqual(postsWith((message) => message.ruleId === "profanity"));
    const problems = await page.$$eval(".problem", (items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => (item as HTMLElement).dataset.rule));
    expect(new Set(problems)).toEqual(new Set(["profanity"]));
    const other = result.messages.find((message) => message.ruleId !== "profanity")!;
    const mark = page.locator(`mark[data-m="${pageId(other)}"]`).first();
    expect(await mark.getAttribute("class")).toContain("off");
    expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator(`a.ref[data-m="${pageId(other)}"]`).isVisible()).toBe(false);
    const shown = postsWith((message) => message.ruleId === "profanity").length;
    expect(await page.locator("output[name=shown]").textContent()).toBe(`Showing ${shown} of ${posts().length} posts`);
  });

  it("filters by severity: errors only", async () => {
    await setFilters({ severity: "error" });
    expect(await visibleCardIndexes()).toEqual(postsWith((message) => message.severity === 2));
    const severities = await page.$$eval(".problem", (items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => (item as HTMLElement).dataset.sev));
    expect(new Set(severities)).toEqual(new Set(["error"]));
    expect(await page.locator("mark.warn:not(.off)").count()).toBe(0);
  });

  it("hides posts without problems on request, and searches text, handles and the post replied to", async () => {
    await setFilters({ clean: false });
    expect(await visibleCardIndexes()).toEqual(postsWith(() => true));
    await setFilters({ search: "ZIPPER" });
    expect(await visibleCardIndexes()).toEqual([posts().findIndex((post) => post.id === "reply")]);
    await setFilters({ search: "no such words anywhere" });
    expect(await visibleCardIndexes()).toEqual([]);
    expect(await page.locator("#no-match").isVisible()).toBe(true);
    await setFilters({});
    expect(await visibleCardIndexes()).toHaveLength(posts().length);
    expect(await page.locator("#no-match").isVisible()).toBe(false);
  });

  it("works from the keyboard: skip link, then the filters, then a problem's number leads to its explanation", async () => {
    await page.goto(REPORT_URL);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the posts");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("search");
    await page.keyboard.type("zipper");
    for (let step = 0; step < 10 && !(await page.evaluate(() => document.activeElement?.matches("a.ref"))); step++) await page.keyboard.press("Tab");
    const target = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(target).toMatch(/^#m\d+$/);
    expect(await page.evaluate(() => document.activeElement!.closest(".card")!.id)).toBe(await cardOf("reply").getAttribute("id"));
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe(target);
    expect(await page.locator(`${target}:target`).count()).toBe(1);
    expect(await page.locator(`${target}`).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
  });

  it("is usable with scripts off: no filter bar, every post and mark shown", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(REPORT_URL);
      expect(await plain.locator("#filters").isVisible()).toBe(false);
      expect(await plain.locator(".card:visible").count()).toBe(posts().length);
      expect(await plain.locator(".problem:visible").count()).toBe(result.messages.length);
      expect(await plain.locator("mark.error").first().evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    } finally {
      await noScript.close();
    }
  });

  it("is readable in dark mode, and leaves screenshots in test/artifacts", async () => {
    await page.goto(REPORT_URL);
    await page.screenshot({ path: join(ARTIFACTS, "html-report.png"), fullPage: true });
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "dark" });
    const colors = await page.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      ink: getComputedStyle(document.body).color,
      card: getComputedStyle(document.querySelector(".card")!).backgroundColor,
      message: getComputedStyle(document.querySelector(".problem .message")!).color,
    }));
    expect(colors.page).not.toBe(light);
    expect(luminance(colors.page)).toBeLessThan(0.1);
    expect(luminance(colors.card)).toBeLessThan(0.1);
    expect(contrast(colors.ink, colors.page)).toBeGreaterThan(7);
    expect(contrast(colors.message, colors.card)).toBeGreaterThan(7);
    await page.screenshot({ path: join(ARTIFACTS, "html-report-dark.png"), fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
    expect(existsSync(join(ARTIFACTS, "html-report.png"))).toBe(true);
  });
});

/** WCAG relative luminance of a CSS rgb() color. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
