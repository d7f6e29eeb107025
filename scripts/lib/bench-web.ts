/**
 * The web app's rows of `npm run bench`, measured in Chromium against the
 * built app (web/dist, built for the emulators) on Vite's preview server:
 *
 * - initial JS per route: the gzip size of every script the page requested
 *   until it was usable (sign-in: the form; workspace: the dashboard, on a
 *   fresh load of /app with a session already open). Sizes are gzipSync of
 *   the files in web/dist/assets, not the preview server's transfer sizes.
 * - signup → usable workspace: a new user signs up, names a practice and
 *   waits for the workspace, in a fresh browser context each run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { BASE_URL, ROOT, appearedAt, startBrowserStack, type BrowserStack } from '../../test/e2e/support/browser';
import { seedPractice } from './seed-practice';

const ASSETS = join(ROOT, 'web', 'dist', 'assets');
const PASSWORD = 'bench-browser-password';
const SIGNUP_RUNS = Number(process.env.BENCH_SIGNUP_RUNS ?? 5);
const SIGN_IN_TARGET_KB = 300;
const SIGNUP_TARGET_MS = 2_000;

/** kB as Vite's build report counts them (1,000 bytes). */
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

interface RouteJs {
  chunks: { file: string; gzip: number }[];
  total: number;
}

/** gzip -9 sizes of the given web/dist/assets files, largest first. */
function gzipSizes(files: Iterable<string>): RouteJs {
  const chunks = [...new Set(files)]
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
  return { chunks, total: chunks.reduce((sum, c) => sum + c.gzip, 0) };
}

/** When a page counts as usable: every `present` selector matches and no `absent` one does. */
interface UsableWhen {
  present: string[];
  absent?: string[];
}

/**
 * Waits, checking every frame in the page, until the page is usable; returns
 * the app's scripts whose requests started before that moment (from the
 * page's resource timing). Scripts the app fetches afterwards (the chunks it
 * preloads once idle) are not part of what the route needed.
 */
async function scriptsUntilUsable(page: Page, when: UsableWhen): Promise<RouteJs> {
  await page.waitForFunction(
    ({ present, absent }) => {
      const usable = present.every((s) => document.querySelector(s)) && !absent.some((s) => document.querySelector(s));
      const w = window as unknown as { __usableAt?: number };
      if (usable && w.__usableAt === undefined) w.__usableAt = performance.now();
      return usable;
    },
    { present: when.present, absent: when.absent ?? [] },
    { polling: 'raf', timeout: 30_000 },
  );
  const files = await page.evaluate((origin) => {
    const usableAt = (window as unknown as { __usableAt: number }).__usableAt;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= usableAt)
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === origin && url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'))
      .map((url) => url.pathname.slice('/assets/'.length));
  }, BASE_URL);
  return gzipSizes(files);
}

