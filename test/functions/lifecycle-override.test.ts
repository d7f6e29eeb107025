/**
 * `overrideTenantLifecycle` through the Functions emulator, called the way
 * the admin console calls it: only a super admin (custom claim) may extend a
 * trial or set a status; every applied override is audited in the same
 * transaction; a refused or malformed one writes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import {
  trialEndForDate,
  trialExtensionWindow,
  utcDateOf,
  type OverrideTenantLifecycleResult,
  type TenantStatus,
} from '@atrium/domain';
import { trialExpiredMailId } from '../../functions/src/jobs/expire-trials';
import { adminDb, anonymousCaller, callError, platformClient, signUpClient, type TestClient } from '../support/clients';

const DAY = 24 * 60 * 60 * 1000;
const clients: TestClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

async function client(kind: 'super_admin' | 'sales' | 'member'): Promise<TestClient> {
  const c = kind === 'member' ? await signUpClient({ displayName: 'Olive Owner' }) : await platformClient(kind);
  clients.push(c);
  return c;
}

/** A tenant written straight into Firestore at `status`, with its owner's membership. */
async function seedTenant(
  status: TenantStatus,
  more: { trialEndsAt?: Date | null; channel?: 'self_serve' | 'sales'; goLiveAt?: Date | null; paymentFailures?: number; ownerUid?: string } = {},
) {
  const db = adminDb();
  const tenantId = `override-${crypto.randomUUID().slice(0, 12)}`;
  const ownerUid = more.ownerUid ?? `owner-${tenantId}`;
  const createdAt = Timestamp.fromMillis(Date.now() - 30 * DAY);
  const trialEndsAt = more.trialEndsAt === undefined ? new Date(Date.now() - DAY) : more.trialEndsAt;
  await db.doc(`tenants/${tenantId}`).set({
    name: 'Juniper Skin Clinic',
    status,
    plan: 'growth',
    seatLimit: 10,
    seatsUsed: 1,
    pendingInvites: 0,
    trialEndsAt: trialEndsAt ? Timestamp.fromDate(trialEndsAt) : null,
    paymentFailures: more.paymentFailures ?? 0,
    features: { customFields: true, dataApi: false, domainCapture: false, auditExport: false },
    channel: more.channel ?? 'self_serve',
    subdomain: null,
    retentionDays: 30,
    settings: {},
    ownerUid,
    pendingOwner: null,
    goLiveAt: more.goLiveAt ? Timestamp.fromDate(more.goLiveAt) : null,
    dealId: more.channel === 'sales' ? `D-${tenantId}` : null,
    createdAt,
    statusChangedAt: createdAt,
  });
  await db.doc(`tenants/${tenantId}/members/${ownerUid}`).set({
    role: 'owner',
    email: `${ownerUid.toLowerCase()}@example.test`,
    displayName: 'Olive Owner',
    disabled: false,
    joinedAt: createdAt,
  });
  return tenantId;
}

const tenantData = async (tenantId: string) => (await adminDb().doc(`tenants/${tenantId}`).get()).data()!;
const auditEntries = async (tenantId: string) => (await adminDb().collection(`tenants/${tenantId}/auditLog`).get()).docs.map((d) => d.data());
const override = (caller: TestClient, data: unknown) => caller.call<unknown, OverrideTenantLifecycleResult>('overrideTenantLifecycle', data);

/** A calendar day `days` from today (UTC). */
const dayFromToday = (days: number) => utcDateOf(new Date(Date.now() + days * DAY));

describe('overrideTenantLifecycle: who may call it', () => {
  it('refuses a signed-out caller, a sales rep and a practice owner, and writes nothing', async () => {
    const tenantId = await seedTenant('suspended');
    const before = await tenantData(tenantId);
    const input = { tenantId, action: 'set_status', status: 'active', reason: 'Paid by bank transfer' };

    const anonymous = anonymousCaller();
    try {
      expect(await callError(anonymous.call('overrideTenantLifecycle', input))).toMatchObject({ code: 'unauthenticated' });
    } finally {
      await anonymous.close();
    }
    const sales = await client('sales');
    expect(await callError(override(sales, input))).toEqual({
      code: 'permission-denied',
      message: 'Only a platform administrator can change a practice’s trial or status.',
      details: undefined,
    });
    // The owner of this very tenant is still not a platform administrator.
    const owner = await client('member');
    const ownedId = await seedTenant('suspended', { ownerUid: owner.user.uid });
    expect(await callError(override(owner, { ...input, tenantId: ownedId }))).toMatchObject({ code: 'permission-denied' });

    expect(await tenantData(tenantId)).toEqual(before);
    expect(await tenantData(ownedId)).toMatchObject({ status: 'suspended' });
    expect(await auditEntries(tenantId)).toEqual([]);
    expect(await auditEntries(ownedId)).toEqual([]);
  });
});

