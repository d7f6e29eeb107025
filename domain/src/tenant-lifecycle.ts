/**
 * The tenant lifecycle state machine (SPEC §3). Every status change in Atrium
 * goes through `transition`; nothing else decides what the next status is.
 * Pure: the caller passes the clock.
 */
import type { PlatformRole } from './roles';

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
      if (event.actorPlatformRole !== 'super_admin') {
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
