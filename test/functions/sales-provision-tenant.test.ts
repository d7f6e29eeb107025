import { afterAll, describe, expect, it } from 'vitest';
import { doc, getDoc } from 'firebase/firestore';
import { provisioningRequestId, type ProvisionResult } from '@atrium/domain';
import { adminAuth, adminDb, callError, emailLinkClient, platformClient, signUpClient, uniqueEmail, type TestClient } from '../support/clients';

const clients: TestClient[] = [];
const track = async (p: Promise<TestClient>) => {
  const c = await p;
  clients.push(c);
  return c;
};
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

const deal = () => `D-${crypto.randomUUID().slice(0, 8)}`;
const futureDate = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function salesInput(overrides: Record<string, unknown> = {}): Record<string, unknown> & { dealId: string; adminEmail: string; goLiveDate: string; subdomain?: string } {
  return {
    dealId: deal(),
    tenantName: 'Northside Dermatology',
    plan: 'growth',
    seatLimit: 25,
    goLiveDate: futureDate(30),
    adminEmail: uniqueEmail('named-admin'),
    adminName: 'Dr Nora North',
    ...overrides,
  };
}

async function tenantsForDeal(dealId: string) {
  return (await adminDb().collection('tenants').where('dealId', '==', dealId).get()).docs;
}

