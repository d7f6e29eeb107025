/**
 * The billing page offers what the server accepts: for every status, mode
 * and subscription, "Choose plan" is the primary action exactly when
 * `createCheckoutSession` would start a checkout, and "Manage billing" takes
 * over once a subscription exists. Plus the retention date of a cancelled
 * practice.
 */
import { TENANT_STATUSES, checkoutRefusal, type TenantStatus } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../workspace/format-date';
import { billingOptions, retentionDaysOf, retentionEndsAt, type Billing } from './billing-options';

const CANCELLED_AT = new Date('2026-03-01T09:00:00Z');
const at = (date: Date) => ({ toDate: () => date }) as unknown as Timestamp;

const tenantIn = (status: TenantStatus, retentionDays: number | undefined = 30) => ({
  status,
  statusChangedAt: at(CANCELLED_AT),
  retentionDays: retentionDays as number,
});

type BillingFacts = Pick<Billing, 'mode' | 'stripeCustomerId' | 'stripeSubscriptionId'>;
const subscribed: BillingFacts = { mode: 'subscription', stripeCustomerId: 'cus_1', stripeSubscriptionId: 'sub_1' };
const customerOnly: BillingFacts = { mode: 'subscription', stripeCustomerId: 'cus_1', stripeSubscriptionId: null };
const fresh: BillingFacts = { mode: 'subscription', stripeCustomerId: null, stripeSubscriptionId: null };
const contract: BillingFacts = { mode: 'contract', stripeCustomerId: null, stripeSubscriptionId: null };

describe('billingOptions', () => {
  it('offers a plan to a trial practice without a subscription, and the portal only once Stripe knows the customer', () => {
    expect(billingOptions(tenantIn('trial'), fresh)).toEqual({ refusal: null, primary: 'checkout', portal: false, message: null });
    expect(billingOptions(tenantIn('trial_expired'), customerOnly)).toMatchObject({ primary: 'checkout', portal: true });
    // No billing record yet: the server sees no mode and no subscription either.
    expect(billingOptions(tenantIn('trial'), null)).toMatchObject({ primary: 'checkout', portal: false });
  });

  it('makes Manage billing the action once a subscription exists, with words for the state', () => {
    for (const status of ['active', 'past_due', 'suspended'] as const) {
      const options = billingOptions(tenantIn(status), subscribed);
      expect(options).toMatchObject({ refusal: 'subscription_exists', primary: 'portal', portal: true });
      expect(options.message).toMatch(/Manage billing/);
    }
    expect(billingOptions(tenantIn('suspended'), subscribed).message).toMatch(/overdue invoice/);
    expect(billingOptions(tenantIn('active'), subscribed).message).toMatch(/change the plan/);
  });

  it('tells a contract-billed practice who to contact, with nothing to click', () => {
    const options = billingOptions(tenantIn('active'), contract);
    expect(options).toMatchObject({ refusal: 'contract_billing', primary: null, portal: false });
    expect(options.message).toMatch(/account manager/);
  });

  it('tells a cancelled practice to contact support before its records are deleted', () => {
    const options = billingOptions(tenantIn('cancelled'), subscribed);
    expect(options).toMatchObject({ refusal: 'cancelled', primary: null, portal: true });
    expect(options.message).toMatch(/Contact Atrium support before/);
    expect(options.message).toContain(formatDate(new Date('2026-03-31T09:00:00Z')));
    expect(billingOptions(tenantIn('cancelled'), contract)).toMatchObject({ primary: null, portal: false });
  });

  it('never offers Choose plan where the server refuses a checkout', () => {
    for (const status of TENANT_STATUSES) {
      for (const billing of [subscribed, customerOnly, fresh, contract, null]) {
        const refusal = checkoutRefusal({
          status,
          billingMode: billing?.mode ?? null,
          hasSubscription: Boolean(billing?.stripeSubscriptionId),
        });
        const options = billingOptions(tenantIn(status), billing);
        expect(options.refusal).toBe(refusal);
        expect(options.primary === 'checkout').toBe(refusal === null);
        // Whatever is refused, the owner is told why.
        if (refusal !== null) expect(options.message).toBeTruthy();
      }
    }
  });
});

describe('retention', () => {
  it('counts retentionDays from the cancellation, 30 when a tenant has none', () => {
    expect(retentionEndsAt(tenantIn('cancelled', 10)).toISOString()).toBe('2026-03-11T09:00:00.000Z');
    expect(retentionEndsAt(tenantIn('cancelled', undefined)).toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(retentionDaysOf({ retentionDays: undefined as unknown as number })).toBe(30);
    expect(retentionDaysOf({ retentionDays: 7 })).toBe(7);
  });
});