async function freshPage(stack: BrowserStack): Promise<Page> {
  const context = await stack.page.context().browser()!.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

/** Sign-in route: a signed-out visitor opens /signin; counted until the form can be used. */
async function signInRouteJs(stack: BrowserStack): Promise<RouteJs> {
  const page = await freshPage(stack);
  try {
    await page.goto(`${BASE_URL}/signin`, { waitUntil: 'commit' });
    return await scriptsUntilUsable(page, { present: ['main form input[type="email"]', 'main form input[type="password"]', 'main form button[type="submit"]'] });
  } finally {
    await page.context().close();
  }
}

/** Workspace route: signed in already (session in the browser), a fresh load of /app until the dashboard shows. */
async function workspaceRouteJs(stack: BrowserStack, email: string): Promise<RouteJs> {
  const first = await freshPage(stack);
  const context = first.context();
  try {
    await first.goto(`${BASE_URL}/signin`);
    await first.getByLabel('Email').fill(email);
    await first.getByLabel('Password').fill(PASSWORD);
    await first.getByRole('button', { name: 'Sign in' }).click();
    await first.getByTestId('workspace-practice-name').waitFor();
    await first.close();
    // A new tab in the same profile keeps the session; with the HTTP cache off it loads every script again.
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${BASE_URL}/app`, { waitUntil: 'commit' });
    return await scriptsUntilUsable(page, { present: ['[data-testid="workspace-practice-name"]', 'main h2'], absent: ['.page-loading'] });
  } finally {
    await context.close();
  }
}

/** One signup through the pages; milliseconds from "Create account" to the workspace showing, and the part spent filling the onboarding form. */
async function signupOnce(stack: BrowserStack): Promise<{ total: number; filling: number }> {
  const page = await freshPage(stack);
  try {
    const suffix = randomUUID().slice(0, 8);
    await page.goto(`${BASE_URL}/signup`);
    await page.getByLabel('Your name').fill('Dr Bench Mark');
    await page.getByLabel('Work email').fill(`bench-signup-${suffix}@bench.test`);
    await page.getByLabel('Password').fill(PASSWORD);
    const startedAt = performance.now();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForFunction(() => document.querySelector('input[name="plan"]'), undefined, { polling: 'raf', timeout: 30_000 });
    const formAt = performance.now();
    await page.getByLabel('Practice name').fill(`Bench Clinic ${suffix}`);
    await page.getByRole('radio', { name: /Growth/ }).check();
    const submittedAt = performance.now();
    await page.getByRole('button', { name: 'Create practice' }).click();
    await appearedAt(page, 'workspace-practice-name');
    return { total: performance.now() - startedAt, filling: submittedAt - formAt };
  } finally {
    await page.context().close();
  }
}

function printRoute(label: string, js: RouteJs, target?: number) {
  const verdict = target === undefined ? '' : ` (target ≤ ${target} KB)`;
  console.log(`${label}: ${kb(js.total)} KB gzip${verdict}, ${js.chunks.length} scripts`);
  for (const chunk of js.chunks) console.log(`    ${kb(chunk.gzip).padStart(7)} KB  ${chunk.file}`);
}

export async function benchWeb(db: Firestore, auth: Auth): Promise<void> {
  const owner = { role: 'owner' as const, email: `bench-web-${randomUUID().slice(0, 8)}@bench.test`, displayName: 'Bench Owner' };
  await seedPractice(db, auth, {
    key: `bench-web-${randomUUID()}`,
    name: 'Bench Browser Clinic',
    plan: 'growth',
    events: [],
    expectedStatus: 'trial',
    members: [owner],
    password: PASSWORD,
  });

  const stack = await startBrowserStack();
  try {
    const signIn = await signInRouteJs(stack);
    const workspace = await workspaceRouteJs(stack, owner.email);

    // One unmeasured run warms the Functions emulator's provisioning worker.
    await signupOnce(stack);
    const runs: { total: number; filling: number }[] = [];
    for (let i = 0; i < SIGNUP_RUNS; i++) runs.push(await signupOnce(stack));
    const totals = runs.map((r) => r.total).sort((a, b) => a - b);
    const p50 = totals[Math.ceil(totals.length / 2) - 1]!;
    const max = totals[totals.length - 1]!;
    const filling = runs.map((r) => r.filling).sort((a, b) => a - b)[Math.ceil(runs.length / 2) - 1]!;

    console.log('');
    console.log('Web app (Chromium, web/dist built for the emulators, served by vite preview)');
    console.log('Initial JS per route (gzip -9 of web/dist/assets; the scripts requested until the page is usable)');
    printRoute('  sign-in route', signIn, SIGN_IN_TARGET_KB);
    printRoute('  workspace route (signed in, fresh load of /app until the dashboard shows)', workspace);
    console.log(
      `Signup → usable workspace, ${runs.length} runs (click "Create account" → workspace shown, fresh browser context each): ` +
        `p50 ${(p50 / 1000).toFixed(2)} s, max ${(max / 1000).toFixed(2)} s (target < ${SIGNUP_TARGET_MS / 1000} s; ` +
        `includes ~${filling.toFixed(0)} ms of the robot filling the onboarding form)`,
    );
    console.log(`  runs (ms): ${runs.map((r) => r.total.toFixed(0)).join(', ')}`);
  } finally {
    await stack.close();
  }
}
