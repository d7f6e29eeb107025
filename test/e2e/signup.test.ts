/**
 * The self-serve signup, end to end: the built web app (web/dist, served by
 * Vite's preview server) in Chromium, against the Auth, Firestore and
 * Functions emulators. A new user signs up, names a practice, double-clicks
 * "Create practice" and lands in a 14-day trial workspace as its owner, with
 * exactly one tenant created and one provisioning request sent.
 *
 * Run through `npm test` (builds web/dist, starts the emulators).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, SCREENSHOTS, TIMEOUT, appearedAt, startBrowserStack, type BrowserStack } from './support/browser';

/**
 * Makes onboarding's two calls (findMyInvites, then provisionTenant) for a
 * throwaway account through the emulators' REST endpoints, the way the SDKs
 * do, so the timed run below measures the app rather than the Functions
 * emulator starting a worker and opening its first Firestore connection
 * (seconds, and nothing like a deployed function with warm instances).
 * Fails the suite if provisioning does not work at all.
 */
async function warmUpProvisioning(projectId: string): Promise<number> {
  const startedAt = Date.now();
  const signUp = await fetch(
    `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `warm-up-${randomUUID()}@example.test`, password: 'warm-up-password', returnSecureToken: true }),
    },
  );
  if (!signUp.ok) throw new Error(`Warm-up sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const { idToken } = (await signUp.json()) as { idToken: string };
  // Onboarding asks for the new account's invitations first: warm that function's worker too.
  const lookup = await fetch(`http://127.0.0.1:5001/${projectId}/us-central1/findMyInvites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ data: {} }),
  });
  if (!lookup.ok) throw new Error(`Warm-up findMyInvites failed: ${lookup.status} ${await lookup.text()}`);
  const provision = await fetch(`http://127.0.0.1:5001/${projectId}/us-central1/provisionTenant`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ data: { idempotencyKey: `warm-up-${randomUUID()}`, tenantName: 'Warm-up Clinic', plan: 'starter' } }),
  });
  if (!provision.ok) throw new Error(`Warm-up provisionTenant failed: ${provision.status} ${await provision.text()}`);
  return Date.now() - startedAt;
}

describe('self-serve signup in the browser', () => {
  let stack: BrowserStack;
  let page: Page;
  let admin: App;

  beforeAll(async () => {
    admin = initializeApp({ projectId: process.env.GCLOUD_PROJECT }, `e2e-${randomUUID()}`);
    console.log(`warm-up: first provisionTenant through the emulators took ${await warmUpProvisioning(process.env.GCLOUD_PROJECT!)} ms`);
    stack = await startBrowserStack();
    page = stack.page;
  });

  afterAll(async () => {
    await stack?.close();
    if (admin) await deleteApp(admin);
  });

  it('signs up, provisions one practice on a double click, and opens the trial workspace', async () => {
    const suffix = randomUUID().slice(0, 8);
    const email = `owner-${suffix}@example.test`;
    const practiceName = `Harbour Skin Clinic ${suffix}`;

    // Every provisionTenant request the page sends (POSTs only: CORS preflights are not calls).
    const provisionRequests: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/provisionTenant')) provisionRequests.push(request.url());
    });

    // 1. Sign up.
    await page.goto(`${BASE_URL}/signup`);
    await page.getByLabel('Your name').fill('Dr Grace Hopper');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill('correct-horse-battery');
    await page.screenshot({ path: join(SCREENSHOTS, 'signup.png'), fullPage: true });
    const startedAt = Date.now();
    await page.getByRole('button', { name: 'Create account' }).click();

    // 2. Onboarding: name the practice, pick a plan, double-click submit.
    await page.waitForFunction(() => document.querySelector('input[name="plan"]'), undefined, { polling: 'raf', timeout: TIMEOUT });
    const onboardingAt = Date.now();
    expect(new URL(page.url()).pathname).toBe('/onboarding');
    await page.getByLabel('Practice name').fill(practiceName);
    await page.getByRole('radio', { name: /Growth/ }).check();
    await page.screenshot({ path: join(SCREENSHOTS, 'onboarding.png'), fullPage: true });
    const submittedAt = Date.now();
    await page.getByRole('button', { name: 'Create practice' }).dblclick();

    // 3. The workspace.
    const workspaceAt = await appearedAt(page, 'workspace-practice-name');
    expect(new URL(page.url()).pathname).toBe('/app');
    const practiceHeading = page.getByTestId('workspace-practice-name');
    await page.getByTestId('trial-banner').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace.png'), fullPage: true });
    console.log(
      `signup → workspace (warm emulators): ${workspaceAt - startedAt} ms ` +
        `(create account → onboarding form ${onboardingAt - startedAt} ms, ` +
        `filling the form ${submittedAt - onboardingAt} ms, ` +
        `create practice → workspace ${workspaceAt - submittedAt} ms)`,
    );

    expect(await practiceHeading.textContent()).toBe(practiceName);
    expect(await page.getByTestId('workspace-role').textContent()).toBe('Owner');
    expect(await page.getByTestId('workspace-status').textContent()).toBe('Free trial');
    expect(await page.getByTestId('trial-banner').textContent()).toMatch(/\b14 days left\b/);

    // 4. What the server wrote: one tenant for this owner, from one request.
    const { uid } = await getAuth(admin).getUserByEmail(email);
    const tenants = await getFirestore(admin).collection('tenants').where('ownerUid', '==', uid).get();
    expect(tenants.size).toBe(1);
    const tenant = tenants.docs[0]!;
    expect(tenant.get('name')).toBe(practiceName);
    expect(tenant.get('plan')).toBe('growth');
    expect(tenant.get('status')).toBe('trial');
    const member = await tenant.ref.collection('members').doc(uid).get();
    expect(member.get('role')).toBe('owner');
    expect(member.get('displayName')).toBe('Dr Grace Hopper');
    const profile = await getFirestore(admin).doc(`users/${uid}`).get();
    expect(profile.get('defaultTenantId')).toBe(tenant.id);
    expect(provisionRequests).toHaveLength(1);
  });
});
