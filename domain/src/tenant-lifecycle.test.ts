/**
 * The lifecycle state machine against SPEC §3. The expectation table below is
 * transcribed from the SPEC, not derived from the module's own tables, and
 * every (status × event) pair is checked. All tests use one fixed clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LIFECYCLE_EVENT_TYPES,
  TENANT_STATUSES,
  dueTrialEvent,
  lifecycleAccess,
  selfServeTrialEnd,
  transition,
  trialDaysLeft,
  type LifecycleEvent,
  type TenantStatus,
  type TransitionRefusal,
  type TransitionResult,
} from './tenant-lifecycle';

const NOW = new Date('2026-03-10T09:30:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const fromNow = (ms: number): Date => new Date(NOW.getTime() + ms);

/** SPEC §3: the seven values of `tenants/{tenantId}.status`. */
const SPEC_STATUSES: readonly TenantStatus[] = [
  'provisioning',
  'trial',
  'trial_expired',
  'active',
  'past_due',
  'suspended',
  'cancelled',
];

// ---- Expectation table (SPEC §3) --------------------------------------------

type Outcome = TenantStatus | TransitionRefusal;
const X: TransitionRefusal = 'illegal_transition';
const NOT_OVER: TransitionRefusal = 'trial_not_over';
const NOT_LIVE: TransitionRefusal = 'go_live_not_reached';
const UNAUTHORISED: TransitionRefusal = 'not_authorised';
const NO_REASON: TransitionRefusal = 'reason_required';

/** One row of the table: the outcome of an event from each status. */
function row(
  provisioning: Outcome,
  trial: Outcome,
  trialExpired: Outcome,
  active: Outcome,
  pastDue: Outcome,
  suspended: Outcome,
  cancelled: Outcome,
): Record<TenantStatus, Outcome> {
  return { provisioning, trial, trial_expired: trialExpired, active, past_due: pastDue, suspended, cancelled };
}

const superAdminOverride = (to: TenantStatus): LifecycleEvent => ({
  type: 'override',
  to,
  actorPlatformRole: 'super_admin',
  reason: 'Customer paid by bank transfer (ticket 4711)',
});

interface Case {
  label: string;
  event: LifecycleEvent;
  expected: Record<TenantStatus, Outcome>;
}

/**
 * Columns: provisioning, trial, trial_expired, active, past_due, suspended, cancelled.
 * An override is checked for the caller first, then the reason, then the
 * target, so a caller who may not override learns nothing about the tenant.
 */
