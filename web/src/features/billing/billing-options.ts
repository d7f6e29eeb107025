/**
 * What the billing page can offer the owner, decided exactly as the server
 * decides it: `checkoutRefusal` (domain/src/billing-events.ts) with the
 * inputs `createCheckoutSession` uses (functions/src/billing/checkout.ts):
 * the tenant's status, the billing record's mode and whether it holds a
 * Stripe subscription. A button the server would refuse is never shown.
 * Also when a cancelled practice's records are deleted (SPEC §3), which the
 * banner, the blocked screen and this page all quote.
 */
import { DAY_MS, DEFAULT_RETENTION_DAYS, checkoutRefusal, type BillingDoc, type CheckoutRefusal } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import { formatDate } from '../workspace/format-date';
import type { Tenant } from '../workspace/use-workspace';

export type Billing = BillingDoc<Timestamp>;

export interface BillingOptions {
  /** Why Stripe Checkout is refused, or null when "Choose plan" works. */
  refusal: CheckoutRefusal | null;
  /** The main action: a new subscription (Checkout), the existing one (portal), or none. */
  primary: 'checkout' | 'portal' | null;
  /** Whether "Manage billing" (the customer portal) is offered at all. */
  portal: boolean;
  /** What the owner can do here and why, when it is not just "choose a plan". */
  message: string | null;
}

/** The day a cancelled practice's records are deleted: `retentionDays` after the cancellation. */
export function retentionEndsAt(tenant: Pick<Tenant, 'statusChangedAt' | 'retentionDays'>): Date {
  return new Date(tenant.statusChangedAt.toDate().getTime() + (tenant.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS);
}

/** The days a cancelled practice's records are kept, with the default for older tenants. */
export function retentionDaysOf(tenant: Pick<Tenant, 'retentionDays'>): number {
  return tenant.retentionDays ?? DEFAULT_RETENTION_DAYS;
}

/**
 * `billing` is the `billing/subscription` document, or null when it does
 * not exist (the server then also sees no mode and no subscription).
 */
export function billingOptions(
  tenant: Pick<Tenant, 'status' | 'statusChangedAt' | 'retentionDays'>,
  billing: Pick<Billing, 'mode' | 'stripeCustomerId' | 'stripeSubscriptionId'> | null,
): BillingOptions {
  const refusal = checkoutRefusal({
    status: tenant.status,
    billingMode: billing?.mode ?? null,
    hasSubscription: Boolean(billing?.stripeSubscriptionId),
  });
  // The portal needs a Stripe customer to show anything; a contract is invoiced outside Stripe.
  const hasCustomer = Boolean(billing?.stripeCustomerId) && billing?.mode !== 'contract';
  switch (refusal) {
    case null:
      return { refusal, primary: 'checkout', portal: hasCustomer, message: null };
    case 'subscription_exists':
      return { refusal, primary: 'portal', portal: true, message: subscriptionMessage(tenant.status) };
    case 'contract_billing':
      return {
        refusal,
        primary: null,
        portal: false,
        message:
          'Your practice is billed by contract, so there is no plan to choose here. To change the plan, the number of seats or how you are invoiced, contact your Atrium account manager.',
      };
    case 'cancelled':
      return {
        refusal,
        primary: null,
        portal: hasCustomer,
        message: `This practice’s subscription was cancelled, so a new plan can’t be started here. Contact Atrium support before ${formatDate(retentionEndsAt(tenant))} to reactivate it or if you need a copy of your records.${hasCustomer ? ' Past invoices stay available in Manage billing.' : ''}`,
      };
    case 'provisioning':
      return { refusal, primary: null, portal: false, message: 'Your practice is still being set up. Billing opens as soon as it is ready.' };
  }
}

function subscriptionMessage(status: Tenant['status']): string {
  switch (status) {
    case 'past_due':
      return 'A payment for your subscription has failed. Use Manage billing to pay the overdue invoice or update the card.';
    case 'suspended':
      return 'Your subscription has an unpaid balance. Use Manage billing to pay the overdue invoice or update the card; the practice opens again as soon as the payment goes through.';
    default:
      return 'Your practice already has a subscription. Use Manage billing to change the plan, update the card or download invoices.';
  }
}
