/**
 * What billing states look like in the browser (SPEC §3, §9): a practice
 * whose trial has ended is read-only (banner, notices, disabled actions, and
 * the rules refuse a write made straight through the web SDK); a suspended
 * practice shows the suspended screen, to the owner with the way to Billing
 * and to staff without, and opens again without a reload the moment it is
 * paid; a practice in its trial sees how many days are left.
 */
import { join } from 'node:path';
import { Timestamp } from 'firebase-admin/firestore';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, adminDb, signInClient } from '../support/clients';
import { BASE_URL, SCREENSHOTS, TIMEOUT, signInAs, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

async function signInMember(page: Page, practice: TestPractice, role: 'owner' | 'receptionist'): Promise<void> {
  await signInAs(page, practice.member(role).email, TEST_PASSWORD);
}

const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Workspace' }).getByRole('link').allTextContents();

describe('billing states in the browser', () => {
  let stack: BrowserStack;
  const extraPages: Page[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    for (const page of extraPages) await page.context().close();
    await stack?.close();
  });

  it('a trial-expired practice is read-only', async () => {
    const practice = await createPractice({ name: 'Elm Row Clinic', status: 'trial_expired', staff: ['receptionist'] });
    const now = Timestamp.now();
    const receptionist = practice.member('receptionist');
    await adminDb()
      .collection(`tenants/${practice.tenantId}/patients`)
      .add({ firstName: 'Tomas', lastName: 'Lindqvist', phone: '+44 20 7946 0871', createdBy: practice.member('owner').uid, createdAt: now, updatedAt: now });

    const { page } = stack;
    await signInMember(page, practice, 'receptionist');
    const banner = page.getByTestId('trial-expired-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/read-only/);
    expect(await banner.textContent()).toMatch(/Ask your practice owner to choose a plan/);

    // The records are still there to look up; every change is paused.
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Patients' }).click();
    await page.getByText('Lindqvist').first().waitFor();
    await page.getByTestId('read-only-notice').first().waitFor();
    expect(await page.getByTestId('patient-new').isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'billing-trial-expired-patients.png'), fullPage: true });

    // The rules refuse the write even when the page is bypassed: a well-formed, stamped create from the web SDK.
    const client = await signInClient(receptionist.email);
    try {
      const write = () =>
        addDoc(collection(client.db, 'tenants', practice.tenantId, 'patients'), {
          firstName: 'Ingrid',
          lastName: 'Sorensen',
          createdBy: client.user.uid,
          createdAt: serverTimestamp(),
          updatedAt: serverTimestamp(),
        });
      await expect(write()).rejects.toMatchObject({ code: 'permission-denied' });

      // The same write is accepted once the practice is paid for: it was refused for the billing state alone.
      await adminDb().doc(`tenants/${practice.tenantId}`).update({ status: 'active', statusChangedAt: Timestamp.now() });
      const created = await write();
      expect((await adminDb().doc(created.path).get()).get('lastName')).toBe('Sorensen');
      // And the page lifts the read-only state live.
      await page.getByTestId('trial-expired-banner').waitFor({ state: 'detached' });
      await page.waitForFunction(() => !(document.querySelector('[data-testid="patient-new"]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: TIMEOUT });
    } finally {
      await client.close();
    }
  });

  it('a suspended practice shows the suspended screen until it is paid', async () => {
    const practice = await createPractice({ name: 'Hazel Court Clinic', status: 'suspended', staff: ['receptionist'] });
    const owner = await stack.newPage();
    extraPages.push(owner);
    await signInMember(owner, practice, 'owner');

    await owner.getByTestId('suspended-screen').waitFor();
    await owner.getByTestId('suspended-banner').waitFor();
    expect(await owner.getByTestId('blocked-billing-link').isVisible()).toBe(true);
    expect(await navLinks(owner)).toEqual(['Dashboard', 'Billing']);
    await owner.screenshot({ path: join(SCREENSHOTS, 'billing-suspended-owner.png'), fullPage: true });

    // Every section but billing is the suspended screen, even opened by address.
    await owner.goto(`${BASE_URL}/app/patients`);
    await owner.getByTestId('suspended-screen').waitFor();
    await owner.getByTestId('blocked-billing-link').click();
    await owner.getByTestId('billing-page').waitFor();
    expect(new URL(owner.url()).pathname).toBe('/app/billing');

    // Staff are told who to ask, with no way into billing.
    const receptionist = await stack.newPage();
    extraPages.push(receptionist);
    await signInMember(receptionist, practice, 'receptionist');
    await receptionist.getByTestId('suspended-screen').waitFor();
    expect(await receptionist.getByTestId('suspended-screen').textContent()).toMatch(/contact your practice owner/);
    expect(await receptionist.getByTestId('blocked-billing-link').count()).toBe(0);
    expect(await navLinks(receptionist)).toEqual(['Dashboard']);
    await receptionist.screenshot({ path: join(SCREENSHOTS, 'billing-suspended-receptionist.png'), fullPage: true });

    // Paid: both pages open the practice without a reload (live tenant listener).
    await owner.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Dashboard' }).click();
    await owner.getByTestId('suspended-screen').waitFor();
    await adminDb().doc(`tenants/${practice.tenantId}`).update({ status: 'active', paymentFailures: 0, statusChangedAt: Timestamp.now() });
    await owner.getByTestId('suspended-screen').waitFor({ state: 'detached' });
    await owner.getByRole('heading', { level: 2, name: /Welcome/ }).waitFor();
    expect(await owner.getByTestId('suspended-banner').count()).toBe(0);
    expect(await owner.getByTestId('workspace-status').textContent()).toBe('Active');
    expect(await navLinks(owner)).toContain('Patients');
    await receptionist.getByTestId('suspended-screen').waitFor({ state: 'detached' });
    await receptionist.getByRole('heading', { level: 2, name: /Welcome/ }).waitFor();
    await owner.screenshot({ path: join(SCREENSHOTS, 'billing-suspended-reactivated.png'), fullPage: true });
  });

  it('the trial banner shows the days left', async () => {
    const practice = await createPractice({ name: 'Rowan Clinic' });
    const page = await stack.newPage();
    extraPages.push(page);
    await signInMember(page, practice, 'owner');
    const banner = page.getByTestId('trial-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/\b14 days left in your free trial\b/);
    expect(await banner.textContent()).toMatch(/Choose a plan before then/);

    // Nearly over: the banner follows the tenant live.
    await adminDb().doc(`tenants/${practice.tenantId}`).update({ trialEndsAt: Timestamp.fromMillis(Date.now() + 20 * 3_600_000) });
    await page.getByText('1 day left in your free trial').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'billing-trial-banner.png'), fullPage: true });
  });
});
