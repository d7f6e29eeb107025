/**
 * Partial failure: the provisioning core is called directly (with the same
 * Firestore and Auth emulators the functions use) with a test-only fault
 * after each step. Whatever step failed, a retry with the same key or a
 * `cleanupOrphans` run finishes the tenant; when the steps keep failing,
 * cleanup removes every document provisioning wrote, and the next attempt
 * starts afresh instead of answering "already exists".
 */
import { describe, expect, it } from 'vitest';
import type { Auth } from 'firebase-admin/auth';
import { provisioningRequestId } from '@atrium/domain';
import { provisionTenant, type ProvisioningDeps, type ProvisionRequest } from '../../functions/src/provisioning/provision-tenant';
import { PROVISIONING_STEPS } from '../../functions/src/provisioning/provisioning-steps';
import { ORPHAN_AGE_MS, cleanupOrphans } from '../../functions/src/provisioning/cleanup-orphans';
import { adminAuth, adminDb, uniqueEmail } from '../support/clients';

const deps = (overrides: Partial<ProvisioningDeps> = {}): ProvisioningDeps => ({
  db: adminDb(),
  auth: adminAuth(),
  now: () => new Date(),
  appBaseUrl: 'http://127.0.0.1:5173',
  ...overrides,
});
/** The clock of a cleanup run 31 minutes from now, when today's stuck tenants count as orphans. */
const later = () => new Date(Date.now() + ORPHAN_AGE_MS + 60_000);

/** An Auth dependency that is down: every call fails. */
const authDown = new Proxy({} as Auth, {
  get: () => () => Promise.reject(Object.assign(new Error('auth unavailable'), { code: 'auth/internal-error' })),
});

function salesRequest(): ProvisionRequest {
  const dealId = `D-${crypto.randomUUID().slice(0, 8)}`;
  const goLiveAt = new Date(Date.now() + 20 * 86_400_000);
  return {
    requestId: provisioningRequestId.sales(dealId),
    idempotencyKey: dealId,
    channel: 'sales',
    billingMode: 'contract',
    tenantName: 'Orphanage Clinic',
    plan: 'growth',
    seatLimit: 12,
    trialEndsAt: goLiveAt,
    goLiveAt,
    dealId,
    subdomain: `orphan-${crypto.randomUUID().slice(0, 8)}`,
    owner: { kind: 'named', email: uniqueEmail('orphan-admin'), displayName: 'Olga Orphan' },
    actor: { uid: 'sales-rep', kind: 'platform' },
  };
}

async function tenantForDeal(dealId: string) {
  const snap = await adminDb().collection('tenants').where('dealId', '==', dealId).get();
  return snap.docs;
}

async function expectFinished(tenantId: string, email: string) {
  const db = adminDb();
  const tenant = (await db.doc(`tenants/${tenantId}`).get()).data()!;
  expect(tenant.status).toBe('trial');
  const owner = await adminAuth().getUserByEmail(email);
  expect(tenant.ownerUid).toBe(owner.uid);
  expect((await db.doc(`tenants/${tenantId}/members/${owner.uid}`).get()).get('role')).toBe('owner');
  const mail = await db.collection('mail').where('tenantId', '==', tenantId).get();
  expect(mail.size).toBe(1);
  const provisioned = await db.collection(`tenants/${tenantId}/auditLog`).where('action', '==', 'tenant.provisioned').get();
  expect(provisioned.size).toBe(1);
}

describe('a fault after each provisioning step', () => {
  it.each(PROVISIONING_STEPS)('after %s: cleanupOrphans finishes the tenant', async (step) => {
    const request = salesRequest();
    await expect(provisionTenant(deps({ failAfter: step }), request)).rejects.toThrow(`injected fault after ${step}`);
    const [stuck] = await tenantForDeal(request.dealId!);
    expect(stuck).toBeDefined();
    expect(stuck!.get('status')).toBe(step === 'finalized' ? 'trial' : 'provisioning');

    // Not yet 30 minutes old: a run now leaves it alone.
    await cleanupOrphans(deps());
    expect((await adminDb().doc(`tenants/${stuck!.id}`).get()).get('status')).toBe(step === 'finalized' ? 'trial' : 'provisioning');

    await cleanupOrphans(deps({ now: later }));
    await expectFinished(stuck!.id, request.owner.email);
  });

  it.each(PROVISIONING_STEPS)('after %s: a retry with the same key returns the same, finished tenant', async (step) => {
    const request = salesRequest();
    await expect(provisionTenant(deps({ failAfter: step }), request)).rejects.toThrow();
    const retry = await provisionTenant(deps(), request);
    expect(retry).toMatchObject({ status: 'trial', created: false });
    const tenants = await tenantForDeal(request.dealId!);
    expect(tenants.map((d) => d.id)).toEqual([retry.tenantId]);
    await expectFinished(retry.tenantId, request.owner.email);
  });
});

describe('when the steps keep failing', () => {
  it('cleanupOrphans removes everything provisioning wrote, and a later attempt starts afresh', async () => {
    const request = salesRequest();
    await expect(provisionTenant(deps({ auth: authDown }), request)).rejects.toThrow('auth unavailable');
    const [stuck] = await tenantForDeal(request.dealId!);
    const tenantId = stuck!.id;

    const report = await cleanupOrphans(deps({ auth: authDown, now: later }));
    expect(report.removed).toBeGreaterThanOrEqual(1);

    const db = adminDb();
    expect((await db.doc(`tenants/${tenantId}`).get()).exists).toBe(false);
    for (const sub of ['billing', 'auditLog', 'members']) {
      expect((await db.collection(`tenants/${tenantId}/${sub}`).get()).size).toBe(0);
    }
    expect((await db.doc(`provisioningRequests/${request.requestId}`).get()).exists).toBe(false);
    expect((await db.doc(`domainIndex/subdomain:${request.subdomain}`).get()).exists).toBe(false);
    expect((await db.collection('mail').where('tenantId', '==', tenantId).get()).size).toBe(0);
    const job = await db.doc(`jobs/cleanupOrphans-${report.runId}`).get();
    expect(job.data()).toMatchObject({ job: 'cleanupOrphans', removed: report.removed });

    const retry = await provisionTenant(deps(), request);
    expect(retry).toMatchObject({ status: 'trial', created: true });
    expect(retry.tenantId).not.toBe(tenantId);
    await expectFinished(retry.tenantId, request.owner.email);
  });

  it('two overlapping cleanup runs finish a stuck tenant once', async () => {
    const request = salesRequest();
    await expect(provisionTenant(deps({ failAfter: 'tenant_written' }), request)).rejects.toThrow();
    const [stuck] = await tenantForDeal(request.dealId!);
    const [a, b] = await Promise.all([cleanupOrphans(deps({ now: later })), cleanupOrphans(deps({ now: later }))]);
    expect(a.completed + b.completed + a.skipped + b.skipped).toBeGreaterThanOrEqual(1);
    await expectFinished(stuck!.id, request.owner.email);
    const users = await adminAuth().getUsers([{ email: request.owner.email }]);
    expect(users.users).toHaveLength(1);
  });
});
