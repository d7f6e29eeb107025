/**
 * The tenant lifecycle state machine (SPEC §3). Every status change in Atrium
 * goes through `transition`; nothing else decides what the next status is.
 * Pure: the caller passes the clock.
 */
import { canSupportTenants, type PlatformRole } from './roles';

export const TENANT_STATUSES = [
  'provisioning',
  'trial',
  'trial_expired',
  'active',
  'past_due',
  'suspended',
  'cancelled',
] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

export const TRIAL_DAYS = 14;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Payment failures after which a `past_due` tenant's writes are blocked. */
export const PAST_DUE_WRITE_BLOCK_FAILURES = 2;
export const DEFAULT_RETENTION_DAYS = 30;

export type Channel = 'self_serve' | 'sales';

export type LifecycleEvent =
  /** Provisioning finished. Sales tenants go straight to `active` once their go-live date has passed. */
  | { type: 'provisioned'; channel: Channel; goLiveAt?: Date }
  /** The trial-expiry job found the trial over. */
  | { type: 'trial_ended'; trialEndsAt: Date }
  /** The trial-expiry job found a contracted (sales) tenant's go-live date reached. */
  | { type: 'contract_went_live'; goLiveAt: Date }
  /** Stripe: checkout completed, subscription active, invoice paid. */
  | { type: 'payment_succeeded' }
  /** Stripe: invoice payment failed. */
  | { type: 'payment_failed' }
  /** Stripe: retries exhausted (subscription unpaid). */
  | { type: 'payment_retries_exhausted' }
  /** Stripe: subscription deleted. */
  | { type: 'subscription_deleted' }
  /** A super admin's audited override. */
  | { type: 'override'; to: TenantStatus; actorPlatformRole: PlatformRole | null; reason: string };

export type LifecycleEventType = LifecycleEvent['type'];
export const LIFECYCLE_EVENT_TYPES: readonly LifecycleEventType[] = [
  'provisioned',
  'trial_ended',
  'contract_went_live',
  'payment_succeeded',
  'payment_failed',
  'payment_retries_exhausted',
  'subscription_deleted',
  'override',
];

export type TransitionRefusal =
  | 'illegal_transition'
  | 'trial_not_over'
  | 'go_live_not_reached'
  | 'not_authorised'
  | 'reason_required';

export type TransitionResult =
  | { ok: true; from: TenantStatus; to: TenantStatus; event: LifecycleEventType; at: Date }
  | { ok: false; from: TenantStatus; event: LifecycleEventType; refusal: TransitionRefusal; message: string };

/** Which statuses each Stripe-driven event may start from. */
type FixedTargetEvent = Exclude<LifecycleEventType, 'provisioned' | 'override' | 'trial_ended' | 'contract_went_live'>;

const ALLOWED_FROM: Record<FixedTargetEvent, readonly TenantStatus[]> = {
  payment_succeeded: ['trial', 'trial_expired', 'past_due', 'suspended'],
  payment_failed: ['active'],
  payment_retries_exhausted: ['past_due'],
  // "Anything paid": a tenant that has had a subscription.
  subscription_deleted: ['active', 'past_due', 'suspended'],
};

const TARGET: Record<FixedTargetEvent, TenantStatus> = {
  payment_succeeded: 'active',
  payment_failed: 'past_due',
  payment_retries_exhausted: 'suspended',
  subscription_deleted: 'cancelled',
};

function refuse(
  from: TenantStatus,
  event: LifecycleEventType,
  refusal: TransitionRefusal,
  message: string,
): TransitionResult {
  return { ok: false, from, event, refusal, message };
}

