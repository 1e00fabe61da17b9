import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../lambda/core/render/content-security-policy.ts';
import type { Briefing } from '../../lambda/core/types.ts';
import { launchChromium, runAxe, type BrowserSession } from '../helpers/browser-chromium.ts';
import { SERVE_DATES } from '../helpers/serve-articles.ts';
import { readBriefings, serveFixtureSite, type ServedSite } from '../helpers/serve-site.ts';

const ARTIFACTS = 'test-artifacts';
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const PAGES = { index: 'index.html', briefing: `briefings/${SERVE_DATES[1]}.html` } as const;
const CASES = (Object.keys(PAGES) as (keyof typeof PAGES)[]).flatMap((page) =>
  WIDTHS.flatMap((width) => SCHEMES.map((scheme) => [page, width, scheme] as const)),
);

/** What one page load showed. */
interface Visit {
  readonly status: number;
  readonly csp: string | undefined;
  readonly overflow: number;
  readonly background: string;
  readonly headings: readonly string[];
  readonly violations: Awaited<ReturnType<typeof runAxe>>;
}

describe('Consumer: headless Chromium', () => {
  let site: ServedSite;
  let browser: BrowserSession;
  let briefings: Briefing[] = [];
  const visits = new Map<string, Visit>();

  beforeAll(async () => {
    site = await serveFixtureSite('browser');
    briefings = await readBriefings(site);
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
    for (const [name, width, scheme] of CASES) visits.set(`${name}/${width}/${scheme}`, await visit(name, width, scheme));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function visit(name: keyof typeof PAGES, width: number, scheme: 'light' | 'dark'): Promise<Visit> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    const response = await page.goto(`${site.url}${PAGES[name]}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `${ARTIFACTS}/${name}-${width}-${scheme}.png`, fullPage: true });
    const layout = (await page.evaluate(`({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      background: getComputedStyle(document.body).backgroundColor,
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName),
    })`)) as Pick<Visit, 'overflow' | 'background' | 'headings'>;
    const violations = await runAxe(page);
    await page.close();
    return { status: response?.status() ?? 0, csp: response?.headers()['content-security-policy'], ...layout, violations };
  }

  it.each(CASES)('loads the %s page at %i px (%s) under the production CSP, styled, without sideways scrolling', (name, width, scheme) => {
    const result = visits.get(`${name}/${width}/${scheme}`)!;
    expect(result.status).toBe(200);
    expect(result.csp).toBe(CONTENT_SECURITY_POLICY);
    // The same-origin stylesheet applied (the default is transparent), so the CSP let it through.
    expect(result.background).toBe(scheme === 'dark' ? 'rgb(22, 23, 26)' : 'rgb(253, 252, 249)');
    expect(result.overflow).toBeLessThanOrEqual(0);
  });

  it.each(CASES)('finds no serious or critical axe-core violation on the %s page at %i px (%s)', (name, width, scheme) => {
    const serious = visits.get(`${name}/${width}/${scheme}`)!.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  });

  it('orders headings without skipping a level: one h1, then h2s (sections) over h3s (their stories)', () => {
    for (const name of Object.keys(PAGES)) {
      const levels = visits.get(`${name}/1280/light`)!.headings.map((h) => Number(h.slice(1)));
      expect(levels[0]).toBe(1);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      levels.slice(1).forEach((level, i) => {
        expect(level).toBeGreaterThanOrEqual(2);
        expect(level).toBeLessThanOrEqual(levels[i]! + 1);
      });
    }
  });

  it('logs no console error and no page error on any page', () => {
    expect(browser.errors).toEqual([]);
  });

  it('sends no request off 127.0.0.1: no fonts, scripts or CDNs', () => {
    const offsite = browser.requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:'));
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(offsite).toEqual([]);
  });

  it('follows next, previous and the feed links from a briefing page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}briefings/${SERVE_DATES[1]}.html`);
    await page.click('a[rel="next"]');
    expect(page.url()).toBe(`${site.url}briefings/${SERVE_DATES[2]}.html`);
    await expect(page.locator('h1').textContent()).resolves.toBe(briefings[2]!.title);
    await page.click('a[rel="prev"]');
    await page.click('a[rel="prev"]');
    expect(page.url()).toBe(`${site.url}briefings/${SERVE_DATES[0]}.html`);
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    const feeds = await page.evaluate(`[...document.querySelectorAll('link[rel="alternate"]')].map((link) => link.href)`);
    expect(feeds).toEqual([`${site.url}feed.xml`, `${site.url}atom.xml`, `${site.url}feed.json`]);
    await page.close();
  });

  it('shows each story’s headline and summary as text, script tags included, and runs no script', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}briefings/${SERVE_DATES[1]}.html`);
    // Playwright's innerText, on purpose: the text as rendered, which textContent is not.
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node.
    const shown = await page.locator('main').innerText();
    for (const story of briefings[1]!.stories) {
      expect(shown).toContain(story.headline);
      expect(shown.replace(/\s+/g, ' ')).toContain(story.summary.join(' '));
    }
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });
});

describe('Consumer: headless Chromium (the checks are not vacuous)', () => {
  let site: ServedSite;
  let browser: BrowserSession;

  beforeAll(async () => {
    site = await serveFixtureSite('browser-probe');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('rejects an inline script and style under the served CSP, and the session sees the console errors', async () => {
    await writeFile(
      join(site.dir, 'probe.html'),
      '<!doctype html><html lang="en"><title>probe</title><style>body{color:red}</style><script>document.title="ran"</script><main><h1>probe</h1></main></html>',
    );
    const page = await browser.context.newPage();
    await page.goto(`${site.url}probe.html`, { waitUntil: 'networkidle' });
    expect(await page.title()).toBe('probe');
    expect(browser.errors.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });

  it('finds axe-core violations on a page built to have them', async () => {
    await writeFile(
      join(site.dir, 'inaccessible.html'),
      '<!doctype html><html><title>x</title><body><img src="data:,"><a href="#"></a></body></html>',
    );
    const page = await browser.context.newPage();
    await page.goto(`${site.url}inaccessible.html`);
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']));
    await page.close();
  });
});