describe('overrideTenantLifecycle: input', () => {
  it.each([
    ['a short reason', { action: 'set_status', status: 'active', reason: ' ok ' }, 'reason'],
    ['an unknown action', { action: 'delete', reason: 'Clean-up requested' }, 'action'],
    ['provisioning as a target', { action: 'set_status', status: 'provisioning', reason: 'Start again' }, 'status'],
    ['an impossible date', { action: 'extend_trial', trialEndsAt: '2026-02-30', reason: 'More time' }, 'trialEndsAt'],
    ['an extra field', { action: 'set_status', status: 'active', reason: 'Paid by bank', paymentFailures: 0 }, ''],
  ])('rejects %s as invalid-argument and writes nothing', async (_label, body, path) => {
    const admin = await client('super_admin');
    const tenantId = await seedTenant('trial_expired');
    const before = await tenantData(tenantId);
    const error = await callError(override(admin, { tenantId, ...body }));
    expect(error.code).toBe('invalid-argument');
    const issues = (error.details as { issues: { path: string }[] }).issues;
    expect(issues.length).toBeGreaterThan(0);
    if (path) expect(issues.map((i) => i.path)).toContain(path);
    expect(await tenantData(tenantId)).toEqual(before);
    expect(await auditEntries(tenantId)).toEqual([]);
  });

  it('answers not-found for a tenant that does not exist', async () => {
    const admin = await client('super_admin');
    const error = await callError(override(admin, { tenantId: 'no-such-tenant-x1', action: 'set_status', status: 'active', reason: 'Paid by bank' }));
    expect(error).toMatchObject({ code: 'not-found', message: 'There is no practice with that id.' });
  });
});

describe('overrideTenantLifecycle: extend_trial', () => {
  it('puts an expired trial back on trial until the end of the chosen day, with an audit entry', async () => {
    const admin = await client('super_admin');
    const oldEnd = new Date(Date.now() - DAY);
    const tenantId = await seedTenant('trial_expired', { trialEndsAt: oldEnd });
    const day = dayFromToday(14);

    const result = await override(admin, { tenantId, action: 'extend_trial', trialEndsAt: day, reason: '  Evaluating with the whole team  ' });

    const newEnd = trialEndForDate(day);
    expect(result).toEqual({ tenantId, status: 'trial', trialEndsAt: newEnd.toISOString() });
    const tenant = await tenantData(tenantId);
    expect(tenant.status).toBe('trial');
    expect((tenant.trialEndsAt as Timestamp).toDate()).toEqual(newEnd);
    expect((tenant.statusChangedAt as Timestamp).toMillis()).toBeGreaterThan(Date.now() - 60_000);

    const audit = await auditEntries(tenantId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUid: admin.user.uid,
      actorKind: 'platform',
      action: 'tenant.trial_extended',
      target: `tenants/${tenantId}`,
      details: { from: 'trial_expired', to: 'trial', event: 'override', reason: 'Evaluating with the whole team' },
    });
    expect((audit[0]!.details.previousTrialEndsAt as Timestamp).toDate()).toEqual(oldEnd);
    expect((audit[0]!.details.trialEndsAt as Timestamp).toDate()).toEqual(newEnd);
    expect((audit[0]!.at as Timestamp).toMillis()).toBe((tenant.statusChangedAt as Timestamp).toMillis());
  });

  it('moves the end of a running trial without changing its status', async () => {
    const admin = await client('super_admin');
    const tenantId = await seedTenant('trial', { trialEndsAt: new Date(Date.now() + 3 * DAY) });
    const before = await tenantData(tenantId);
    const day = trialExtensionWindow(new Date()).latest;

    const result = await override(admin, { tenantId, action: 'extend_trial', trialEndsAt: day, reason: 'Waiting for budget approval' });

    expect(result).toEqual({ tenantId, status: 'trial', trialEndsAt: trialEndForDate(day).toISOString() });
    const tenant = await tenantData(tenantId);
    expect(tenant.statusChangedAt).toEqual(before.statusChangedAt);
    const audit = await auditEntries(tenantId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'tenant.trial_extended', details: { from: 'trial', to: 'trial' } });
    expect(audit[0]!.details).not.toHaveProperty('event');
  });

  it.each([
    ['an active practice', 'active' as const, {}, dayFromToday(14), 'This practice’s status is “Active”'],
    ['a contracted practice', 'trial' as const, { channel: 'sales' as const, goLiveAt: new Date(Date.now() + 5 * DAY) }, dayFromToday(14), 'sales contract'],
    ['an end in the past', 'trial_expired' as const, {}, dayFromToday(-1), 'Choose a new trial end date in the future.'],
    ['an end more than 90 days ahead', 'trial_expired' as const, {}, dayFromToday(92), 'at most 90 days ahead'],
  ])('refuses %s with a sentence, and writes nothing', async (_label, status, more, day, message) => {
    const admin = await client('super_admin');
    const tenantId = await seedTenant(status, more);
    const before = await tenantData(tenantId);
    const error = await callError(override(admin, { tenantId, action: 'extend_trial', trialEndsAt: day, reason: 'Customer asked' }));
    expect(error.code).toBe('failed-precondition');
    expect(error.message).toContain(message);
    expect(await tenantData(tenantId)).toEqual(before);
    expect(await auditEntries(tenantId)).toEqual([]);
  });
});

