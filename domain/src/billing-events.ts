/**
 * What a Stripe event means for a tenant's lifecycle (SPEC §6). Pure: the
 * webhook (functions/src/billing/apply-stripe-event.ts) asks `billingEffectOf`
 * what an event does and `applyBillingEffect` what the tenant becomes; the
 * status itself is still decided by `transition` alone.
 */
import { roleGrant } from './access-policy';
import type { TenantRole } from './roles';
import { transition, type LifecycleEvent, type TenantStatus, type TransitionResult } from './tenant-lifecycle';

export type StripeLifecycleEventType = Extract<
  LifecycleEvent['type'],
  'payment_succeeded' | 'payment_failed' | 'payment_retries_exhausted' | 'subscription_deleted'
>;

/** The Stripe event types the webhook acts on; every other type is acknowledged and ignored. */
export const HANDLED_STRIPE_EVENT_TYPES = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
] as const;
export type HandledStripeEventType = (typeof HANDLED_STRIPE_EVENT_TYPES)[number];

export function isHandledStripeEventType(type: string): type is HandledStripeEventType {
  return (HANDLED_STRIPE_EVENT_TYPES as readonly string[]).includes(type);
}

export interface BillingEffect {
  /** The lifecycle event to offer `transition`, or null when the status is not concerned. */
  lifecycleEvent: StripeLifecycleEventType | null;
  /** What happens to `paymentFailures`. */
  paymentFailures: 'keep' | 'increment' | 'reset';
}

/**
 * Subscription status → lifecycle event. `incomplete`, `incomplete_expired`
 * and `paused` change nothing: the first payment has not happened yet, or the
 * customer chose to pause (a later `canceled` or `active` decides).
 */
export function lifecycleEventForSubscriptionStatus(status: string): StripeLifecycleEventType | null {
  switch (status) {
    case 'active':
    case 'trialing':
      return 'payment_succeeded';
    case 'past_due':
      return 'payment_failed';
    case 'unpaid':
      return 'payment_retries_exhausted';
    case 'canceled':
      return 'subscription_deleted';
    default:
      return null;
  }
}

/**
 * The effect of a Stripe event, or null for a type the webhook ignores.
 * `objectStatus` is the subscription's `status` for the
 * `customer.subscription.*` events and the session's `payment_status` for
 * `checkout.session.completed`: a session paid by a delayed method (bank
 * debit) completes `unpaid`, and only the later `invoice.paid` activates.
 */
export function billingEffectOf(eventType: string, objectStatus?: string): BillingEffect | null {
  if (!isHandledStripeEventType(eventType)) return null;
  switch (eventType) {
    case 'checkout.session.completed':
      return {
        lifecycleEvent: objectStatus === 'unpaid' ? null : 'payment_succeeded',
        paymentFailures: 'keep',
      };
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
      return { lifecycleEvent: lifecycleEventForSubscriptionStatus(objectStatus ?? ''), paymentFailures: 'keep' };
    case 'customer.subscription.deleted':
      return { lifecycleEvent: 'subscription_deleted', paymentFailures: 'keep' };
    case 'invoice.paid':
      return { lifecycleEvent: 'payment_succeeded', paymentFailures: 'reset' };
    case 'invoice.payment_failed':
      // On an active tenant this also moves it to past_due; elsewhere `transition` refuses and only the count changes.
      return { lifecycleEvent: 'payment_failed', paymentFailures: 'increment' };
  }
}

export interface BillingState {
  status: TenantStatus;
  paymentFailures: number;
}

export interface BillingOutcome {
  next: BillingState;
  /** The transition applied, or null when the status stays. */
  applied: Extract<TransitionResult, { ok: true }> | null;
  /** Why the status stays, when a lifecycle event was offered and refused. */
  refused: Extract<TransitionResult, { ok: false }> | null;
}

/**
 * Applies an effect to a tenant's billing state. A refused transition is not
 * an error: Stripe repeats states (`invoice.paid` on an active tenant), so a
 * refusal means "nothing to change". Reaching `active` clears the failure
 * count, so a later failure starts counting afresh. Only
 * `invoice.payment_failed` counts failures: a `customer.subscription.updated`
 * to `past_due` moves the status without counting, so the two events Stripe
 * sends for one failed payment count it once, in either order.
 */
export function applyBillingEffect(state: BillingState, effect: BillingEffect, now: Date): BillingOutcome {
  let paymentFailures = state.paymentFailures;
  if (effect.paymentFailures === 'increment') paymentFailures += 1;
  if (effect.paymentFailures === 'reset') paymentFailures = 0;

  let status = state.status;
  let applied: BillingOutcome['applied'] = null;
  let refused: BillingOutcome['refused'] = null;
  if (effect.lifecycleEvent) {
    const result = transition(state.status, { type: effect.lifecycleEvent }, now);
    if (result.ok) {
      applied = result;
      status = result.to;
      if (result.to === 'active') paymentFailures = 0;
    } else {
      refused = result;
    }
  }
  return { next: { status, paymentFailures }, applied, refused };
}

/** Roles that see the practice's billing: the access table's `billing` read (owner, admin). */
export function seesBilling(role: TenantRole | null): boolean {
  return role !== null && roleGrant(role, 'billing', 'read') !== false;
}

/** Roles that change billing, through Checkout and the customer portal: the owner only (SPEC §6). */
export function managesBilling(role: TenantRole | null): boolean {
  return role === 'owner';
}

export type CheckoutRefusal = 'provisioning' | 'cancelled' | 'contract_billing' | 'subscription_exists';

/**
 * Who may start a Stripe Checkout in which state (SPEC §6): every state but
 * `provisioning` and `cancelled`, never a contract-billed tenant, and not a
 * second subscription while one is live (the portal changes or pays it).
 */
export function checkoutRefusal(input: {
  status: TenantStatus;
  billingMode: 'subscription' | 'contract' | null;
  hasSubscription: boolean;
}): CheckoutRefusal | null {
  if (input.status === 'provisioning') return 'provisioning';
  if (input.status === 'cancelled') return 'cancelled';
  if (input.billingMode === 'contract') return 'contract_billing';
  if (input.hasSubscription && (['active', 'past_due', 'suspended'] as TenantStatus[]).includes(input.status)) return 'subscription_exists';
  return null;
}
