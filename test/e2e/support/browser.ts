/**
 * The browser-test stack: the built web app (web/dist) on Vite's preview
 * server, and Debian's Chromium driven by playwright-core. Fails loudly when
 * either is missing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const WEB_ROOT = join(ROOT, 'web');
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
const PORT = 4173;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
const CHROMIUM = '/usr/bin/chromium';
export const TIMEOUT = 30_000;

export interface BrowserStack {
  page: Page;
  /** Errors any of the stack's pages reported (uncaught exceptions, console.error). */
  problems: string[];
  /** A page in a fresh browser context (nobody signed in: one per person), closed with the stack. */
  newPage(label?: string): Promise<Page>;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1280, height: 860 };

/** A page that records what it reports into `problems`, prefixed with `label` when given. */
function watchedPage(page: Page, problems: string[], label?: string): Page {
  const prefix = label ? `${label}: ` : '';
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (error) => problems.push(`${prefix}page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${prefix}console error: ${message.text()}`);
  });
  return page;
}

export async function startBrowserStack(): Promise<BrowserStack> {
  if (!existsSync(join(WEB_ROOT, 'dist', 'index.html'))) {
    throw new Error('web/dist is missing: build the web app first (`npm test` does it).');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server: PreviewServer = await preview({
    root: WEB_ROOT,
    configFile: join(WEB_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
  });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const newPage = async (label?: string) => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    contexts.push(context);
    return watchedPage(await context.newPage(), problems, label);
  };
  const page = await newPage();
  return {
    page,
    problems,
    newPage,
    async close() {
      if (problems.length > 0) console.log(`Browser reported:\n${problems.join('\n')}`);
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits for an element by test id and returns when it appeared, checking on
 * every animation frame (locator.waitFor backs off up to 1 s between checks,
 * which would blur reported timings).
 */
export async function appearedAt(page: Page, testId: string, pageTimeout = TIMEOUT): Promise<number> {
  await page.waitForFunction(
    (id) => Boolean(document.querySelector(`[data-testid="${id}"]`)?.textContent),
    testId,
    { polling: 'raf', timeout: pageTimeout },
  );
  return Date.now();
}

/** Signs in through the sign-in page and waits until the workspace (or the console) shows. */
export async function signInAs(page: Page, email: string, password: string, landing = 'workspace-practice-name'): Promise<void> {
  await page.goto(`${BASE_URL}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId(landing).waitFor();
}
