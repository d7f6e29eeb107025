/**
 * `expireTrials`, the plain function the `expireTrials` schedule wraps, run
 * against the emulators' Firestore (scheduled functions only fire through
 * Pub/Sub in the emulator). Two overlapping runs must expire each due trial
 * once and queue exactly one conversion email for it.
 */
import { describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import type { TenantStatus } from '@atrium/domain';
import { expireTrials, trialExpiredMailId, type ExpireTrialsDeps } from '../../functions/src/jobs/expire-trials';
import { adminDb } from '../support/clients';

const deps = (): ExpireTrialsDeps => ({ db: adminDb(), now: () => new Date(), appBaseUrl: 'http://127.0.0.1:5173' });
const HOUR = 3_600_000;

async function seedTrialTenant(trialEndsAt: Date, status: TenantStatus = 'trial', channel: 'self_serve' | 'sales' = 'self_serve') {
  const db = adminDb();
  const tenantId = `expire-${crypto.randomUUID().slice(0, 12)}`;
  const ownerUid = `owner-${tenantId}`;
  const at = Timestamp.fromMillis(trialEndsAt.getTime() - 14 * 24 * HOUR);
  await db.doc(`tenants/${tenantId}`).set({
    name: `Trial Clinic ${tenantId}`,
    status,
    plan: 'starter',
    seatLimit: 5,
    seatsUsed: 1,
    pendingInvites: 0,
    trialEndsAt: Timestamp.fromDate(trialEndsAt),
    paymentFailures: 0,
    features: { customFields: false, dataApi: false, domainCapture: false, auditExport: false },
    channel,
    subdomain: null,
    retentionDays: 30,
    settings: {},
    ownerUid,
    pendingOwner: null,
    goLiveAt: channel === 'sales' ? Timestamp.fromDate(trialEndsAt) : null,
    dealId: channel === 'sales' ? `D-${tenantId}` : null,
    createdAt: at,
    statusChangedAt: at,
  });
  await db.doc(`tenants/${tenantId}/members/${ownerUid}`).set({
    role: 'owner',
    email: `${ownerUid}@example.test`,
    displayName: 'Tina Trial',
    disabled: false,
    joinedAt: at,
  });
  return tenantId;
}

async function state(tenantId: string) {
  const db = adminDb();
  const tenant = await db.doc(`tenants/${tenantId}`).get();
  const audit = await db.collection(`tenants/${tenantId}/auditLog`).where('action', '==', 'tenant.status_changed').get();
  const mail = await db.collection('mail').where('tenantId', '==', tenantId).get();
  return { status: tenant.get('status') as TenantStatus, statusChangedAt: tenant.get('statusChangedAt') as Timestamp, audit: audit.docs.map((d) => d.data()), mail: mail.docs };
}

describe('expireTrials', () => {
  it('two overlapping runs expire each due trial once, with exactly one conversion email; others untouched', async () => {
    const now = Date.now();
    const due = await Promise.all([1, 2, 3, 4, 5].map((h) => seedTrialTenant(new Date(now - h * HOUR))));
    const notYet = await Promise.all([seedTrialTenant(new Date(now + HOUR)), seedTrialTenant(new Date(now + 24 * HOUR))]);
    const paidEarly = await seedTrialTenant(new Date(now - HOUR), 'active');

    // Small pages so both runs page through the query.
    const [a, b] = await Promise.all([expireTrials(deps(), { pageSize: 2 }), expireTrials(deps(), { pageSize: 2 })]);

    for (const tenantId of due) {
      const s = await state(tenantId);
      expect(s.status).toBe('trial_expired');
      expect(s.statusChangedAt.toMillis()).toBeGreaterThanOrEqual(now);
      expect(s.audit).toHaveLength(1);
      expect(s.audit[0]).toMatchObject({ actorKind: 'system', details: { from: 'trial', to: 'trial_expired', event: 'trial_ended', job: 'expireTrials' } });
      expect(s.mail.map((m) => m.id)).toEqual([trialExpiredMailId(tenantId)]);
      expect(s.mail[0]!.data()).toMatchObject({
        to: `owner-${tenantId}@example.test`,
        template: 'trial_expired',
        tenantId,
        message: { subject: `Your Atrium trial for Trial Clinic ${tenantId} has ended` },
      });
      expect(s.mail[0]!.get('message.text')).toContain('http://127.0.0.1:5173/app/billing');
    }
    for (const tenantId of notYet) {
      const s = await state(tenantId);
      expect(s.status).toBe('trial');
      expect(s.audit).toHaveLength(0);
      expect(s.mail).toHaveLength(0);
    }
    expect((await state(paidEarly)).status).toBe('active');
    expect((await state(paidEarly)).mail).toHaveLength(0);

    // Between them the runs expired every due tenant (and perhaps other suites' leftovers) exactly once.
    expect(a.expired + b.expired).toBeGreaterThanOrEqual(due.length);
    expect(a.expired + b.expired).toBe(a.scanned + b.scanned - a.skipped - b.skipped);
    for (const report of [a, b]) {
      const job = await adminDb().doc(`jobs/expireTrials-${report.runId}`).get();
      expect(job.data()).toMatchObject({ job: 'expireTrials', expired: report.expired, scanned: report.scanned });
    }
  });

  it('a later run finds nothing left to do for already expired tenants', async () => {
    const tenantId = await seedTrialTenant(new Date(Date.now() - HOUR));
    await expireTrials(deps());
    const second = await expireTrials(deps());
    expect(second.expired).toBe(0);
    const s = await state(tenantId);
    expect(s.status).toBe('trial_expired');
    expect(s.audit).toHaveLength(1);
    expect(s.mail).toHaveLength(1);
  });

  it('takes a contracted tenant live at its go-live date instead of expiring it, without a conversion email', async () => {
    const live = await seedTrialTenant(new Date(Date.now() - HOUR), 'trial', 'sales');
    const later = await seedTrialTenant(new Date(Date.now() + 48 * HOUR), 'trial', 'sales');
    const report = await expireTrials(deps());
    expect(report.wentLive).toBeGreaterThanOrEqual(1);
    const after = await state(live);
    expect(after.status).toBe('active');
    expect(after.audit).toHaveLength(1);
    expect(after.audit[0]).toMatchObject({ details: { from: 'trial', to: 'active', event: 'contract_went_live' } });
    expect(after.mail).toHaveLength(0);
    expect((await adminDb().doc(`tenants/${live}`).get()).get('trialEndsAt')).toBeNull();
    expect((await state(later)).status).toBe('trial');
  });
});
