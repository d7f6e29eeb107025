/**
 * The few facts the webhook takes from a Stripe event's payload: which
 * tenant, customer and subscription it is about, and the subscription's
 * status. Everything else in the payload is ignored.
 *
 * Invoices name their subscription in two shapes: `invoice.subscription`
 * (API versions before 2025-03-31) and
 * `invoice.parent.subscription_details.subscription` (since); both are read.
 */
import type Stripe from 'stripe';
import { idSchema } from '@atrium/domain';

export interface StripeEventFacts {
  id: string;
  type: string;
  /** When Stripe created the event (ms since epoch); Stripe sends seconds. */
  createdAtMs: number;
  /** `metadata.tenantId` (or a session's `client_reference_id`) set by Atrium when it created the object. */
  tenantIdHint: string | null;
  customerId: string | null;
  subscriptionId: string | null;
  /** The subscription's `status` (`customer.subscription.*`) or the session's `payment_status` (`checkout.session.*`). */
  objectStatus: string | undefined;
}

type Loose = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
/** An expandable field: an id, or the expanded object with an id. */
const idOf = (value: unknown): string | null => str(value) ?? (value && typeof value === 'object' ? str((value as Loose).id) : null);
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});

export function stripeEventFacts(event: Stripe.Event): StripeEventFacts {
  const object = obj(event.data?.object);
  const metadata = obj(object.metadata);
  const parentDetails = obj(obj(object.parent).subscription_details);
  const legacyDetails = obj(object.subscription_details);
  const isSubscription = event.type.startsWith('customer.subscription.');
  const isSession = event.type.startsWith('checkout.session.');

  const tenantIdHint =
    str(metadata.tenantId) ??
    str(object.client_reference_id) ??
    str(obj(parentDetails.metadata).tenantId) ??
    str(obj(legacyDetails.metadata).tenantId);

  const subscriptionId = isSubscription
    ? str(object.id)
    : idOf(object.subscription) ?? idOf(parentDetails.subscription);

  return {
    id: event.id,
    type: event.type,
    createdAtMs: event.created * 1000,
    // A malformed id cannot name a tenant (and must not become a Firestore path): fall back to the customer index.
    tenantIdHint: tenantIdHint && idSchema.safeParse(tenantIdHint).success ? tenantIdHint : null,
    customerId: idOf(object.customer),
    subscriptionId,
    objectStatus: (isSubscription ? str(object.status) : isSession ? str(object.payment_status) : null) ?? undefined,
  };
}
