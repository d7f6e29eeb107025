/**
 * The billing side's server-only root collections. Both are closed to every
 * client by the rules' final `match /{document=**}`.
 *
 * - `stripeEvents/{eventId}`: each Stripe event recorded once, with what it did.
 * - `stripeCustomers/{customerId}`: Stripe customer → tenant, for events
 *   whose object carries no `metadata.tenantId` (invoices).
 */
import type { TenantStatus } from '@atrium/domain';

export const billingPaths = {
  stripeEvent: (eventId: string) => `stripeEvents/${eventId}`,
  stripeCustomer: (customerId: string) => `stripeCustomers/${customerId}`,
} as const;

export type StripeEventOutcome =
  /** Changed the tenant's status or payment failure count. */
  | 'applied'
  /** Valid, but the tenant was already there (e.g. `invoice.paid` on an active tenant). */
  | 'no_change'
  /** Older than the last applied event of the tenant's subscription. */
  | 'stale'
  /** A type Atrium does not act on. */
  | 'ignored'
  /** No tenant for the object's metadata or customer. */
  | 'tenant_not_found'
  /** Seen before (never stored: the first copy's record stays). */
  | 'duplicate';

export interface StripeEventDoc<T> {
  type: string;
  /** Stripe's `event.created`. */
  created: T;
  tenantId: string | null;
  outcome: Exclude<StripeEventOutcome, 'duplicate'>;
  transition?: { from: TenantStatus; to: TenantStatus };
  receivedAt: T;
}

export interface StripeCustomerIndexDoc<T> {
  tenantId: string;
  createdAt: T;
}
