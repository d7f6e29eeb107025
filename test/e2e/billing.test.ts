/**
 * The owner's billing page in Chromium: plan and seats from the live tenant,
 * "Choose plan" creating a Stripe Checkout session through the callable (the
 * fake Stripe server stands in for Stripe) and sending the browser there.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvisionResult } from '@atrium/domain';
import { TEST_PASSWORD, signUpClient, type TestClient } from '../support/clients';
import { FAKE_STRIPE_PORT, startFakeStripe, type FakeStripe } from '../support/fake-stripe';
import { BASE_URL, SCREENSHOTS, startBrowserStack, type BrowserStack } from './support/browser';

describe('billing page', () => {
  let stack: BrowserStack;
  let stripe: FakeStripe;
  let owner: TestClient;
  let tenantId: string;

  beforeAll(async () => {
    stripe = await startFakeStripe({ port: FAKE_STRIPE_PORT });
    owner = await signUpClient({ displayName: 'Dr Bill Ing' });
    ({ tenantId } = await owner.call<unknown, ProvisionResult>('provisionTenant', {
      idempotencyKey: `billing-${crypto.randomUUID()}`,
      tenantName: 'Ledger Lane Clinic',
      plan: 'starter',
    }));
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.close();
    await owner?.close();
    await stripe?.close();
  });

  it('lets the owner choose a plan and sends them to Stripe Checkout', async () => {
    const { page } = stack;
    // Stripe's hosted page is out of reach offline: answer for it.
    await page.route('https://checkout.stripe.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Stripe Checkout</h1>' }));
    await page.goto(`${BASE_URL}/signin`);
    await page.getByLabel('Email').fill(owner.user.email!);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('workspace-practice-name').waitFor();
    await page.getByRole('link', { name: 'Billing' }).click();
    await page.getByTestId('billing-page').waitFor();
    expect(await page.getByTestId('billing-page').textContent()).toContain('Starter');
    await page.getByRole('radio', { name: /Growth/ }).check();
    await page.screenshot({ path: join(SCREENSHOTS, 'billing.png'), fullPage: true });
    await page.getByTestId('billing-choose-plan').click();
    await page.waitForURL('https://checkout.stripe.test/**');

    const sessions = stripe.requests.filter((r) => r.path === '/v1/checkout/sessions');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.body).toMatchObject({ metadata: { tenantId } });
    expect(JSON.stringify(sessions[0]!.body)).toContain('price_atrium_growth');
  });
});
