/**
 * The admin console in Chromium, for Atrium's own staff: a sales user
 * provisions a contracted practice through the form (twice for the same
 * deal: one practice; another deal cannot take its subdomain), and its named
 * admin signs in with the emailed link and lands in it as owner; a super admin finds an expired trial by status,
 * extends it with a reason and sees the status and the history change.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, adminDb, platformClient, uniqueEmail, type TestClient } from '../support/clients';
import { expectAccessible } from './support/a11y';
import { BASE_URL, SCREENSHOTS, appearedAt, signInAs, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice } from './support/practice';

const DAY_MS = 24 * 60 * 60 * 1000;
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

describe('the admin console', () => {
  let stack: BrowserStack;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.close();
    for (const client of clients) await client.close();
  });

  /** A page in its own browser context (its own session). */
  const freshPage = () => stack.newPage();

  async function platformUser(role: 'sales' | 'super_admin'): Promise<string> {
    const client = await platformClient(role);
    clients.push(client);
    return client.user.email!;
  }

  it('a sales user provisions a tenant in the console and the named admin signs in to it', async () => {
    const page = await freshPage();
    const salesEmail = await platformUser('sales');
    const suffix = crypto.randomUUID().slice(0, 8);
    const dealId = `E2E-CONSOLE-${suffix}`;
    const name = `Riverside Aesthetics ${suffix}`;
    const adminEmail = uniqueEmail('console-owner');
    const goLiveDate = utcDay(new Date(Date.now() + 60 * DAY_MS));
    const subdomain = `riverside-${suffix.toLowerCase()}`;

    // A platform user without a practice lands in the console.
    await signInAs(page, salesEmail, TEST_PASSWORD, 'admin-console');
    expect(new URL(page.url()).pathname).toBe('/admin');
    expect(await page.getByTestId('admin-platform-role').textContent()).toBe('Sales');

    await page.getByRole('link', { name: 'Provision a tenant' }).click();
    const form = page.getByTestId('admin-provision-form');
    await form.waitFor();
    await form.getByLabel('Deal ID').fill(dealId);
    await form.getByLabel('Practice name').fill(name);
    await form.getByLabel('Plan').selectOption('enterprise');
    expect(await form.getByLabel('Seats').inputValue()).toBe('200');
    await form.getByLabel('Seats').fill('40');
    await form.getByLabel('Go-live date').fill(goLiveDate);
    await form.getByLabel('Subdomain (optional)').fill(subdomain);
    await form.getByLabel('Admin’s name').fill('Dr Rhea Rivers');
    await form.getByLabel('Admin’s email').fill(adminEmail);
    await expectAccessible(page, 'admin-provision-form');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-provision-form.png'), fullPage: true });
    await page.getByTestId('admin-provision-submit').click();

    const result = page.getByTestId('admin-provision-result');
    await result.waitFor();
    expect(await result.getByRole('heading').textContent()).toBe('Practice created');
    const tenantId = (await page.getByTestId('admin-provision-tenant-id').textContent())!.trim();
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-provision-result.png'), fullPage: true });

    const tenant = (await adminDb().doc(`tenants/${tenantId}`).get()).data()!;
    expect(tenant).toMatchObject({ name, status: 'trial', channel: 'sales', plan: 'enterprise', seatLimit: 40, dealId });
    expect(tenant.goLiveAt.toDate().toISOString()).toBe(`${goLiveDate}T00:00:00.000Z`);

    // The same deal again (a colleague, a retry) answers the same practice.
    await page.getByRole('button', { name: 'Provision another practice' }).click();
    await form.getByLabel('Deal ID').fill(dealId);
    await form.getByLabel('Practice name').fill(`${name} again`);
    await form.getByLabel('Go-live date').fill(goLiveDate);
    await form.getByLabel('Admin’s name').fill('Dr Rhea Rivers');
    await form.getByLabel('Admin’s email').fill(adminEmail);
    await page.getByTestId('admin-provision-submit').click();
    await result.waitFor();
    expect(await result.getByRole('heading').textContent()).toBe('This deal already has a practice');
    expect((await page.getByTestId('admin-provision-tenant-id').textContent())!.trim()).toBe(tenantId);
    expect((await adminDb().collection('tenants').where('dealId', '==', dealId).get()).size).toBe(1);

    // Sales sees the tenant's own facts, never the support reads under it.
    await result.getByRole('link', { name: 'Open the practice’s details' }).click();
    const detail = page.getByTestId('admin-tenant-detail');
    await detail.waitFor();
    expect(await detail.getByRole('heading', { level: 2 }).textContent()).toBe(name);
    expect(await page.getByTestId('admin-tenant-status').textContent()).toBe('Free trial');
    expect(await detail.textContent()).toContain(dealId);
    expect(await page.getByTestId('admin-status-history').count()).toBe(0);
    expect(await page.getByTestId('admin-extend-trial').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-tenant-detail-sales.png'), fullPage: true });

    // Another deal cannot take the same subdomain: the form says so, in words, on the field.
    await page.getByRole('link', { name: 'Provision a tenant' }).click();
    await form.getByLabel('Deal ID').fill(`${dealId}-B`);
    await form.getByLabel('Practice name').fill(`Other Clinic ${suffix}`);
    await form.getByLabel('Go-live date').fill(goLiveDate);
    await form.getByLabel('Subdomain (optional)').fill(subdomain);
    await form.getByLabel('Admin’s name').fill('Dr Otto Other');
    await form.getByLabel('Admin’s email').fill(uniqueEmail('other-owner'));
    await page.getByTestId('admin-provision-submit').click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(`The subdomain "${subdomain}" is already taken by another practice.`);
    expect(await form.getByLabel('Subdomain (optional)').getAttribute('aria-invalid')).toBe('true');
    expect((await adminDb().collection('tenants').where('dealId', '==', `${dealId}-B`).get()).size).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-provision-subdomain-taken.png'), fullPage: true });

    // The named admin's sign-in link, from the mail outbox, in a browser of their own.
    const mail = await adminDb().collection('mail').where('tenantId', '==', tenantId).get();
    expect(mail.size).toBe(1);
    expect(mail.docs[0]!.get('to')).toBe(adminEmail);
    const emailed = new URL(/https?:\/\/\S+/.exec(mail.docs[0]!.get('message.text') as string)![0]);
    const landing = new URL(`${BASE_URL}/signin/link`);
    for (const key of ['mode', 'oobCode', 'apiKey', 'lang']) {
      const value = emailed.searchParams.get(key);
      if (value) landing.searchParams.set(key, value);
    }
    const ownerPage = await freshPage();
    await ownerPage.goto(landing.toString());
    await ownerPage.getByLabel('Email').fill(adminEmail);
    await ownerPage.getByRole('button', { name: 'Continue' }).click();
    await appearedAt(ownerPage, 'workspace-practice-name');
    expect(new URL(ownerPage.url()).pathname).toBe('/app');
    expect(await ownerPage.getByTestId('workspace-practice-name').textContent()).toBe(name);
    expect(await ownerPage.getByTestId('workspace-role').textContent()).toBe('Owner');
    // Practice staff get no way into the console.
    expect(await ownerPage.getByRole('link', { name: 'Admin console' }).count()).toBe(0);
    await ownerPage.screenshot({ path: join(SCREENSHOTS, 'admin-provisioned-owner-workspace.png'), fullPage: true });

    // …and if they open it anyway, it says it isn't for them.
    await ownerPage.goto(`${BASE_URL}/admin`);
    await ownerPage.getByTestId('admin-not-available').waitFor();
    expect(await ownerPage.getByTestId('admin-console').count()).toBe(0);
    // The only thing the browser complained about is the refused subdomain (HTTP 409 from the callable).
    expect(stack.problems.filter((problem) => !problem.includes('status of 409 (Conflict)'))).toEqual([]);
  });

  it('a super admin extends an expired trial', async () => {
    const suffix = crypto.randomUUID().slice(0, 8);
    const name = `Harbour Skin Clinic ${suffix}`;
    const practice = await createPractice({ name, status: 'trial_expired', staff: ['receptionist'] });
    const page = await freshPage();
    const superAdminEmail = await platformUser('super_admin');

    await signInAs(page, superAdminEmail, TEST_PASSWORD, 'admin-console');
    expect(new URL(page.url()).pathname).toBe('/admin');
    expect(await page.getByTestId('admin-platform-role').textContent()).toBe('Platform administrator');

    // Filter by status on the server, then narrow by name on the loaded page.
    await page.getByTestId('admin-filter-status').selectOption({ label: 'Trial ended' });
    const rows = page.getByTestId('admin-tenant-row');
    const ours = rows.filter({ hasText: name });
    await ours.waitFor();
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="admin-tenant-row"] .status-badge')].every((pill) => pill.textContent === 'Trial ended'),
    );
    await page.getByTestId('admin-search').fill(name.toUpperCase());
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="admin-tenant-row"]').length === 1);
    expect(await ours.textContent()).toContain('Trial ended');
    await expectAccessible(page, 'admin-tenants');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-tenants-trial-ended.png'), fullPage: true });

    await ours.getByRole('link', { name }).click();
    const detail = page.getByTestId('admin-tenant-detail');
    await detail.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/tenants/${practice.tenantId}`);
    expect(await page.getByTestId('admin-tenant-status').textContent()).toBe('Trial ended');
    const history = page.getByTestId('admin-status-history');
    await history.getByTestId('admin-status-history-entry').filter({ hasText: 'Free trial → Trial ended' }).waitFor();
    // Support read: the members, owner first.
    const members = page.getByTestId('admin-tenant-members');
    await members.getByRole('row', { name: /Olive Owner/ }).waitFor();
    expect(await members.textContent()).toContain('Rosa Receptionist');

    const newEnd = utcDay(new Date(Date.now() + 30 * DAY_MS));
    const reason = `Customer asked for more time to evaluate (${suffix})`;
    const extend = page.getByTestId('admin-extend-trial');
    await extend.getByLabel('New last day of the trial').fill(newEnd);
    await extend.getByLabel('Reason').fill(reason);
    await extend.getByRole('button', { name: 'Extend trial' }).click();

    await page.waitForFunction(() => document.querySelector('[data-testid="admin-tenant-status"]')?.textContent === 'Free trial');
    await extend.getByRole('status').filter({ hasText: 'Trial extended until' }).waitFor();
    const entry = history.getByTestId('admin-status-history-entry').filter({ hasText: reason });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Trial ended → Free trial');
    expect(await entry.textContent()).toContain('Trial extended until');
    expect(await entry.textContent()).toContain('Atrium staff');
    await expectAccessible(page, 'admin-tenant-detail');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-trial-extended.png'), fullPage: true });

    const tenant = (await adminDb().doc(`tenants/${practice.tenantId}`).get()).data()!;
    expect(tenant.status).toBe('trial');
    expect(tenant.trialEndsAt.toDate().toISOString()).toBe(`${newEnd}T23:59:59.999Z`);
    const audit = await adminDb().collection(`tenants/${practice.tenantId}/auditLog`).where('action', '==', 'tenant.trial_extended').get();
    expect(audit.size).toBe(1);
    expect(audit.docs[0]!.get('actorKind')).toBe('platform');
    expect(audit.docs[0]!.get('details.reason')).toBe(reason);

    // A status override goes through the same callable and lands in the history too.
    const suspendReason = `Suspected misuse, under review (${suffix})`;
    const change = page.getByTestId('admin-change-status');
    await change.getByLabel('New status').selectOption({ label: 'Suspended' });
    await change.getByLabel('Reason').fill(suspendReason);
    await change.getByRole('button', { name: 'Change status' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="admin-tenant-status"]')?.textContent === 'Suspended');
    const suspended = history.getByTestId('admin-status-history-entry').filter({ hasText: suspendReason });
    await suspended.waitFor();
    expect(await suspended.textContent()).toContain('Free trial → Suspended');
    // A suspended practice is not on a trial: the form says so instead of offering a date.
    expect(await extend.textContent()).toContain('Only a practice on a free trial');
    expect((await adminDb().doc(`tenants/${practice.tenantId}`).get()).get('status')).toBe('suspended');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-status-overridden.png'), fullPage: true });
    expect(stack.problems.filter((problem) => !problem.includes('status of 409 (Conflict)'))).toEqual([]);
  });
});