export function transition(from: TenantStatus, event: LifecycleEvent, now: Date): TransitionResult {
  const ok = (to: TenantStatus): TransitionResult => ({ ok: true, from, to, event: event.type, at: now });

  switch (event.type) {
    case 'provisioned': {
      if (from !== 'provisioning') {
        return refuse(from, event.type, 'illegal_transition', `A tenant in ${from} is already provisioned.`);
      }
      if (event.channel === 'sales' && event.goLiveAt && event.goLiveAt.getTime() <= now.getTime()) {
        return ok('active');
      }
      return ok('trial');
    }
    case 'trial_ended': {
      if (from !== 'trial') {
        return refuse(from, event.type, 'illegal_transition', `Only a trial can expire, not ${from}.`);
      }
      if (event.trialEndsAt.getTime() > now.getTime()) {
        return refuse(from, event.type, 'trial_not_over', 'The trial has not ended yet.');
      }
      return ok('trial_expired');
    }
    case 'contract_went_live': {
      // A contracted tenant's trial is its set-up period: at go-live it becomes active, not expired.
      if (from !== 'trial') {
        return refuse(from, event.type, 'illegal_transition', `Only a trial goes live, not ${from}.`);
      }
      if (event.goLiveAt.getTime() > now.getTime()) {
        return refuse(from, event.type, 'go_live_not_reached', 'The contract has not gone live yet.');
      }
      return ok('active');
    }
    case 'override': {
      if (!canSupportTenants(event.actorPlatformRole)) {
        return refuse(from, event.type, 'not_authorised', 'Only a platform administrator may override a status.');
      }
      if (event.reason.trim().length === 0) {
        return refuse(from, event.type, 'reason_required', 'An override needs a reason for the audit log.');
      }
      if (from === 'provisioning' || event.to === 'provisioning' || event.to === from) {
        return refuse(from, event.type, 'illegal_transition', `Cannot override ${from} to ${event.to}.`);
      }
      return ok(event.to);
    }
    default: {
      if (!ALLOWED_FROM[event.type].includes(from)) {
        return refuse(from, event.type, 'illegal_transition', `${event.type} does not apply to a tenant in ${from}.`);
      }
      return ok(TARGET[event.type]);
    }
  }
}

/**
 * The event for a trial whose end has come: a contracted (sales) tenant goes
 * live, every other trial expires.
 */
export function dueTrialEvent(tenant: { channel: Channel; trialEndsAt: Date; goLiveAt: Date | null }): LifecycleEvent {
  return tenant.channel === 'sales' && tenant.goLiveAt
    ? { type: 'contract_went_live', goLiveAt: tenant.goLiveAt }
    : { type: 'trial_ended', trialEndsAt: tenant.trialEndsAt };
}

/** Trial end for a self-serve signup at `signupAt`. */
export function selfServeTrialEnd(signupAt: Date): Date {
  return new Date(signupAt.getTime() + TRIAL_DAYS * DAY_MS);
}

/** Whole days left in a trial, rounded up, never negative. */
export function trialDaysLeft(trialEndsAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((trialEndsAt.getTime() - now.getTime()) / DAY_MS));
}

/**
 * What a tenant's billing state allows (SPEC §3, the lifecycle table),
 * independent of role. The rules mirror this function.
 */
export interface LifecycleAccess {
  /** Members may read the tenant document (to see why they are blocked). */
  tenantDocRead: boolean;
  /** Tenant data (subcollections) readable, per role. */
  dataRead: boolean;
  /** Tenant data writable, per role. */
  dataWrite: boolean;
  /** Owner and admin may read `billing/subscription` even when data reads are blocked. */
  billingReadWhenBlocked: boolean;
}

export function lifecycleAccess(status: TenantStatus, paymentFailures = 0): LifecycleAccess {
  switch (status) {
    case 'provisioning':
      return { tenantDocRead: true, dataRead: false, dataWrite: false, billingReadWhenBlocked: false };
    case 'trial':
    case 'active':
      return { tenantDocRead: true, dataRead: true, dataWrite: true, billingReadWhenBlocked: true };
    case 'trial_expired':
      return { tenantDocRead: true, dataRead: true, dataWrite: false, billingReadWhenBlocked: true };
    case 'past_due':
      return {
        tenantDocRead: true,
        dataRead: true,
        dataWrite: paymentFailures < PAST_DUE_WRITE_BLOCK_FAILURES,
        billingReadWhenBlocked: true,
      };
    case 'suspended':
    case 'cancelled':
      return { tenantDocRead: true, dataRead: false, dataWrite: false, billingReadWhenBlocked: true };
  }
}

