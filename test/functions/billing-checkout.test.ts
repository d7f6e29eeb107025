/**
 * `createCheckoutSession` and `createPortalSession` through the Functions
 * emulator, with the functions' Stripe client pointed at the fake Stripe
 * server (functions/.env.demo-atrium). Owners come from a real self-serve
 * signup; other roles are seeded memberships.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import type { ProvisionResult, TenantRole } from '@atrium/domain';
import { adminDb, anonymousCaller, callError, signUpClient, type TestClient } from '../support/clients';
import { FAKE_STRIPE_PORT, startFakeStripe, type FakeStripe } from '../support/fake-stripe';

let fakeStripe: FakeStripe;
const clients: TestClient[] = [];
const client = async () => {
  const c = await signUpClient({ displayName: 'Olive Owner' });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  fakeStripe = await startFakeStripe({ port: FAKE_STRIPE_PORT });
});
beforeEach(() => fakeStripe.reset());
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fakeStripe?.close();
});

async function ownerWithTenant() {
  const owner = await client();
  const result = await owner.call<unknown, ProvisionResult>('provisionTenant', {
    idempotencyKey: `billing-${crypto.randomUUID()}`,
    tenantName: 'Checkout Clinic',
    plan: 'starter',
  });
  return { owner, tenantId: result.tenantId };
}

async function memberOf(tenantId: string, role: TenantRole) {
  const c = await client();
  await adminDb().doc(`tenants/${tenantId}/members/${c.user.uid}`).set({
    role,
    email: c.user.email,
    displayName: `A ${role}`,
    disabled: false,
    joinedAt: Timestamp.now(),
  });
  return c;
}

const customerCreates = () => fakeStripe.requests.filter((r) => r.path === '/v1/customers');

describe('createCheckoutSession', () => {
  it('creates the customer once (idempotency key), saves it and the index, and returns the checkout URL', async () => {
    const { owner, tenantId } = await ownerWithTenant();
    const first = await owner.call<unknown, { url: string }>('createCheckoutSession', { tenantId, plan: 'growth' });
    expect(first.url).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);

    expect(customerCreates()).toHaveLength(1);
    const [create] = customerCreates();
    expect(create!.idempotencyKey).toBe(`tenant-customer-${tenantId}`);
    expect(create!.authorization).toBe('Bearer sk_test_atrium_local');
    expect(create!.body).toMatchObject({ email: owner.user.email, name: 'Checkout Clinic', metadata: { tenantId } });
    const customerId = [...fakeStripe.customers.keys()].find((id) => (fakeStripe.customers.get(id)!.metadata as { tenantId?: string }).tenantId === tenantId)!;

    const db = adminDb();
    expect((await db.doc(`tenants/${tenantId}/billing/subscription`).get()).get('stripeCustomerId')).toBe(customerId);
    expect((await db.doc(`stripeCustomers/${customerId}`).get()).get('tenantId')).toBe(tenantId);

    const session = fakeStripe.requests.find((r) => r.path === '/v1/checkout/sessions')!;
    expect(session.body).toMatchObject({
      mode: 'subscription',
      customer: customerId,
      client_reference_id: tenantId,
      line_items: [{ price: 'price_atrium_growth', quantity: '1' }],
      metadata: { tenantId, plan: 'growth' },
      subscription_data: { metadata: { tenantId, plan: 'growth' } },
    });

    // A second checkout reuses the saved customer.
    await owner.call('createCheckoutSession', { tenantId, plan: 'enterprise' });
    expect(customerCreates()).toHaveLength(1);
    const second = fakeStripe.requests.filter((r) => r.path === '/v1/checkout/sessions')[1]!;
    expect(second.body).toMatchObject({ customer: customerId, line_items: [{ price: 'price_atrium_enterprise' }] });
  });

  it('two first clicks at once end with one Stripe customer', async () => {
    const { owner, tenantId } = await ownerWithTenant();
    const [a, b] = await Promise.all([
      owner.call<unknown, { url: string }>('createCheckoutSession', { tenantId, plan: 'growth' }),
      owner.call<unknown, { url: string }>('createCheckoutSession', { tenantId, plan: 'growth' }),
    ]);
    expect(a.url).not.toBe(b.url);
    const customersOfTenant = [...fakeStripe.customers.values()].filter((c) => (c.metadata as { tenantId?: string }).tenantId === tenantId);
    expect(customersOfTenant).toHaveLength(1);
    const sessions = fakeStripe.requests.filter((r) => r.path === '/v1/checkout/sessions');
    expect(new Set(sessions.map((s) => s.body.customer))).toEqual(new Set([customersOfTenant[0]!.id]));
  });

  it.each(['admin', 'manager', 'practitioner', 'receptionist'] as const)('refuses a %s', async (role) => {
    const { tenantId } = await ownerWithTenant();
    const member = await memberOf(tenantId, role);
    const error = await callError(member.call('createCheckoutSession', { tenantId, plan: 'growth' }));
    expect(error.code).toBe('permission-denied');
    expect(fakeStripe.requests).toHaveLength(0);
  });

  it('refuses a non-member, a disabled owner and a signed-out caller', async () => {
    const { owner, tenantId } = await ownerWithTenant();
    const stranger = await client();
    expect((await callError(stranger.call('createCheckoutSession', { tenantId, plan: 'growth' }))).code).toBe('permission-denied');

    const anonymous = anonymousCaller();
    try {
      expect((await callError(anonymous.call('createCheckoutSession', { tenantId, plan: 'growth' }))).code).toBe('unauthenticated');
    } finally {
      await anonymous.close();
    }

    await adminDb().doc(`tenants/${tenantId}/members/${owner.user.uid}`).update({ disabled: true });
    expect((await callError(owner.call('createCheckoutSession', { tenantId, plan: 'growth' }))).code).toBe('permission-denied');
    expect(fakeStripe.requests).toHaveLength(0);
  });

  it('refuses a tenant that already has a subscription (the portal is for changes) and a contract tenant', async () => {
    const { owner, tenantId } = await ownerWithTenant();
    const db = adminDb();
    await db.doc(`tenants/${tenantId}`).update({ status: 'active' });
    await db.doc(`tenants/${tenantId}/billing/subscription`).update({ stripeSubscriptionId: 'sub_existing' });
    const subscribed = await callError(owner.call('createCheckoutSession', { tenantId, plan: 'growth' }));
    expect(subscribed).toMatchObject({ code: 'failed-precondition', details: { reason: 'subscription_exists' } });

    await db.doc(`tenants/${tenantId}/billing/subscription`).update({ stripeSubscriptionId: null, mode: 'contract' });
    const contract = await callError(owner.call('createCheckoutSession', { tenantId, plan: 'growth' }));
    expect(contract.code).toBe('failed-precondition');
    expect(contract.message).toContain('contract');
    expect(fakeStripe.requests.filter((r) => r.path === '/v1/checkout/sessions')).toHaveLength(0);
  });

  it('rejects an unknown plan', async () => {
    const { owner, tenantId } = await ownerWithTenant();
    expect((await callError(owner.call('createCheckoutSession', { tenantId, plan: 'platinum' }))).code).toBe('invalid-argument');
  });

  it('when Stripe fails: an internal error, nothing saved; the next try succeeds with one customer', async () => {
    const { owner, tenantId } = await ownerWithTenant();
    fakeStripe.failNext(10, 500);
    expect((await callError(owner.call('createCheckoutSession', { tenantId, plan: 'growth' }))).code).toBe('internal');
    expect((await adminDb().doc(`tenants/${tenantId}/billing/subscription`).get()).get('stripeCustomerId')).toBeNull();

    fakeStripe.failNext(0);
    const { url } = await owner.call<unknown, { url: string }>('createCheckoutSession', { tenantId, plan: 'growth' });
    expect(url).toContain('checkout.stripe.test');
    expect([...fakeStripe.customers.values()].filter((c) => (c.metadata as { tenantId?: string }).tenantId === tenantId)).toHaveLength(1);
  });
});

describe('createPortalSession', () => {
  it('returns the portal URL for the tenant customer, creating it on first use', async () => {
    const { owner, tenantId } = await ownerWithTenant();
    const { url } = await owner.call<unknown, { url: string }>('createPortalSession', { tenantId });
    expect(url).toMatch(/^https:\/\/billing\.stripe\.test\/p\/session\/bps_/);
    const customerId = (await adminDb().doc(`tenants/${tenantId}/billing/subscription`).get()).get('stripeCustomerId') as string;
    expect(customerId).toMatch(/^cus_/);
    const portal = fakeStripe.requests.find((r) => r.path === '/v1/billing_portal/sessions')!;
    expect(portal.body).toMatchObject({ customer: customerId, return_url: 'http://127.0.0.1:5173/app/billing' });
    expect(customerCreates()[0]!.idempotencyKey).toBe(`tenant-customer-${tenantId}`);
  });

  it('refuses an admin', async () => {
    const { tenantId } = await ownerWithTenant();
    const admin = await memberOf(tenantId, 'admin');
    expect((await callError(admin.call('createPortalSession', { tenantId }))).code).toBe('permission-denied');
  });
});
