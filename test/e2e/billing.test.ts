/**
 * The owner's billing page in Chromium: plan and seats from the live tenant,
 * "Choose plan" creating a Stripe Checkout session through the callable (the
 * fake Stripe server stands in for Stripe) and sending the browser there.
 * Once the practice has a subscription, in any state, the page offers only
 * what the server accepts: "Manage billing" (the customer portal), never a
 * second checkout; a cancelled practice is told to contact support.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvisionResult } from '@atrium/domain';
import { TEST_PASSWORD, adminDb, signUpClient, type TestClient } from '../support/clients';
import { FAKE_STRIPE_PORT, startFakeStripe, type FakeStripe } from '../support/fake-stripe';
import { BASE_URL, SCREENSHOTS, signInAs, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

/** A practice whose owner has paid through Stripe: the billing record holds the customer and the subscription. */
async function withSubscription(practice: TestPractice): Promise<{ customerId: string }> {
  const customerId = `cus_e2e_${practice.tenantId}`;
  await adminDb()
    .doc(`tenants/${practice.tenantId}/billing/subscription`)
    .update({ stripeCustomerId: customerId, stripeSubscriptionId: `sub_e2e_${practice.tenantId}` });
  return { customerId };
}

describe('billing page', () => {
  let stack: BrowserStack;
  let stripe: FakeStripe;
  let owner: TestClient;
  let tenantId: string;

  /** A fresh, signed-out context in the same Chromium: one per person. */
  const freshPage = () => stack.newPage();

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

  it('an active practice with a subscription gets Manage billing (the portal), not a second checkout', async () => {
    const practice = await createPractice({ name: 'Quay Side Clinic', status: 'active' });
    const { customerId } = await withSubscription(practice);
    const page = await freshPage();
    await page.route('https://billing.stripe.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Stripe billing portal</h1>' }));
    await signInAs(page, practice.member('owner').email, TEST_PASSWORD);
    await page.goto(`${BASE_URL}/app/billing`);
    const manage = page.getByTestId('billing-manage');
    await manage.waitFor();
    expect(await manage.textContent()).toBe('Manage billing');
    expect(await manage.getAttribute('class')).toContain('button-primary');
    expect(await page.getByTestId('billing-choose-plan').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Choose plan' }).count()).toBe(0);
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByTestId('billing-note').textContent()).toMatch(/already has a subscription.*Manage billing/);
    await page.screenshot({ path: join(SCREENSHOTS, 'billing-active-subscription.png'), fullPage: true });

    // The action works: the callable opens the portal for this practice's customer and the browser goes there.
    const checkoutsBefore = stripe.requests.filter((r) => r.path === '/v1/checkout/sessions').length;
    await manage.click();
    await page.waitForURL('https://billing.stripe.test/**');
    const portals = stripe.requests.filter((r) => r.path === '/v1/billing_portal/sessions');
    expect(portals.at(-1)!.body).toMatchObject({ customer: customerId });
    expect(stripe.requests.filter((r) => r.path === '/v1/checkout/sessions')).toHaveLength(checkoutsBefore);

    // Without the subscription (it ended before a new trial, say), the plan picker comes back, live.
    await page.goto(`${BASE_URL}/app/billing`);
    await manage.waitFor();
    await adminDb().doc(`tenants/${practice.tenantId}/billing/subscription`).update({ stripeSubscriptionId: null });
    await adminDb().doc(`tenants/${practice.tenantId}`).update({ status: 'trial_expired' });
    await page.getByTestId('billing-choose-plan').waitFor();
    expect(await page.getByTestId('billing-manage').getAttribute('class')).toContain('button-secondary');
  });

  it('a suspended owner is sent to Manage billing, the action that pays', async () => {
    const practice = await createPractice({ name: 'Foundry Yard Clinic', status: 'suspended' });
    await withSubscription(practice);
    const page = await freshPage();
    await signInAs(page, practice.member('owner').email, TEST_PASSWORD);
    await page.getByTestId('suspended-screen').waitFor();
    expect(await page.getByTestId('suspended-banner').textContent()).toMatch(/Manage billing/);
    expect(await page.getByTestId('blocked-next-step').textContent()).toMatch(/use Manage billing to pay the overdue invoice/);
    const link = page.getByTestId('blocked-billing-link');
    expect(await link.textContent()).toBe('Open Billing to pay with Manage billing');
    await link.click();

    await page.getByTestId('billing-page').waitFor();
    const manage = page.getByTestId('billing-manage');
    await manage.waitFor();
    expect(await manage.getAttribute('class')).toContain('button-primary');
    expect(await page.getByTestId('billing-choose-plan').count()).toBe(0);
    expect(await page.getByTestId('billing-note').textContent()).toMatch(/unpaid balance.*Manage billing/);
    expect(await page.getByTestId('billing-status').textContent()).toBe('Suspended');
    await page.screenshot({ path: join(SCREENSHOTS, 'billing-suspended-manage.png'), fullPage: true });
  });

  it('a cancelled practice is told to contact support before its records are deleted', async () => {
    const practice = await createPractice({ name: 'Old Mill Clinic', status: 'cancelled' });
    await withSubscription(practice);
    const page = await freshPage();
    await signInAs(page, practice.member('owner').email, TEST_PASSWORD);
    const banner = page.getByTestId('cancelled-banner');
    await banner.waitFor();
    const bannerText = (await banner.textContent()) ?? '';
    expect(bannerText).toMatch(/kept for 30 days/);
    expect(bannerText).toMatch(/Contact Atrium support before \S.* if you need a copy of your records\./);
    expect(bannerText).not.toMatch(/export/i);

    await page.getByTestId('blocked-billing-link').click();
    await page.getByTestId('billing-page').waitFor();
    const note = page.getByTestId('billing-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/cancelled.*Contact Atrium support before/);
    expect(await page.getByTestId('billing-choose-plan').count()).toBe(0);
    // Past invoices stay reachable; nothing else is offered.
    expect(await page.getByTestId('billing-manage').getAttribute('class')).toContain('button-secondary');
    await page.screenshot({ path: join(SCREENSHOTS, 'billing-cancelled.png'), fullPage: true });
  });
});