describe('overrideTenantLifecycle: set_status', () => {
  it('reactivates a suspended practice, clearing its payment failures, with an audit entry', async () => {
    const admin = await client('super_admin');
    const tenantId = await seedTenant('suspended', { trialEndsAt: null, paymentFailures: 3 });

    const result = await override(admin, { tenantId, action: 'set_status', status: 'active', reason: 'Paid by bank transfer (ticket 4711)' });

    expect(result).toEqual({ tenantId, status: 'active', trialEndsAt: null });
    const tenant = await tenantData(tenantId);
    expect(tenant).toMatchObject({ status: 'active', paymentFailures: 0, trialEndsAt: null });
    const audit = await auditEntries(tenantId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUid: admin.user.uid,
      actorKind: 'platform',
      action: 'tenant.status_overridden',
      details: {
        from: 'suspended',
        to: 'active',
        event: 'override',
        reason: 'Paid by bank transfer (ticket 4711)',
        previousTrialEndsAt: null,
        trialEndsAt: null,
        previousPaymentFailures: 3,
      },
    });
  });

  it('suspends an active practice and cancels it; each step audited', async () => {
    const admin = await client('super_admin');
    const tenantId = await seedTenant('active', { trialEndsAt: null });
    await override(admin, { tenantId, action: 'set_status', status: 'suspended', reason: 'Chargeback under review' });
    expect((await tenantData(tenantId)).status).toBe('suspended');
    await override(admin, { tenantId, action: 'set_status', status: 'cancelled', reason: 'Customer asked to close the account' });
    expect((await tenantData(tenantId)).status).toBe('cancelled');
    const transitions = (await auditEntries(tenantId)).map((e) => `${e.details.from}→${e.details.to}`).sort();
    expect(transitions).toEqual(['active→suspended', 'suspended→cancelled']);
  });

  it('ending a self-serve trial early queues the conversion email once', async () => {
    const admin = await client('super_admin');
    const tenantId = await seedTenant('trial', { trialEndsAt: new Date(Date.now() + 5 * DAY) });
    await override(admin, { tenantId, action: 'set_status', status: 'trial_expired', reason: 'Abusive sign-up' });
    const mail = await adminDb().doc(`mail/${trialExpiredMailId(tenantId)}`).get();
    expect(mail.data()).toMatchObject({ to: `owner-${tenantId}@example.test`, template: 'trial_expired', tenantId });
    // Back on trial (time is left) and out again: still one email.
    await override(admin, { tenantId, action: 'set_status', status: 'trial', reason: 'Reopened after review' });
    await override(admin, { tenantId, action: 'set_status', status: 'trial_expired', reason: 'Closed again after review' });
    expect((await adminDb().collection('mail').where('tenantId', '==', tenantId).get()).size).toBe(1);
    expect(await auditEntries(tenantId)).toHaveLength(3);
  });

  it.each([
    ['the status it already has', 'active' as const, 'active', {}, 'already “Active”'],
    ['trial without trial time left', 'trial_expired' as const, 'trial', {}, 'no trial time left'],
    ['a practice still being set up', 'provisioning' as const, 'active', {}, 'still being set up'],
  ])('refuses %s with a sentence, and writes nothing', async (_label, from, to, more, message) => {
    const admin = await client('super_admin');
    const tenantId = await seedTenant(from, more);
    const before = await tenantData(tenantId);
    const error = await callError(override(admin, { tenantId, action: 'set_status', status: to, reason: 'Support request' }));
    expect(error.code).toBe('failed-precondition');
    expect(error.message).toContain(message);
    expect((error.details as { refusal: string }).refusal).toMatch(/\S/);
    expect(await tenantData(tenantId)).toEqual(before);
    expect(await auditEntries(tenantId)).toEqual([]);
  });
});
