/**
 * A sales-provisioned practice's named admin: a sales user provisions the
 * deal, the admin opens the sign-in link from their email in Chromium,
 * confirms their address, and lands in the practice as its owner.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvisionResult } from '@atrium/domain';
import { adminDb, platformClient, uniqueEmail, type TestClient } from '../support/clients';
import { BASE_URL, SCREENSHOTS, appearedAt, startBrowserStack, type BrowserStack } from './support/browser';

describe('the named admin of a sales-provisioned practice', () => {
  let stack: BrowserStack;
  let sales: TestClient;

  beforeAll(async () => {
    sales = await platformClient('sales');
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.close();
    await sales?.close();
  });

  it('signs in with the emailed link and lands in the practice as owner', async () => {
    const adminEmail = uniqueEmail('named-owner');
    const name = `Lakeside Clinic ${crypto.randomUUID().slice(0, 6)}`;
    const result = await sales.call<unknown, ProvisionResult>('salesProvisionTenant', {
      dealId: `E2E-${crypto.randomUUID().slice(0, 8)}`,
      tenantName: name,
      plan: 'enterprise',
      seatLimit: 40,
      goLiveDate: '2031-03-01',
      adminEmail,
      adminName: 'Dr Lena Lake',
    });
    const mail = await adminDb().collection('mail').where('tenantId', '==', result.tenantId).get();
    expect(mail.size).toBe(1);
    // The emulator's link carries the one-time code; the app page is where the continue URL points.
    const emailed = new URL(/https?:\/\/\S+/.exec(mail.docs[0]!.get('message.text') as string)![0]);
    const landing = new URL(`${BASE_URL}/signin/link`);
    for (const key of ['mode', 'oobCode', 'apiKey', 'lang']) {
      const value = emailed.searchParams.get(key);
      if (value) landing.searchParams.set(key, value);
    }

    const { page } = stack;
    await page.goto(landing.toString());
    await page.getByLabel('Email').fill(adminEmail);
    await page.screenshot({ path: join(SCREENSHOTS, 'sales-owner-link.png'), fullPage: true });
    await page.getByRole('button', { name: 'Continue' }).click();
    await appearedAt(page, 'workspace-practice-name');
    await page.screenshot({ path: join(SCREENSHOTS, 'sales-owner-workspace.png'), fullPage: true });
    expect(new URL(page.url()).pathname).toBe('/app');
    expect(await page.getByTestId('workspace-practice-name').textContent()).toBe(name);
    expect(await page.getByTestId('workspace-role').textContent()).toBe('Owner');
  });
});