// ---- Super-admin overrides (SPEC §3 "super admins may apply audited overrides") ----

/** Human names of the statuses, for messages a clinic's staff or platform staff read. */
export const TENANT_STATUS_LABELS: Record<TenantStatus, string> = {
  provisioning: 'Setting up',
  trial: 'Free trial',
  trial_expired: 'Trial ended',
  active: 'Active',
  past_due: 'Payment overdue',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
};

/** Statuses a super admin may set directly (`provisioning` is only ever the start of provisioning). */
export const OVERRIDE_TARGET_STATUSES = ['trial', 'trial_expired', 'active', 'past_due', 'suspended', 'cancelled'] as const;
export type OverrideTargetStatus = (typeof OVERRIDE_TARGET_STATUSES)[number];

/** A trial can be extended to the end of the UTC day at most this many days from today. */
export const MAX_TRIAL_EXTENSION_DAYS = 90;

/** Who asks for an override, and why (the reason goes to the audit log). */
export interface OverrideActor {
  actorPlatformRole: PlatformRole | null;
  reason: string;
}

/** The part of a tenant document an override decides on. */
export interface OverrideSubject {
  status: TenantStatus;
  channel: Channel;
  trialEndsAt: Date | null;
  goLiveAt: Date | null;
}

export type OverrideRefusal =
  | TransitionRefusal
  /** `extend_trial` on a tenant that is neither in its trial nor just out of it. */
  | 'not_in_trial'
  /** `extend_trial` on a contracted (sales) tenant: its trial is the set-up period up to go-live. */
  | 'contracted'
  | 'trial_end_not_in_future'
  | 'trial_end_too_far'
  /** `set_status` to `trial` for a tenant with no trial time left: extend the trial instead. */
  | 'no_trial_time_left';

type AppliedTransition = Extract<TransitionResult, { ok: true }>;

export type OverrideDecision =
  | {
      ok: true;
      /** The status change, or null when the status stays (extending a running trial). */
      transition: AppliedTransition | null;
      trialEndsAt: Date | null;
      /** Reaching `active` by override clears the payment failure count, as a paid invoice does. */
      resetPaymentFailures: boolean;
    }
  | { ok: false; refusal: OverrideRefusal; message: string };

const refuseOverride = (refusal: OverrideRefusal, message: string): OverrideDecision => ({ ok: false, refusal, message });

/** `YYYY-MM-DD` of the UTC day `date` falls on. */
export function utcDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The instant a trial that runs "until" calendar day `date` (YYYY-MM-DD) ends:
 * the last millisecond of that UTC day, so the whole chosen day is included.
 */
export function trialEndForDate(date: string): Date {
  return new Date(`${date}T23:59:59.999Z`);
}

/** The calendar days (UTC) a super admin may pick as a new trial end on `now`: today up to 90 days ahead. */
export function trialExtensionWindow(now: Date): { earliest: string; latest: string } {
  return { earliest: utcDateOf(now), latest: utcDateOf(new Date(now.getTime() + MAX_TRIAL_EXTENSION_DAYS * DAY_MS)) };
}

/** The caller and reason checks every override shares; the order matches `transition`'s. */
function overrideActorRefusal(by: OverrideActor): OverrideDecision | null {
  if (!canSupportTenants(by.actorPlatformRole)) {
    return refuseOverride('not_authorised', 'Only a platform administrator may change a practice’s trial or status.');
  }
  if (by.reason.trim().length === 0) return refuseOverride('reason_required', 'An override needs a reason for the audit log.');
  return null;
}