const CASES: readonly Case[] = [
  // Self-serve provisioning ends in trial, whatever dates come with it.
  { label: 'self-serve provisioned', event: { type: 'provisioned', channel: 'self_serve' }, expected: row('trial', X, X, X, X, X, X) },
  {
    label: 'self-serve provisioned with a past go-live date',
    event: { type: 'provisioned', channel: 'self_serve', goLiveAt: fromNow(-DAY) },
    expected: row('trial', X, X, X, X, X, X),
  },
  // Sales provisioning: trial before the contract go-live date, active on or after it.
  {
    label: 'sales provisioned, go-live tomorrow',
    event: { type: 'provisioned', channel: 'sales', goLiveAt: fromNow(DAY) },
    expected: row('trial', X, X, X, X, X, X),
  },
  {
    label: 'sales provisioned, go-live in 1 ms',
    event: { type: 'provisioned', channel: 'sales', goLiveAt: fromNow(1) },
    expected: row('trial', X, X, X, X, X, X),
  },
  {
    label: 'sales provisioned, go-live exactly now',
    event: { type: 'provisioned', channel: 'sales', goLiveAt: fromNow(0) },
    expected: row('active', X, X, X, X, X, X),
  },
  {
    label: 'sales provisioned, go-live yesterday',
    event: { type: 'provisioned', channel: 'sales', goLiveAt: fromNow(-DAY) },
    expected: row('active', X, X, X, X, X, X),
  },
  {
    label: 'sales provisioned without a go-live date',
    event: { type: 'provisioned', channel: 'sales' },
    expected: row('trial', X, X, X, X, X, X),
  },
  // The trial-expiry job moves a contracted tenant's trial to active at go-live (not to trial_expired).
  { label: 'contract went live yesterday', event: { type: 'contract_went_live', goLiveAt: fromNow(-DAY) }, expected: row(X, 'active', X, X, X, X, X) },
  { label: 'contract goes live exactly now', event: { type: 'contract_went_live', goLiveAt: fromNow(0) }, expected: row(X, 'active', X, X, X, X, X) },
  { label: 'contract goes live in 1 ms', event: { type: 'contract_went_live', goLiveAt: fromNow(1) }, expected: row(X, NOT_LIVE, X, X, X, X, X) },
  // The trial-expiry job moves trial to trial_expired, once trialEndsAt <= now.
  {
    label: 'trial ended an hour ago',
    event: { type: 'trial_ended', trialEndsAt: fromNow(-HOUR) },
    expected: row(X, 'trial_expired', X, X, X, X, X),
  },
  {
    label: 'trial ends exactly now',
    event: { type: 'trial_ended', trialEndsAt: fromNow(0) },
    expected: row(X, 'trial_expired', X, X, X, X, X),
  },
  {
    label: 'trial ends in 1 ms',
    event: { type: 'trial_ended', trialEndsAt: fromNow(1) },
    expected: row(X, NOT_OVER, X, X, X, X, X),
  },
  {
    label: 'trial ends in a week',
    event: { type: 'trial_ended', trialEndsAt: fromNow(7 * DAY) },
    expected: row(X, NOT_OVER, X, X, X, X, X),
  },
  // Stripe events.
  { label: 'payment succeeded', event: { type: 'payment_succeeded' }, expected: row(X, 'active', 'active', X, 'active', 'active', X) },
  { label: 'payment failed', event: { type: 'payment_failed' }, expected: row(X, X, X, 'past_due', X, X, X) },
  {
    label: 'payment retries exhausted',
    event: { type: 'payment_retries_exhausted' },
    expected: row(X, X, X, X, 'suspended', X, X),
  },
  {
    label: 'subscription deleted',
    event: { type: 'subscription_deleted' },
    expected: row(X, X, X, 'cancelled', 'cancelled', 'cancelled', X),
  },
  // Super-admin overrides: never from or to provisioning, never to the same status.
  { label: 'override to provisioning', event: superAdminOverride('provisioning'), expected: row(X, X, X, X, X, X, X) },
  {
    label: 'override to trial',
    event: superAdminOverride('trial'),
    expected: row(X, X, 'trial', 'trial', 'trial', 'trial', 'trial'),
  },
  {
    label: 'override to trial_expired',
    event: superAdminOverride('trial_expired'),
    expected: row(X, 'trial_expired', X, 'trial_expired', 'trial_expired', 'trial_expired', 'trial_expired'),
  },
  {
    label: 'override to active',
    event: superAdminOverride('active'),
    expected: row(X, 'active', 'active', X, 'active', 'active', 'active'),
  },
  {
    label: 'override to past_due',
    event: superAdminOverride('past_due'),
    expected: row(X, 'past_due', 'past_due', 'past_due', X, 'past_due', 'past_due'),
  },
  {
    label: 'override to suspended',
    event: superAdminOverride('suspended'),
    expected: row(X, 'suspended', 'suspended', 'suspended', 'suspended', X, 'suspended'),
  },
  {
    label: 'override to cancelled',
    event: superAdminOverride('cancelled'),
    expected: row(X, 'cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled', X),
  },
  // Only a super admin, and only with a reason.
  {
    label: 'override to active by sales',
    event: { type: 'override', to: 'active', actorPlatformRole: 'sales', reason: 'Deal closed' },
    expected: row(UNAUTHORISED, UNAUTHORISED, UNAUTHORISED, UNAUTHORISED, UNAUTHORISED, UNAUTHORISED, UNAUTHORISED),
  },
  {
    label: 'override to active by a user without a platform role',
    event: { type: 'override', to: 'active', actorPlatformRole: null, reason: 'Please' },
    expected: row(UNAUTHORISED, UNAUTHORISED, UNAUTHORISED, UNAUTHORISED, UNAUTHORISED, UNAUTHORISED, UNAUTHORISED),
  },
  {
    label: 'override to active with an empty reason',
    event: { type: 'override', to: 'active', actorPlatformRole: 'super_admin', reason: '' },
    expected: row(NO_REASON, NO_REASON, NO_REASON, NO_REASON, NO_REASON, NO_REASON, NO_REASON),
  },
  {
    label: 'override to active with a blank reason',
    event: { type: 'override', to: 'active', actorPlatformRole: 'super_admin', reason: ' \t\n ' },
    expected: row(NO_REASON, NO_REASON, NO_REASON, NO_REASON, NO_REASON, NO_REASON, NO_REASON),
  },
];

