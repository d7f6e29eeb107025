/**
 * Stripe event → lifecycle effect, against SPEC §6 and the brief's mapping
 * (transcribed here, not derived from the module), with one fixed clock.
 */
import { describe, expect, it } from 'vitest';
import { applyBillingEffect, billingEffectOf, checkoutRefusal, lifecycleEventForSubscriptionStatus, type BillingState } from './billing-events';
import type { TenantStatus } from './tenant-lifecycle';

const NOW = new Date('2026-03-10T09:30:00.000Z');

describe('billingEffectOf', () => {
  it.each([
    ['checkout.session.completed', 'paid', 'payment_succeeded', 'keep'],
    ['checkout.session.completed', 'no_payment_required', 'payment_succeeded', 'keep'],
    ['checkout.session.completed', 'unpaid', null, 'keep'],
    ['customer.subscription.created', 'active', 'payment_succeeded', 'keep'],
    ['customer.subscription.updated', 'trialing', 'payment_succeeded', 'keep'],
    ['customer.subscription.updated', 'past_due', 'payment_failed', 'keep'],
    ['customer.subscription.updated', 'unpaid', 'payment_retries_exhausted', 'keep'],
    ['customer.subscription.updated', 'canceled', 'subscription_deleted', 'keep'],
    ['customer.subscription.updated', 'incomplete', null, 'keep'],
    ['customer.subscription.updated', 'paused', null, 'keep'],
    ['customer.subscription.deleted', 'canceled', 'subscription_deleted', 'keep'],
    ['invoice.paid', undefined, 'payment_succeeded', 'reset'],
    ['invoice.payment_failed', undefined, 'payment_failed', 'increment'],
  ] as const)('%s (%s) → %s, failures %s', (type, status, lifecycleEvent, failures) => {
    expect(billingEffectOf(type, status)).toEqual({ lifecycleEvent, paymentFailures: failures });
  });

  it.each(['customer.created', 'invoice.created', 'charge.succeeded', 'payment_intent.succeeded', ''])(
    'ignores %j',
    (type) => {
      expect(billingEffectOf(type)).toBeNull();
    },
  );

  it('maps an unknown subscription status to no lifecycle event', () => {
    expect(lifecycleEventForSubscriptionStatus('something_new')).toBeNull();
  });
});

const state = (status: TenantStatus, paymentFailures = 0): BillingState => ({ status, paymentFailures });

describe('applyBillingEffect', () => {
  const paid = billingEffectOf('invoice.paid')!;
  const failed = billingEffectOf('invoice.payment_failed')!;
  const subPastDue = billingEffectOf('customer.subscription.updated', 'past_due')!;
  const unpaid = billingEffectOf('customer.subscription.updated', 'unpaid')!;
  const deleted = billingEffectOf('customer.subscription.deleted', 'canceled')!;

  it.each([
    ['trial', 'active'],
    ['trial_expired', 'active'],
    ['past_due', 'active'],
    ['suspended', 'active'],
  ] as const)('invoice.paid moves %s to %s and resets failures', (from, to) => {
    const outcome = applyBillingEffect(state(from, 3), paid, NOW);
    expect(outcome.next).toEqual({ status: to, paymentFailures: 0 });
    expect(outcome.applied).toMatchObject({ from, to, event: 'payment_succeeded', at: NOW });
  });

  it('invoice.paid on an active tenant changes no status (a refusal, not an error)', () => {
    const outcome = applyBillingEffect(state('active', 0), paid, NOW);
    expect(outcome.next).toEqual({ status: 'active', paymentFailures: 0 });
    expect(outcome.applied).toBeNull();
    expect(outcome.refused?.refusal).toBe('illegal_transition');
  });

  it('a failed payment on an active tenant: past_due with one failure; the second counts two', () => {
    const first = applyBillingEffect(state('active'), failed, NOW);
    expect(first.next).toEqual({ status: 'past_due', paymentFailures: 1 });
    const second = applyBillingEffect(first.next, failed, NOW);
    expect(second.next).toEqual({ status: 'past_due', paymentFailures: 2 });
    expect(second.applied).toBeNull();
  });

  it('the two events of one failed payment count it once, in either order', () => {
    const a = applyBillingEffect(applyBillingEffect(state('active'), subPastDue, NOW).next, failed, NOW).next;
    const b = applyBillingEffect(applyBillingEffect(state('active'), failed, NOW).next, subPastDue, NOW).next;
    expect(a).toEqual({ status: 'past_due', paymentFailures: 1 });
    expect(b).toEqual(a);
  });

  it('unpaid suspends a past_due tenant only', () => {
    expect(applyBillingEffect(state('past_due', 2), unpaid, NOW).next).toEqual({ status: 'suspended', paymentFailures: 2 });
    expect(applyBillingEffect(state('active'), unpaid, NOW).next.status).toBe('active');
  });

  it.each(['active', 'past_due', 'suspended'] as const)('deletion cancels a paid tenant (%s)', (from) => {
    expect(applyBillingEffect(state(from), deleted, NOW).next.status).toBe('cancelled');
  });

  it.each(['trial', 'trial_expired', 'provisioning', 'cancelled'] as const)('deletion leaves %s alone', (from) => {
    expect(applyBillingEffect(state(from), deleted, NOW).next.status).toBe(from);
  });

  it('a failed payment during a trial counts but does not change the status', () => {
    expect(applyBillingEffect(state('trial'), failed, NOW).next).toEqual({ status: 'trial', paymentFailures: 1 });
  });
});

describe('checkoutRefusal', () => {
  const sub = (status: TenantStatus, billingMode: 'subscription' | 'contract' | null = 'subscription', hasSubscription = false) =>
    checkoutRefusal({ status, billingMode, hasSubscription });

  it('lets a tenant without a live subscription check out in every state but provisioning and cancelled', () => {
    for (const status of ['trial', 'trial_expired', 'active', 'past_due', 'suspended'] as const) expect(sub(status)).toBeNull();
    expect(sub('provisioning')).toBe('provisioning');
    expect(sub('cancelled')).toBe('cancelled');
  });

  it('refuses contract billing and a second subscription while one is live', () => {
    expect(sub('trial', 'contract')).toBe('contract_billing');
    for (const status of ['active', 'past_due', 'suspended'] as const) expect(sub(status, 'subscription', true)).toBe('subscription_exists');
    expect(sub('trial_expired', 'subscription', true)).toBeNull();
  });
});