describe('salesProvisionTenant (through the Functions emulator)', () => {
  it('provisions a contracted tenant with contract values, the named admin as owner, and a sign-in link', async () => {
    const sales = await track(platformClient('sales'));
    const input = salesInput({ subdomain: `north-${crypto.randomUUID().slice(0, 6)}` });
    const result = await sales.call<unknown, ProvisionResult>('salesProvisionTenant', input);
    expect(result).toMatchObject({ status: 'trial', created: true });

    const db = adminDb();
    const tenant = (await db.doc(`tenants/${result.tenantId}`).get()).data()!;
    expect(tenant).toMatchObject({
      name: 'Northside Dermatology',
      status: 'trial',
      plan: 'growth',
      seatLimit: 25,
      seatsUsed: 1,
      channel: 'sales',
      dealId: input.dealId,
      subdomain: input.subdomain,
      pendingOwner: null,
    });
    expect(tenant.trialEndsAt.toDate().toISOString()).toBe(`${input.goLiveDate}T00:00:00.000Z`);
    expect(tenant.goLiveAt.toDate().toISOString()).toBe(`${input.goLiveDate}T00:00:00.000Z`);

    const admin = await adminAuth().getUserByEmail(input.adminEmail);
    expect(tenant.ownerUid).toBe(admin.uid);
    expect((await db.doc(`tenants/${result.tenantId}/members/${admin.uid}`).get()).data()).toMatchObject({ role: 'owner', disabled: false });
    expect((await db.doc(`users/${admin.uid}`).get()).data()).toMatchObject({ defaultTenantId: result.tenantId, tenantIds: [result.tenantId] });
    expect((await db.doc(`tenants/${result.tenantId}/billing/subscription`).get()).data()).toMatchObject({ mode: 'contract', plan: 'growth' });
    expect((await db.doc(`domainIndex/subdomain:${input.subdomain}`).get()).get('tenantId')).toBe(result.tenantId);

    const audit = (await db.collection(`tenants/${result.tenantId}/auditLog`).get()).docs.map((d) => d.data());
    expect(audit.map((a) => a.action).sort()).toEqual(['tenant.provisioned', 'tenant.provisioning_started']);
    expect(audit.find((a) => a.action === 'tenant.provisioning_started')).toMatchObject({ actorUid: sales.user.uid, actorKind: 'platform' });

    const mail = (await db.collection('mail').where('tenantId', '==', result.tenantId).get()).docs.map((d) => d.data());
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: input.adminEmail, template: 'sales_owner_sign_in' });

    // The named admin follows the link and lands in the tenant, as its owner, through the rules.
    const link = /https?:\/\/\S+/.exec(mail[0]!.message.text as string)![0];
    const owner = await track(emailLinkClient(input.adminEmail, link));
    expect(owner.user.uid).toBe(admin.uid);
    expect((await getDoc(doc(owner.db, `tenants/${result.tenantId}`))).get('name')).toBe('Northside Dermatology');
    expect((await getDoc(doc(owner.db, `users/${admin.uid}`))).get('defaultTenantId')).toBe(result.tenantId);
  });

  it('starts the tenant active when the go-live date has passed', async () => {
    const sales = await track(platformClient('super_admin'));
    const result = await sales.call<unknown, ProvisionResult>('salesProvisionTenant', salesInput({ goLiveDate: '2026-01-05' }));
    expect(result.status).toBe('active');
    expect((await adminDb().doc(`tenants/${result.tenantId}`).get()).get('trialEndsAt')).toBeNull();
  });

  it('makes the existing account of a named admin the owner instead of a second account', async () => {
    const existing = await track(signUpClient());
    const sales = await track(platformClient('sales'));
    const result = await sales.call<unknown, ProvisionResult>('salesProvisionTenant', salesInput({ adminEmail: existing.user.email }));
    expect((await adminDb().doc(`tenants/${result.tenantId}`).get()).get('ownerUid')).toBe(existing.user.uid);
    expect((await getDoc(doc(existing.db, `tenants/${result.tenantId}`))).get('status')).toBe('trial');
  });

  it('creates one tenant for 20 concurrent calls with one deal id', { timeout: 180_000 }, async () => {
    const sales = await track(platformClient('sales'));
    const input = salesInput();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => sales.call<unknown, ProvisionResult>('salesProvisionTenant', input)),
    );
    expect(new Set(results.map((r) => r.tenantId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.every((r) => r.status === 'trial')).toBe(true);
    expect(await tenantsForDeal(input.dealId)).toHaveLength(1);
    const users = await adminAuth().getUsers([{ email: input.adminEmail }]);
    expect(users.users).toHaveLength(1);
    const mail = await adminDb().collection('mail').where('tenantId', '==', results[0]!.tenantId).get();
    expect(mail.size).toBe(1);
  });

  it('refuses a taken subdomain with already-exists and writes nothing for the second deal', async () => {
    const sales = await track(platformClient('sales'));
    const subdomain = `taken-${crypto.randomUUID().slice(0, 6)}`;
    await sales.call('salesProvisionTenant', salesInput({ subdomain }));
    const second = salesInput({ subdomain });
    const error = await callError(sales.call('salesProvisionTenant', second));
    expect(error.code).toBe('already-exists');
    expect(error.message).toContain(subdomain);
    expect(await tenantsForDeal(second.dealId)).toHaveLength(0);
    expect((await adminDb().doc(`provisioningRequests/${provisioningRequestId.sales(second.dealId)}`).get()).exists).toBe(false);
    expect((await adminAuth().getUsers([{ email: second.adminEmail }])).users).toHaveLength(0);
  });

  it('refuses callers without a sales or super_admin platform role', async () => {
    const clinicOwner = await track(signUpClient());
    const input = salesInput();
    const error = await callError(clinicOwner.call('salesProvisionTenant', input));
    expect(error.code).toBe('permission-denied');
    expect(await tenantsForDeal(input.dealId)).toHaveLength(0);
  });

  it.each([
    ['a missing deal id', { dealId: undefined }, 'dealId'],
    ['an impossible go-live date', { goLiveDate: '2027-02-30' }, 'goLiveDate'],
    ['zero seats', { seatLimit: 0 }, 'seatLimit'],
    ['a bad admin email', { adminEmail: 'nora-at-north' }, 'adminEmail'],
    ['a bad subdomain', { subdomain: 'Not A Subdomain!' }, 'subdomain'],
  ])('answers %s with invalid-argument and writes nothing', async (_label, override, field) => {
    const sales = await track(platformClient('sales'));
    const input = salesInput(override);
    const error = await callError(sales.call('salesProvisionTenant', input));
    expect(error.code).toBe('invalid-argument');
    expect((error.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(field);
    if (typeof input.dealId === 'string') expect(await tenantsForDeal(input.dealId)).toHaveLength(0);
  });
});