const isStatus = (outcome: Outcome): outcome is TenantStatus => (SPEC_STATUSES as readonly string[]).includes(outcome);

function expectedResult(from: TenantStatus, event: LifecycleEvent, outcome: Outcome): TransitionResult {
  return isStatus(outcome)
    ? { ok: true, from, to: outcome, event: event.type, at: NOW }
    : { ok: false, from, event: event.type, refusal: outcome, message: expect.stringMatching(/\S/) };
}

// ---- transition -----------------------------------------------------------

describe('the expectation table', () => {
  it('lists exactly the statuses of SPEC §3', () => {
    expect([...TENANT_STATUSES].sort()).toEqual([...SPEC_STATUSES].sort());
  });

  it('covers every lifecycle event type', () => {
    expect(new Set(CASES.map((c) => c.event.type))).toEqual(new Set(LIFECYCLE_EVENT_TYPES));
  });

  it('has an outcome for every status in every row', () => {
    const missing = CASES.flatMap((c) => TENANT_STATUSES.filter((s) => c.expected[s] === undefined).map((s) => `${c.label} from ${s}`));
    expect(missing).toEqual([]);
  });
});

for (const from of TENANT_STATUSES) {
  describe(`transition from ${from}`, () => {
    for (const c of CASES) {
      const outcome = c.expected[from];
      it(`${c.label} → ${outcome}`, () => {
        expect(transition(from, c.event, NOW)).toEqual(expectedResult(from, c.event, outcome));
      });
    }
  });
}

describe('transition is pure', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('decides with the clock it is given, not the system clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00.000Z'));

    expect(transition('provisioning', { type: 'provisioned', channel: 'sales', goLiveAt: fromNow(DAY) }, NOW)).toMatchObject({
      ok: true,
      to: 'trial',
    });
    expect(transition('trial', { type: 'trial_ended', trialEndsAt: fromNow(HOUR) }, NOW)).toMatchObject({
      ok: false,
      refusal: 'trial_not_over',
    });
    expect(transition('active', { type: 'payment_failed' }, NOW)).toMatchObject({ ok: true, at: NOW });
  });

  it('does not change the dates it is given', () => {
    const now = new Date(NOW.getTime());
    const trialEndsAt = fromNow(-HOUR);
    transition('trial', { type: 'trial_ended', trialEndsAt }, now);
    expect(now.getTime()).toBe(NOW.getTime());
    expect(trialEndsAt.getTime()).toBe(NOW.getTime() - HOUR);
  });
});

// ---- Trial dates ------------------------------------------------------------

describe('selfServeTrialEnd', () => {
  it('ends the trial 14 days after signup', () => {
    expect(selfServeTrialEnd(NOW)).toEqual(new Date('2026-03-24T09:30:00.000Z'));
  });

  it('counts 14 × 24 hours, also across a daylight-saving change', () => {
    expect(selfServeTrialEnd(new Date('2026-03-20T23:15:00.000Z'))).toEqual(new Date('2026-04-03T23:15:00.000Z'));
  });

  it('does not change the signup date', () => {
    const signupAt = new Date(NOW.getTime());
    selfServeTrialEnd(signupAt);
    expect(signupAt.getTime()).toBe(NOW.getTime());
  });

  it('leaves 14 days on the day of signup', () => {
    expect(trialDaysLeft(selfServeTrialEnd(NOW), NOW)).toBe(14);
  });
});

