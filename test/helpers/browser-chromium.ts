import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { requireTool } from '../tools/test-tools.ts';

// Headless, and quiet: no first-run, sync, component updates or background fetches that would leave the machine.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh profile, and what every page in it asked for and complained about. */
export interface BrowserSession {
  readonly context: BrowserContext;
  /** Every URL any page requested, in order. */
  readonly requests: string[];
  /** Console errors and uncaught page errors, prefixed with the page URL. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Launches Chromium on a fresh `--user-data-dir` (a persistent context is how Playwright takes one). */
export async function launchChromium(): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'browser-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: requireTool('chromium'), headless: true, args: ARGS });
  const requests: string[] = [];
  const errors: string[] = [];
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: page error: ${error.message}`));
  };
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', watch);
  context.pages().forEach(watch);
  return {
    context,
    requests,
    errors,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** One axe-core rule the page breaks, with the elements that break it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core in the page. The source is evaluated through the DevTools protocol rather than a script tag,
 * which the page's CSP (no scripts at all) would rightly refuse.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  // A string, not a function: it runs in the page, where the DOM exists (this project type-checks without DOM types).
  const collect = `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
  })))`;
  return (await page.evaluate(collect)) as AxeViolation[];
}
