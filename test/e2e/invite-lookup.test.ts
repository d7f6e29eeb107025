/**
 * What an invitation says before anyone joins, in Chromium against the
 * emulators. A signed-out visitor opening an invite link reads which
 * practice invites them, as what and until when, and a closed link
 * (withdrawn, expired, used, unknown) says so in words. Someone invited who
 * signs up through plain /signup sees the invitation on onboarding before
 * the "create a practice" form, and joins through it, or creates a practice
 * of their own instead.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, INVITE_TTL_DAYS, type TenantRole } from '@atrium/domain';
import { TEST_PASSWORD, adminAuth, adminDb, signInClient, uniqueEmail, type TestClient } from '../support/clients';
import { expectAccessible } from './support/a11y';
import { BASE_URL, SCREENSHOTS, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

describe('invitations named before joining', () => {
  let stack: BrowserStack;
  const clients: TestClient[] = [];

  /** A page in a fresh browser context: nobody signed in. */
  const freshPage = () => stack.newPage();

  /** The practice's owner, signed in with the web SDK, to invite through the real callable. */
  async function ownerOf(practice: TestPractice): Promise<TestClient> {
    const owner = await signInClient(practice.member('owner').email);
    clients.push(owner);
    return owner;
  }

  const invite = (owner: TestClient, tenantId: string, email: string, role: TenantRole) =>
    owner.call<unknown, { inviteId: string; expiresAt: string }>('inviteMember', { tenantId, email, role });

  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

  /** Signs up through plain /signup (no invite link) and waits for onboarding to settle. */
  async function signUp(page: Page, name: string, email: string): Promise<void> {
    await page.goto(`${BASE_URL}/signup`);
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname === '/onboarding');
  }

  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await stack?.close();
  });

  it('a signed-out visitor reads the practice, the role and the expiry; closed links say why', async () => {
    const practice = await createPractice({ name: 'Sunrise Aesthetics' });
    const owner = await ownerOf(practice);
    const { tenantId } = practice;
    const email = uniqueEmail('rita');
    const open = await invite(owner, tenantId, email, 'receptionist');
    const page = stack.page;

    await page.goto(`${BASE_URL}/invite/${tenantId}/${open.inviteId}`);
    await page.getByTestId('invite-expiry').waitFor();
    expect(await heading(page)).toBe('Join Sunrise Aesthetics as Receptionist');
    const expiry = await page.getByTestId('invite-expiry').textContent();
    expect(expiry).toMatch(/^This invitation expires on .+\.$/);
    // The year it expires in (7 days from now) is on the page, whatever the browser's date format.
    expect(expiry).toContain(String(new Date(open.expiresAt).getFullYear()));
    expect(await page.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe(
      `/signup?next=${encodeURIComponent(`/invite/${tenantId}/${open.inviteId}`)}`,
    );
    // The invited address is never given out to whoever holds the link.
    expect(await page.content()).not.toContain(email);
    await page.screenshot({ path: join(SCREENSHOTS, 'invite-lookup-signed-out.png'), fullPage: true });
    await expectAccessible(page, 'invite-lookup-signed-out');

    // Withdrawn.
    const withdrawn = await invite(owner, tenantId, uniqueEmail('paul'), 'practitioner');
    await owner.call('revokeInvite', { tenantId, inviteId: withdrawn.inviteId });
    await page.goto(`${BASE_URL}/invite/${tenantId}/${withdrawn.inviteId}`);
    await page.getByRole('heading', { name: 'This invitation was withdrawn' }).waitFor();
    expect(await page.locator('.auth-intro').textContent()).toContain('Sunrise Aesthetics withdrew this invitation');
    expect(await page.getByRole('link', { name: 'Create an account' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'invite-lookup-withdrawn.png'), fullPage: true });

    // Expired: still `pending` in Firestore, but past its expiry.
    const expiredRef = adminDb().collection(`tenants/${tenantId}/invites`).doc();
    const expiredAt = Date.now() - DAY_MS;
    await expiredRef.create({
      email: uniqueEmail('late'),
      role: 'manager',
      invitedBy: practice.member('owner').uid,
      createdAt: Timestamp.fromMillis(expiredAt - INVITE_TTL_DAYS * DAY_MS),
      expiresAt: Timestamp.fromMillis(expiredAt),
      status: 'pending',
    });
    await page.goto(`${BASE_URL}/invite/${tenantId}/${expiredRef.id}`);
    await page.getByRole('heading', { name: 'This invitation has expired' }).waitFor();
    expect(await page.locator('.auth-intro').textContent()).toMatch(
      /^The invitation to join Sunrise Aesthetics as Practice manager expired on .+\. Ask Sunrise Aesthetics to send you a new one\.$/,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'invite-lookup-expired.png'), fullPage: true });
    await expectAccessible(page, 'invite-lookup-expired');
    // Looking did not change it.
    expect((await expiredRef.get()).get('status')).toBe('pending');

    // Already used.
    const usedRef = adminDb().collection(`tenants/${tenantId}/invites`).doc();
    await usedRef.create({
      email: uniqueEmail('used'),
      role: 'admin',
      invitedBy: practice.member('owner').uid,
      createdAt: Timestamp.now(),
      expiresAt: Timestamp.fromMillis(Date.now() + INVITE_TTL_DAYS * DAY_MS),
      status: 'accepted',
      acceptedBy: practice.member('owner').uid,
      acceptedAt: Timestamp.now(),
    });
    await page.goto(`${BASE_URL}/invite/${tenantId}/${usedRef.id}`);
    await page.getByRole('heading', { name: 'This invitation has already been used' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);

    // Unknown.
    await page.goto(`${BASE_URL}/invite/${tenantId}/noSuchInvite0000`);
    await page.getByRole('heading', { name: 'This invitation link isn’t valid' }).waitFor();
    expect(await page.locator('.auth-intro').textContent()).toBe('This invitation link isn’t valid. Ask the practice for a new one.');
    await page.screenshot({ path: join(SCREENSHOTS, 'invite-lookup-invalid.png'), fullPage: true });
    await expectAccessible(page, 'invite-lookup-invalid');
  });

  it('someone invited who signs up through plain /signup sees the invitation first and joins through it', async () => {
    const practice = await createPractice({ name: 'Sunrise Aesthetics' });
    const owner = await ownerOf(practice);
    const email = uniqueEmail('rosa');
    const { inviteId } = await invite(owner, practice.tenantId, email, 'receptionist');

    const page = await freshPage();
    await signUp(page, 'Rosa Reception', email);
    const offer = page.getByTestId('onboarding-invite');
    await offer.waitFor();
    expect(await heading(page)).toBe('You’ve been invited to join a practice');
    expect(await offer.count()).toBe(1);
    expect(await offer.textContent()).toContain('You’ve been invited to join Sunrise Aesthetics as Receptionist.');
    expect(await offer.textContent()).toMatch(/The invitation expires on .+\./);
    // The form waits behind the invitation.
    expect(await page.getByLabel('Practice name').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'invite-lookup-onboarding.png'), fullPage: true });
    await expectAccessible(page, 'invite-lookup-onboarding');

    // Join: the invite page asks her to confirm the address (a password account proves nothing about the inbox).
    await page.getByRole('link', { name: 'Join Sunrise Aesthetics as Receptionist' }).click();
    await page.getByRole('heading', { name: 'Confirm your email address' }).waitFor();
    const invitePath = `/invite/${practice.tenantId}/${inviteId}`;
    expect(new URL(page.url()).pathname).toBe(invitePath);
    expect(await page.locator('.auth-intro').textContent()).toContain(`Before you join Sunrise Aesthetics, confirm that ${email}`);
    await page.getByRole('button', { name: 'Send me a confirmation link' }).click();
    await page.getByRole('button', { name: 'I’ve confirmed my email' }).waitFor();

    // The confirmation email (the Auth emulator keeps it), applied as her click on its link would.
    const codes = (await (
      await fetch(`http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}/emulator/v1/projects/${process.env.GCLOUD_PROJECT}/oobCodes`)
    ).json()) as { oobCodes: { email: string; requestType: string; oobCode: string }[] };
    const confirmation = codes.oobCodes.find((c) => c.email === email && c.requestType === 'VERIFY_EMAIL');
    expect(confirmation).toBeDefined();
    const applied = await fetch(
      `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}/identitytoolkit.googleapis.com/v1/accounts:update?key=demo-api-key`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ oobCode: confirmation!.oobCode }) },
    );
    expect(applied.ok).toBe(true);

    await page.getByRole('button', { name: 'I’ve confirmed my email' }).click();
    await page.getByTestId('workspace-practice-name').waitFor();
    expect(new URL(page.url()).pathname).toBe('/app');
    expect(await page.getByTestId('workspace-practice-name').textContent()).toBe('Sunrise Aesthetics');
    expect(await page.getByTestId('workspace-role').textContent()).toBe('Receptionist');
    await page.screenshot({ path: join(SCREENSHOTS, 'invite-lookup-joined.png'), fullPage: true });

    // Joined, with no practice of her own.
    const { uid } = await adminAuth().getUserByEmail(email);
    expect((await adminDb().doc(`tenants/${practice.tenantId}/members/${uid}`).get()).get('role')).toBe('receptionist');
    expect((await adminDb().doc(`tenants/${practice.tenantId}/invites/${inviteId}`).get()).get('status')).toBe('accepted');
    expect((await adminDb().collection('tenants').where('ownerUid', '==', uid).get()).size).toBe(0);
  });

  it('someone invited may create a practice of their own instead, and the invitation stays open', async () => {
    const practice = await createPractice({ name: 'Sunrise Aesthetics' });
    const owner = await ownerOf(practice);
    const email = uniqueEmail('omar');
    const { inviteId } = await invite(owner, practice.tenantId, email, 'practitioner');

    const page = await freshPage();
    await signUp(page, 'Dr Omar Own', email);
    await page.getByTestId('onboarding-invite').waitFor();
    expect(await page.getByTestId('onboarding-invite').textContent()).toContain('as Practitioner');
    await page.getByRole('button', { name: 'Create my own practice instead' }).click();
    await page.getByLabel('Practice name').fill('Omar Skin Studio');
    // Changing one's mind shows the invitation again, and back.
    await page.getByRole('button', { name: 'Back to my invitations' }).click();
    await page.getByTestId('onboarding-invite').waitFor();
    await page.getByRole('button', { name: 'Create my own practice instead' }).click();
    await page.getByLabel('Practice name').fill('Omar Skin Studio');
    await page.screenshot({ path: join(SCREENSHOTS, 'invite-lookup-own-practice.png'), fullPage: true });
    await page.getByRole('button', { name: 'Create practice' }).click();

    await page.getByTestId('workspace-practice-name').waitFor();
    expect(await page.getByTestId('workspace-practice-name').textContent()).toBe('Omar Skin Studio');
    expect(await page.getByTestId('workspace-role').textContent()).toBe('Owner');

    const { uid } = await adminAuth().getUserByEmail(email);
    expect((await adminDb().collection('tenants').where('ownerUid', '==', uid).get()).size).toBe(1);
    expect((await adminDb().doc(`tenants/${practice.tenantId}/members/${uid}`).get()).exists).toBe(false);
    expect((await adminDb().doc(`tenants/${practice.tenantId}/invites/${inviteId}`).get()).get('status')).toBe('pending');
  });
});