/**
 * A super admin sets a new trial end (`newEnd`, usually from `trialEndForDate`).
 * Allowed for a tenant in `trial` (the status stays) or `trial_expired` (it
 * returns to `trial` through an `override` transition). The new end must be in
 * the future and no later than the end of the UTC day 90 days from now; an
 * earlier date than the current end is accepted, so a mistake can be
 * corrected. A contracted (sales) tenant is refused: its trial is the set-up
 * period up to the contract's go-live date, which this does not move.
 */
export function trialExtension(tenant: OverrideSubject, newEnd: Date, now: Date, by: OverrideActor): OverrideDecision {
  const actorRefusal = overrideActorRefusal(by);
  if (actorRefusal) return actorRefusal;
  if (tenant.status !== 'trial' && tenant.status !== 'trial_expired') {
    return refuseOverride(
      'not_in_trial',
      `Only a practice on a free trial, or whose trial has ended, can have its trial extended. This practice’s status is “${TENANT_STATUS_LABELS[tenant.status]}”.`,
    );
  }
  if (tenant.channel === 'sales' && tenant.goLiveAt) {
    return refuseOverride(
      'contracted',
      `This practice is on a sales contract: its trial runs until the contract’s go-live date (${utcDateOf(tenant.goLiveAt)}) and cannot be extended here.`,
    );
  }
  if (newEnd.getTime() <= now.getTime()) {
    return refuseOverride('trial_end_not_in_future', 'Choose a new trial end date in the future.');
  }
  const { latest } = trialExtensionWindow(now);
  if (newEnd.getTime() > trialEndForDate(latest).getTime()) {
    return refuseOverride(
      'trial_end_too_far',
      `A trial can be extended at most ${MAX_TRIAL_EXTENSION_DAYS} days ahead (until ${latest}).`,
    );
  }
  if (tenant.status === 'trial') return { ok: true, transition: null, trialEndsAt: newEnd, resetPaymentFailures: false };
  const result = transition(tenant.status, { type: 'override', to: 'trial', ...by }, now);
  if (!result.ok) return refuseOverride(result.refusal, result.message);
  return { ok: true, transition: result, trialEndsAt: newEnd, resetPaymentFailures: false };
}

/**
 * A super admin sets a tenant's status through an `override` transition.
 * Putting a tenant back on `trial` needs trial time left (`trialEndsAt` in
 * the future), else the trial-expiry job would end it again at once: use
 * `trialExtension` to give it a new end date. The trial end is otherwise left
 * as it is; reaching `active` clears the payment failure count.
 */
export function statusOverride(tenant: OverrideSubject, to: TenantStatus, now: Date, by: OverrideActor): OverrideDecision {
  const actorRefusal = overrideActorRefusal(by);
  if (actorRefusal) return actorRefusal;
  const result = transition(tenant.status, { type: 'override', to, ...by }, now);
  if (!result.ok) {
    if (result.refusal !== 'illegal_transition') return refuseOverride(result.refusal, result.message);
    const message =
      tenant.status === 'provisioning'
        ? 'This practice is still being set up; its status can be changed once set-up has finished.'
        : to === 'provisioning'
          ? 'A practice cannot be put back into set-up.'
          : to === tenant.status
            ? `This practice’s status is already “${TENANT_STATUS_LABELS[to]}”.`
            : result.message;
    return refuseOverride('illegal_transition', message);
  }
  if (to === 'trial' && (!tenant.trialEndsAt || tenant.trialEndsAt.getTime() <= now.getTime())) {
    return refuseOverride(
      'no_trial_time_left',
      'This practice has no trial time left. Extend its trial with a new end date instead.',
    );
  }
  return { ok: true, transition: result, trialEndsAt: tenant.trialEndsAt, resetPaymentFailures: to === 'active' };
}
