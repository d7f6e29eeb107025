/**
 * Team, invites, settings and the audit log in Chromium against the
 * emulators: an owner fills the practice's seats with invites until the
 * server refuses in words; an invited person opens the emailed link signed
 * out, signs in, joins and lands in the workspace with the invited role; the
 * owner renames the practice and reads what happened in the audit log.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, adminAuth, adminDb, uniqueEmail } from '../support/clients';
import { expectAccessible } from './support/a11y';
import { BASE_URL, SCREENSHOTS, TIMEOUT, signInAs, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

/** Live updates and callables take a moment on the emulators. */
const POLL = { timeout: TIMEOUT, interval: 100 };

/** Sends an invite from the open Team page and waits until it is listed as pending. */
async function inviteFromTeamPage(page: Page, email: string, role: string, expectedRows: number): Promise<void> {
  await page.getByTestId('invite-email').fill(email);
  await page.getByTestId('invite-role').selectOption(role);
  await page.getByTestId('invite-send').click();
  await page.getByTestId('invite-row').filter({ hasText: email }).waitFor();
  expect(await page.getByTestId('invite-row').count()).toBe(expectedRows);
}

async function openSection(page: Page, name: string, testId: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name }).click();
  await page.getByTestId(testId).waitFor();
}

describe('team, invites, settings and audit log', () => {
  let stack: BrowserStack;

  /** A page in a fresh browser context: nobody signed in. */
  const freshPage = () => stack.newPage();

  /** The owner signs in on a fresh page, invites `email` from the Team page; answers the page and the invite's id. */
  async function ownerInvites(practice: TestPractice, email: string, role: string): Promise<{ ownerPage: Page; inviteId: string }> {
    const ownerPage = await freshPage();
    await signInAs(ownerPage, practice.member('owner').email, TEST_PASSWORD);
    await openSection(ownerPage, 'Team', 'team-page');
    await inviteFromTeamPage(ownerPage, email, role, 1);
    const invites = await adminDb().collection(`tenants/${practice.tenantId}/invites`).where('email', '==', email).get();
    expect(invites.size).toBe(1);
    return { ownerPage, inviteId: invites.docs[0]!.id };
  }

  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('an owner invites members until the seat cap refuses with a clear message', async () => {
    const practice = await createPractice({ name: 'Seat Cap Clinic', seatLimit: 3 });
    const owner = practice.member('owner');
    const { page } = stack;
    await signInAs(page, owner.email, TEST_PASSWORD);
    await openSection(page, 'Team', 'team-page');

    const seats = page.getByTestId('team-seats');
    await expect.poll(() => seats.textContent(), POLL).toContain('1 of 3 seats used');
    await expect.poll(() => page.getByTestId('team-member-row').count(), POLL).toBe(1);

    const first = uniqueEmail('rita');
    const second = uniqueEmail('paul');
    await inviteFromTeamPage(page, first, 'receptionist', 1);
    await expect.poll(() => seats.textContent(), POLL).toContain('2 of 3 seats used');
    await inviteFromTeamPage(page, second, 'practitioner', 2);
    await expect.poll(() => seats.textContent(), POLL).toContain('3 of 3 seats used');
    expect(await page.getByTestId('invite-row').filter({ hasText: first }).textContent()).toMatch(/Receptionist.*Expires in 7 days/);

    // The third invite: the server refuses, and says why in words next to the form.
    await page.getByTestId('invite-email').fill(uniqueEmail('third'));
    await page.getByTestId('invite-send').click();
    const refusal = page.getByRole('region', { name: 'Invite someone' }).getByRole('alert');
    await refusal.waitFor();
    const message = await refusal.textContent();
    expect(message).toContain('All 3 seats are in use');
    expect(message).not.toMatch(/failed-precondition|resource-exhausted/);
    await page.screenshot({ path: join(SCREENSHOTS, 'team-seat-cap.png'), fullPage: true });
    await expectAccessible(page, 'team-seat-cap');

    const pending = await adminDb().collection(`tenants/${practice.tenantId}/invites`).where('status', '==', 'pending').get();
    expect(pending.docs.map((d) => d.get('email')).sort()).toEqual([first, second].sort());
    const tenant = await adminDb().doc(`tenants/${practice.tenantId}`).get();
    expect(tenant.get('pendingInvites')).toBe(2);

    // Revoking one frees its seat at once.
    await page.getByTestId('invite-row').filter({ hasText: second }).getByTestId('invite-revoke').click();
    await expect.poll(() => page.getByTestId('invite-row').count(), POLL).toBe(1);
    await expect.poll(() => seats.textContent(), POLL).toContain('2 of 3 seats used');
    expect((await adminDb().collection(`tenants/${practice.tenantId}/invites`).where('status', '==', 'pending').get()).size).toBe(1);
  });

  describe('with a practice that invites Rita', () => {
    let practice: TestPractice;
    let ritaEmail: string;

    beforeAll(async () => {
      practice = await createPractice({ name: 'Invite Lane Clinic', staff: ['manager'] });
    });

    it('an invited user accepts the invite', async () => {
      // The owner invites Rita as a receptionist from the Team page.
      ritaEmail = uniqueEmail('rita');
      const { ownerPage, inviteId } = await ownerInvites(practice, ritaEmail, 'receptionist');
      // Rita's account exists already, with her address confirmed.
      await adminAuth().createUser({ email: ritaEmail, password: TEST_PASSWORD, displayName: 'Rita Reception', emailVerified: true });

      // She opens the link from the email, signed out.
      const page = await freshPage();
      await page.goto(`${BASE_URL}/invite/${practice.tenantId}/${inviteId}`);
      await page.getByTestId('invite-page').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Join Invite Lane Clinic as Receptionist');
      expect(await page.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe(
        `/signup?next=${encodeURIComponent(`/invite/${practice.tenantId}/${inviteId}`)}`,
      );
      await expectAccessible(page, 'invite-signed-out');
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByLabel('Email').fill(ritaEmail);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();

      // Back on the invite, signed in: join.
      await page.getByTestId('invite-accept').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/invite/${practice.tenantId}/${inviteId}`);
      await page.screenshot({ path: join(SCREENSHOTS, 'invite-accept.png'), fullPage: true });
      await expectAccessible(page, 'invite-signed-in');
      await page.getByTestId('invite-accept').click();
      await page.getByTestId('workspace-practice-name').waitFor();
      expect(new URL(page.url()).pathname).toBe('/app');
      expect(await page.getByTestId('workspace-practice-name').textContent()).toBe('Invite Lane Clinic');
      expect(await page.getByTestId('workspace-role').textContent()).toBe('Receptionist');
      await page.screenshot({ path: join(SCREENSHOTS, 'invite-joined.png'), fullPage: true });

      const { uid } = await adminAuth().getUserByEmail(ritaEmail);
      const member = await adminDb().doc(`tenants/${practice.tenantId}/members/${uid}`).get();
      expect(member.get('role')).toBe('receptionist');
      expect((await adminDb().doc(`tenants/${practice.tenantId}/invites/${inviteId}`).get()).get('status')).toBe('accepted');

      // The owner's Team page shows her as a member, and her invite is gone.
      await ownerPage.getByTestId('team-member-row').filter({ hasText: ritaEmail }).waitFor();
      await expect.poll(() => ownerPage.getByTestId('invite-row').count(), POLL).toBe(0);
      await expect.poll(() => ownerPage.getByTestId('team-seats').textContent(), POLL).toContain('3 of');

      // A receptionist sees the team but cannot manage it, and has no audit log.
      await openSection(page, 'Team', 'team-page');
      expect(await page.getByTestId('team-member-row').count()).toBe(3);
      expect(await page.getByTestId('invite-email').count()).toBe(0);
      expect(await page.getByTestId('member-role-select').count()).toBe(0);
      await page.goto(`${BASE_URL}/app/audit`);
      await page.getByTestId('no-access').waitFor();
    });

    it('the owner changes a role, renames the practice and reads the audit log', async () => {
      const page = await freshPage();
      await signInAs(page, practice.member('owner').email, TEST_PASSWORD);

      // Promote the manager to administrator.
      await openSection(page, 'Team', 'team-page');
      const managerRow = page.getByTestId('team-member-row').filter({ hasText: practice.member('manager').email });
      await managerRow.getByTestId('member-role-select').selectOption('admin');
      await managerRow.getByTestId('member-role-save').click();
      await managerRow.getByTestId('member-role-save').waitFor({ state: 'detached' });
      const managerDoc = adminDb().doc(`tenants/${practice.tenantId}/members/${practice.member('manager').uid}`);
      await expect.poll(async () => (await managerDoc.get()).get('role'), POLL).toBe('admin');
      // The last owner cannot step down: the refusal shows on the owner's row.
      const ownerRow = page.getByTestId('team-member-row').filter({ hasText: practice.member('owner').email });
      await ownerRow.getByTestId('member-role-select').selectOption('admin');
      await ownerRow.getByTestId('member-role-save').click();
      await page.getByRole('alert').filter({ hasText: 'only owner' }).waitFor();

      // Settings: a new name, saved to the tenant and shown in the header.
      await openSection(page, 'Settings', 'settings-page');
      await page.getByTestId('settings-name').fill('Invite Lane Skin Clinic');
      await page.getByTestId('settings-timezone').selectOption('Europe/London');
      await page.getByTestId('settings-currency').selectOption('GBP');
      await page.getByTestId('settings-save').click();
      await page.getByText('Settings saved.').waitFor();
      await expect.poll(() => page.getByTestId('workspace-practice-name').textContent(), POLL).toBe('Invite Lane Skin Clinic');
      const tenant = (await adminDb().doc(`tenants/${practice.tenantId}`).get()).data()!;
      expect(tenant.name).toBe('Invite Lane Skin Clinic');
      expect(tenant.settings).toMatchObject({ timezone: 'Europe/London', currency: 'GBP' });

      // A custom patient field.
      await page.getByLabel('Field name').fill('Skin type');
      await page.getByLabel('Type').selectOption('select');
      await page.getByLabel('Choices').fill('I\nII\nIII');
      await page.getByTestId('custom-field-new').click();
      await page.getByTestId('custom-field-row').filter({ hasText: 'Skin type' }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'settings.png'), fullPage: true });
      await expectAccessible(page, 'settings');
      // The row shows at once from the local cache; the server has it once the write is acknowledged.
      const fields = adminDb().collection(`tenants/${practice.tenantId}/customFields`);
      await expect.poll(async () => (await fields.get()).docs.map((d) => d.data()), POLL).toMatchObject([
        { label: 'Skin type', type: 'select', required: false, options: ['I', 'II', 'III'] },
      ]);

      // The audit log tells the story, newest first, in words.
      await openSection(page, 'Audit log', 'audit-page');
      await page.getByTestId('audit-row').first().waitFor();
      const rows = await page.getByTestId('audit-row').allTextContents();
      expect(rows[0]).toContain('Olive Owner changed Mona Manager’s role from Practice manager to Administrator');
      expect(rows.join('\n')).toContain(`Olive Owner invited ${ritaEmail} as Receptionist`);
      expect(rows.join('\n')).toContain('Rita Reception accepted the invite and joined as Receptionist');
      expect(rows.join('\n')).toContain('Olive Owner created the practice on the Growth plan');

      await page.getByTestId('audit-filter-action').selectOption('member.invited');
      await expect.poll(() => page.getByTestId('audit-row').count(), POLL).toBe(1);
      expect(await page.getByTestId('audit-row').textContent()).toContain(ritaEmail);
      await page.screenshot({ path: join(SCREENSHOTS, 'audit-log.png'), fullPage: true });
      await expectAccessible(page, 'audit-log');
    });
  });

  it('a newcomer creates an account from the invite, confirms the address and joins', async () => {
    const practice = await createPractice({ name: 'Newcomer Clinic' });
    const email = uniqueEmail('nia');
    const { inviteId } = await ownerInvites(practice, email, 'practitioner');
    const invitePath = `/invite/${practice.tenantId}/${inviteId}`;

    const page = await freshPage();
    await page.goto(`${BASE_URL}${invitePath}`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill('Dr Nia Newcomer');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Back on the invite: a password account proves nothing about the inbox, so confirm it first.
    await page.getByRole('heading', { name: 'Confirm your email address' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(invitePath);
    await page.getByRole('button', { name: 'Send me a confirmation link' }).click();
    await page.getByRole('button', { name: 'I’ve confirmed my email' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'invite-confirm-email.png'), fullPage: true });
    await expectAccessible(page, 'invite-confirm-email');

    // Not yet confirmed: the page says so instead of joining.
    await page.getByRole('button', { name: 'I’ve confirmed my email' }).click();
    await page.getByText('isn’t confirmed yet').waitFor();

    // The confirmation email (the Auth emulator keeps it) comes back to the invite page.
    const codes = (await (
      await fetch(`http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}/emulator/v1/projects/${process.env.GCLOUD_PROJECT}/oobCodes`)
    ).json()) as { oobCodes: { email: string; requestType: string; oobCode: string; oobLink: string }[] };
    const confirmation = codes.oobCodes.find((c) => c.email === email && c.requestType === 'VERIFY_EMAIL');
    expect(confirmation).toBeDefined();
    expect(new URL(confirmation!.oobLink).searchParams.get('continueUrl')).toBe(`${BASE_URL}${invitePath}`);
    const applied = await fetch(
      `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}/identitytoolkit.googleapis.com/v1/accounts:update?key=demo-api-key`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ oobCode: confirmation!.oobCode }) },
    );
    expect(applied.ok).toBe(true);

    await page.getByRole('button', { name: 'I’ve confirmed my email' }).click();
    await page.getByTestId('workspace-practice-name').waitFor();
    expect(await page.getByTestId('workspace-practice-name').textContent()).toBe('Newcomer Clinic');
    expect(await page.getByTestId('workspace-role').textContent()).toBe('Practitioner');
    // Joined, not a new practice of her own.
    const { uid } = await adminAuth().getUserByEmail(email);
    expect((await adminDb().collection('tenants').where('ownerUid', '==', uid).get()).size).toBe(0);
    expect((await adminDb().doc(`users/${uid}`).get()).get('defaultTenantId')).toBe(practice.tenantId);
  });
});
