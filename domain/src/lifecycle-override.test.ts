/**
 * Super-admin lifecycle overrides (SPEC §3): extending a trial and setting a
 * status, decided by pure functions on a fixed clock, and the callable's
 * input schema. The state machine itself is tested in tenant-lifecycle.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { overrideTenantLifecycleInput } from './schemas';
import {
  MAX_TRIAL_EXTENSION_DAYS,
  OVERRIDE_TARGET_STATUSES,
  TENANT_STATUSES,
  statusOverride,
  trialEndForDate,
  trialExtension,
  trialExtensionWindow,
  type OverrideActor,
  type OverrideSubject,
  type TenantStatus,
} from './tenant-lifecycle';

const NOW = new Date('2026-03-10T09:30:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const fromNow = (ms: number): Date => new Date(NOW.getTime() + ms);

const superAdmin: OverrideActor = { actorPlatformRole: 'super_admin', reason: 'Customer asked for more time (ticket 4711)' };

function tenant(status: TenantStatus, more: Partial<OverrideSubject> = {}): OverrideSubject {
  return { status, channel: 'self_serve', trialEndsAt: fromNow(-DAY), goLiveAt: null, ...more };
}

describe('trialEndForDate and trialExtensionWindow', () => {
  it('ends a trial at the last millisecond of the chosen UTC day', () => {
    expect(trialEndForDate('2026-04-01')).toEqual(new Date('2026-04-01T23:59:59.999Z'));
  });

  it('offers today up to 90 days ahead', () => {
    expect(MAX_TRIAL_EXTENSION_DAYS).toBe(90);
    expect(trialExtensionWindow(NOW)).toEqual({ earliest: '2026-03-10', latest: '2026-06-08' });
  });
});

describe('trialExtension', () => {
  it('puts an expired trial back on trial with the new end, through an override transition', () => {
    const newEnd = trialEndForDate('2026-03-24');
    expect(trialExtension(tenant('trial_expired'), newEnd, NOW, superAdmin)).toEqual({
      ok: true,
      transition: { ok: true, from: 'trial_expired', to: 'trial', event: 'override', at: NOW },
      trialEndsAt: newEnd,
      resetPaymentFailures: false,
    });
  });

  it('moves the end of a running trial without a status change', () => {
    const newEnd = trialEndForDate('2026-04-30');
    expect(trialExtension(tenant('trial', { trialEndsAt: fromNow(3 * DAY) }), newEnd, NOW, superAdmin)).toEqual({
      ok: true,
      transition: null,
      trialEndsAt: newEnd,
      resetPaymentFailures: false,
    });
  });

  it('accepts an earlier (still future) end, to correct a mistake', () => {
    const result = trialExtension(tenant('trial', { trialEndsAt: fromNow(30 * DAY) }), trialEndForDate('2026-03-12'), NOW, superAdmin);
    expect(result).toMatchObject({ ok: true, trialEndsAt: trialEndForDate('2026-03-12') });
  });

  it('accepts today (the trial runs to the end of it) and the 90th day ahead, not the 91st', () => {
    expect(trialExtension(tenant('trial'), trialEndForDate('2026-03-10'), NOW, superAdmin)).toMatchObject({ ok: true });
    expect(trialExtension(tenant('trial'), trialEndForDate('2026-06-08'), NOW, superAdmin)).toMatchObject({ ok: true });
    expect(trialExtension(tenant('trial'), trialEndForDate('2026-06-09'), NOW, superAdmin)).toMatchObject({
      ok: false,
      refusal: 'trial_end_too_far',
      message: 'A trial can be extended at most 90 days ahead (until 2026-06-08).',
    });
  });

  it('refuses an end that is not in the future', () => {
    for (const newEnd of [NOW, fromNow(-1), trialEndForDate('2026-03-09')]) {
      expect(trialExtension(tenant('trial_expired'), newEnd, NOW, superAdmin)).toMatchObject({
        ok: false,
        refusal: 'trial_end_not_in_future',
        message: 'Choose a new trial end date in the future.',
      });
    }
  });

  it('refuses every status other than trial and trial_expired, naming the status', () => {
    const refused = TENANT_STATUSES.filter((s) => s !== 'trial' && s !== 'trial_expired');
    for (const status of refused) {
      const result = trialExtension(tenant(status), trialEndForDate('2026-03-24'), NOW, superAdmin);
      expect(result).toMatchObject({ ok: false, refusal: 'not_in_trial' });
    }
    expect(trialExtension(tenant('suspended'), trialEndForDate('2026-03-24'), NOW, superAdmin)).toMatchObject({
      message: expect.stringContaining('“Suspended”'),
    });
  });

  it('refuses a contracted tenant, whose trial ends at its go-live date', () => {
    const contracted = tenant('trial', { channel: 'sales', goLiveAt: fromNow(10 * DAY), trialEndsAt: fromNow(10 * DAY) });
    expect(trialExtension(contracted, trialEndForDate('2026-04-30'), NOW, superAdmin)).toEqual({
      ok: false,
      refusal: 'contracted',
      message: expect.stringContaining('go-live date (2026-03-20)'),
    });
    // A sales tenant without a go-live date has an ordinary trial.
    const open = tenant('trial_expired', { channel: 'sales', goLiveAt: null });
    expect(trialExtension(open, trialEndForDate('2026-04-30'), NOW, superAdmin)).toMatchObject({ ok: true });
  });

  it('refuses anyone but a super admin, and an empty reason, before looking at the tenant', () => {
    const newEnd = trialEndForDate('2026-03-24');
    for (const actorPlatformRole of ['sales', null] as const) {
      expect(trialExtension(tenant('active'), newEnd, NOW, { actorPlatformRole, reason: 'Please' })).toMatchObject({
        ok: false,
        refusal: 'not_authorised',
      });
    }
    expect(trialExtension(tenant('active'), newEnd, NOW, { actorPlatformRole: 'super_admin', reason: '  ' })).toMatchObject({
      ok: false,
      refusal: 'reason_required',
    });
  });
});

describe('statusOverride', () => {
  it('applies any override the state machine allows, clearing payment failures on reaching active', () => {
    const cases: [TenantStatus, TenantStatus][] = [
      ['suspended', 'active'],
      ['past_due', 'active'],
      ['cancelled', 'active'],
      ['active', 'suspended'],
      ['trial', 'trial_expired'],
      ['active', 'cancelled'],
    ];
    for (const [from, to] of cases) {
      expect(statusOverride(tenant(from), to, NOW, superAdmin)).toEqual({
        ok: true,
        transition: { ok: true, from, to, event: 'override', at: NOW },
        trialEndsAt: fromNow(-DAY),
        resetPaymentFailures: to === 'active',
      });
    }
  });

  it('refuses the same status, and provisioning on either side, in words', () => {
    expect(statusOverride(tenant('active'), 'active', NOW, superAdmin)).toEqual({
      ok: false,
      refusal: 'illegal_transition',
      message: 'This practice’s status is already “Active”.',
    });
    expect(statusOverride(tenant('active'), 'provisioning', NOW, superAdmin)).toMatchObject({
      ok: false,
      refusal: 'illegal_transition',
      message: 'A practice cannot be put back into set-up.',
    });
    expect(statusOverride(tenant('provisioning'), 'active', NOW, superAdmin)).toMatchObject({
      ok: false,
      refusal: 'illegal_transition',
      message: expect.stringContaining('still being set up'),
    });
  });

  it('puts a tenant back on trial only while it has trial time left', () => {
    expect(statusOverride(tenant('suspended', { trialEndsAt: fromNow(DAY) }), 'trial', NOW, superAdmin)).toMatchObject({
      ok: true,
      transition: { to: 'trial' },
      trialEndsAt: fromNow(DAY),
    });
    for (const trialEndsAt of [null, NOW, fromNow(-DAY)]) {
      expect(statusOverride(tenant('trial_expired', { trialEndsAt }), 'trial', NOW, superAdmin)).toMatchObject({
        ok: false,
        refusal: 'no_trial_time_left',
        message: 'This practice has no trial time left. Extend its trial with a new end date instead.',
      });
    }
  });

  it('refuses anyone but a super admin, and an empty reason', () => {
    expect(statusOverride(tenant('suspended'), 'active', NOW, { actorPlatformRole: 'sales', reason: 'Paid' })).toMatchObject({
      ok: false,
      refusal: 'not_authorised',
    });
    expect(statusOverride(tenant('suspended'), 'active', NOW, { actorPlatformRole: 'super_admin', reason: '' })).toMatchObject({
      ok: false,
      refusal: 'reason_required',
    });
  });
});

describe('overrideTenantLifecycleInput', () => {
  const extend = { tenantId: 'tenant-1', action: 'extend_trial', trialEndsAt: '2026-03-24', reason: '  Needs two more weeks  ' };
  const setStatus = { tenantId: 'tenant-1', action: 'set_status', status: 'active', reason: 'Paid by bank transfer' };

  it('parses both actions and trims the reason', () => {
    expect(overrideTenantLifecycleInput.parse(extend)).toEqual({ ...extend, reason: 'Needs two more weeks' });
    expect(overrideTenantLifecycleInput.parse(setStatus)).toEqual(setStatus);
  });

  it('offers every status but provisioning as a target', () => {
    expect([...OVERRIDE_TARGET_STATUSES].sort()).toEqual(TENANT_STATUSES.filter((s) => s !== 'provisioning').sort());
    expect(overrideTenantLifecycleInput.safeParse({ ...setStatus, status: 'provisioning' }).success).toBe(false);
  });

  it.each([
    ['an unknown action', { ...setStatus, action: 'delete_tenant' }],
    ['a reason under 3 characters once trimmed', { ...setStatus, reason: '  ok  ' }],
    ['a reason over 500 characters', { ...setStatus, reason: 'x'.repeat(501) }],
    ['a date that does not exist', { ...extend, trialEndsAt: '2026-02-30' }],
    ['a date with a time', { ...extend, trialEndsAt: '2026-03-24T10:00:00Z' }],
    ['a status on extend_trial', { ...extend, status: 'trial' }],
    ['a trial end on set_status', { ...setStatus, trialEndsAt: '2026-03-24' }],
    ['an unknown status', { ...setStatus, status: 'paused' }],
    ['a tenant id with a slash', { ...setStatus, tenantId: 'a/b' }],
    ['no tenant id', { action: 'set_status', status: 'active', reason: 'Paid by bank' }],
  ])('rejects %s', (_label, input) => {
    expect(overrideTenantLifecycleInput.safeParse(input).success).toBe(false);
  });
});