describe('trialDaysLeft', () => {
  it.each([
    { when: '14 days left exactly', endsIn: 14 * DAY, days: 14 },
    { when: '13 days and 1 hour left', endsIn: 13 * DAY + HOUR, days: 14 },
    { when: '1 day and 1 ms left', endsIn: DAY + 1, days: 2 },
    { when: '1 day left exactly', endsIn: DAY, days: 1 },
    { when: '1 day minus 1 ms left', endsIn: DAY - 1, days: 1 },
    { when: '1 ms left', endsIn: 1, days: 1 },
    { when: 'the trial ends right now', endsIn: 0, days: 0 },
    { when: 'the trial ended 1 ms ago', endsIn: -1, days: 0 },
    { when: 'the trial ended 30 days ago', endsIn: -30 * DAY, days: 0 },
  ])('$when → $days', ({ endsIn, days }) => {
    // toBe uses Object.is, so a negative zero would fail too.
    expect(trialDaysLeft(fromNow(endsIn), NOW)).toBe(days);
  });
});

// ---- What each status allows (SPEC §3's table) -----------------------------

interface Allowed {
  tenantDocRead: boolean;
  dataRead: boolean;
  dataWrite: boolean;
  /** Owner and admin may read `billing/subscription`. */
  billingRead: boolean;
}

const allowed = (tenantDocRead: boolean, dataRead: boolean, dataWrite: boolean, billingRead: boolean): Allowed => ({
  tenantDocRead,
  dataRead,
  dataWrite,
  billingRead,
});

const observed = (status: TenantStatus, paymentFailures: number): Allowed => {
  const access = lifecycleAccess(status, paymentFailures);
  return {
    tenantDocRead: access.tenantDocRead,
    dataRead: access.dataRead,
    dataWrite: access.dataWrite,
    billingRead: access.dataRead || access.billingReadWhenBlocked,
  };
};

describe('lifecycleAccess', () => {
  //                        tenant doc  data read  data write  billing read
  const SPEC_ACCESS: Record<Exclude<TenantStatus, 'past_due'>, Allowed> = {
    provisioning: allowed(true, false, false, false),
    trial: allowed(true, true, true, true),
    trial_expired: allowed(true, true, false, true),
    active: allowed(true, true, true, true),
    suspended: allowed(true, false, false, true),
    cancelled: allowed(true, false, false, true),
  };
  const statusesOtherThanPastDue = TENANT_STATUSES.filter((s): s is Exclude<TenantStatus, 'past_due'> => s !== 'past_due');

  for (const status of statusesOtherThanPastDue) {
    it(`${status}: the same access whatever paymentFailures says`, () => {
      for (const failures of [0, 1, 2, 3]) {
        expect({ failures, ...observed(status, failures) }).toEqual({ failures, ...SPEC_ACCESS[status] });
      }
    });
  }

  it.each([
    { failures: 0, expected: allowed(true, true, true, true) },
    { failures: 1, expected: allowed(true, true, true, true) },
    { failures: 2, expected: allowed(true, true, false, true) },
    { failures: 3, expected: allowed(true, true, false, true) },
  ])('past_due with $failures payment failures', ({ failures, expected }) => {
    expect(observed('past_due', failures)).toEqual(expected);
  });

  it('treats a past_due tenant without a failure count as 0 failures', () => {
    expect(lifecycleAccess('past_due')).toEqual(lifecycleAccess('past_due', 0));
    expect(lifecycleAccess('past_due').dataWrite).toBe(true);
  });
});

describe('dueTrialEvent', () => {
  it('takes a contracted tenant live and expires every other trial', () => {
    expect(dueTrialEvent({ channel: 'sales', trialEndsAt: NOW, goLiveAt: NOW })).toEqual({ type: 'contract_went_live', goLiveAt: NOW });
    expect(dueTrialEvent({ channel: 'self_serve', trialEndsAt: NOW, goLiveAt: null })).toEqual({ type: 'trial_ended', trialEndsAt: NOW });
    expect(dueTrialEvent({ channel: 'sales', trialEndsAt: NOW, goLiveAt: null })).toEqual({ type: 'trial_ended', trialEndsAt: NOW });
  });
});
