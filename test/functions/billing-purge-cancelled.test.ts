/**
 * `purgeCancelled`, the plain function the schedule wraps, against the
 * emulators' Firestore: past retention → the tenant tree and every pointer
 * to it are gone; within retention, or not cancelled → untouched; two
 * overlapping runs purge each tenant once.
 */
import { describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { DAY_MS, type TenantStatus } from '@atrium/domain';
import { purgeCancelled, type PurgeCancelledDeps } from '../../functions/src/jobs/purge-cancelled';
import { adminDb } from '../support/clients';

const deps = (): PurgeCancelledDeps => ({ db: adminDb(), now: () => new Date() });

async function seedTenant(status: TenantStatus, changedDaysAgo: number, retentionDays = 30) {
  const db = adminDb();
  const tenantId = `purge-${crypto.randomUUID().slice(0, 12)}`;
  const uid = `user-${tenantId}`;
  const subdomain = `sub-${tenantId}`;
  const customerId = `cus_${tenantId.replace(/-/g, '')}`;
  const changedAt = Timestamp.fromMillis(Date.now() - changedDaysAgo * DAY_MS);
  await db.doc(`tenants/${tenantId}`).set({
    name: 'Closing Clinic',
    status,
    plan: 'starter',
    seatLimit: 5,
    seatsUsed: 1,
    pendingInvites: 0,
    trialEndsAt: null,
    paymentFailures: 0,
    features: { customFields: false, dataApi: false, domainCapture: false, auditExport: false },
    channel: 'self_serve',
    subdomain,
    retentionDays,
    settings: {},
    ownerUid: uid,
    pendingOwner: null,
    goLiveAt: null,
    dealId: null,
    createdAt: Timestamp.fromMillis(changedAt.toMillis() - 90 * DAY_MS),
    statusChangedAt: changedAt,
  });
  await Promise.all([
    db.doc(`tenants/${tenantId}/members/${uid}`).set({ role: 'owner', email: `${uid}@example.test`, displayName: 'O', disabled: false, joinedAt: changedAt }),
    db.doc(`tenants/${tenantId}/patients/p1`).set({ firstName: 'Pat', lastName: 'Ient', createdBy: uid, createdAt: changedAt, updatedAt: changedAt }),
    db.doc(`tenants/${tenantId}/billing/subscription`).set({ mode: 'subscription', plan: 'starter', stripeCustomerId: customerId, stripeSubscriptionId: null, lastEventAt: null, createdAt: changedAt, updatedAt: changedAt }),
    db.doc(`tenants/${tenantId}/auditLog/a1`).set({ action: 'tenant.status_changed', at: changedAt }),
    db.doc(`users/${uid}`).set({ email: `${uid}@example.test`, displayName: 'O', tenantIds: [tenantId, 'another-tenant'], defaultTenantId: tenantId, updatedAt: changedAt }),
    db.doc(`domainIndex/subdomain:${subdomain}`).set({ tenantId, kind: 'subdomain', createdAt: changedAt }),
    db.doc(`stripeCustomers/${customerId}`).set({ tenantId, createdAt: changedAt }),
    db.doc(`mail/welcome-${tenantId}`).set({ to: `${uid}@example.test`, tenantId, template: 'welcome', createdAt: changedAt }),
  ]);
  return { tenantId, uid, subdomain, customerId };
}

type Seeded = Awaited<ReturnType<typeof seedTenant>>;

async function expectPurged(t: Seeded) {
  const db = adminDb();
  expect((await db.doc(`tenants/${t.tenantId}`).get()).exists).toBe(false);
  for (const sub of ['members', 'patients', 'billing', 'auditLog']) {
    expect((await db.collection(`tenants/${t.tenantId}/${sub}`).get()).size).toBe(0);
  }
  expect((await db.doc(`domainIndex/subdomain:${t.subdomain}`).get()).exists).toBe(false);
  expect((await db.doc(`stripeCustomers/${t.customerId}`).get()).exists).toBe(false);
  expect((await db.collection('mail').where('tenantId', '==', t.tenantId).get()).size).toBe(0);
  expect((await db.doc(`users/${t.uid}`).get()).data()).toMatchObject({ tenantIds: ['another-tenant'], defaultTenantId: null });
}

async function expectKept(t: Seeded, status: TenantStatus) {
  const db = adminDb();
  expect((await db.doc(`tenants/${t.tenantId}`).get()).get('status')).toBe(status);
  expect((await db.doc(`tenants/${t.tenantId}/patients/p1`).get()).exists).toBe(true);
  expect((await db.doc(`stripeCustomers/${t.customerId}`).get()).exists).toBe(true);
  expect((await db.doc(`users/${t.uid}`).get()).get('tenantIds')).toContain(t.tenantId);
}

describe('purgeCancelled', () => {
  it('two overlapping runs purge each tenant past its retention once; the rest stay', async () => {
    const past = await seedTenant('cancelled', 31);
    const shortRetention = await seedTenant('cancelled', 8, 7);
    const within = await seedTenant('cancelled', 10);
    const longRetention = await seedTenant('cancelled', 45, 90);
    const suspended = await seedTenant('suspended', 60);

    const [a, b] = await Promise.all([purgeCancelled(deps(), { pageSize: 2 }), purgeCancelled(deps(), { pageSize: 2 })]);

    await expectPurged(past);
    await expectPurged(shortRetention);
    await expectKept(within, 'cancelled');
    await expectKept(longRetention, 'cancelled');
    await expectKept(suspended, 'suspended');

    const purgedByEither = [...a.purgedTenantIds, ...b.purgedTenantIds];
    for (const t of [past, shortRetention]) {
      expect(purgedByEither.filter((id) => id === t.tenantId)).toHaveLength(1);
    }
    for (const t of [within, longRetention, suspended]) expect(purgedByEither).not.toContain(t.tenantId);
    for (const report of [a, b]) {
      const job = await adminDb().doc(`jobs/purgeCancelled-${report.runId}`).get();
      expect(job.data()).toMatchObject({ job: 'purgeCancelled', purged: report.purged, purgedTenantIds: report.purgedTenantIds });
    }
  });
});
