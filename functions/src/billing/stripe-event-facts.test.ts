import { describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { stripeEventFacts } from './stripe-event-facts';

const evt = (type: string, object: Record<string, unknown>, created = 1_767_000_000) =>
  ({ id: 'evt_1', object: 'event', type, created, data: { object } }) as unknown as Stripe.Event;

describe('stripeEventFacts', () => {
  it('a subscription event: its own id, status, customer and metadata tenant', () => {
    expect(
      stripeEventFacts(evt('customer.subscription.updated', { id: 'sub_1', object: 'subscription', status: 'past_due', customer: 'cus_1', metadata: { tenantId: 't1' } })),
    ).toEqual({ id: 'evt_1', type: 'customer.subscription.updated', createdAtMs: 1_767_000_000_000, tenantIdHint: 't1', customerId: 'cus_1', subscriptionId: 'sub_1', objectStatus: 'past_due' });
  });

  it('a checkout session: client_reference_id when metadata is empty, expanded customer and subscription', () => {
    const facts = stripeEventFacts(
      evt('checkout.session.completed', { id: 'cs_1', status: 'complete', payment_status: 'unpaid', client_reference_id: 't2', metadata: {}, customer: { id: 'cus_2' }, subscription: { id: 'sub_2' } }),
    );
    expect(facts).toMatchObject({ tenantIdHint: 't2', customerId: 'cus_2', subscriptionId: 'sub_2', objectStatus: 'unpaid' });
  });

  it('an invoice in the current API shape (parent.subscription_details)', () => {
    const facts = stripeEventFacts(
      evt('invoice.paid', { id: 'in_1', customer: 'cus_3', parent: { subscription_details: { subscription: 'sub_3', metadata: { tenantId: 't3' } } } }),
    );
    expect(facts).toMatchObject({ tenantIdHint: 't3', customerId: 'cus_3', subscriptionId: 'sub_3', objectStatus: undefined });
  });

  it('an invoice in the older API shape (subscription, subscription_details)', () => {
    const facts = stripeEventFacts(evt('invoice.payment_failed', { id: 'in_2', customer: 'cus_4', subscription: 'sub_4', subscription_details: { metadata: {} } }));
    expect(facts).toMatchObject({ tenantIdHint: null, customerId: 'cus_4', subscriptionId: 'sub_4' });
  });

  it.each(['a/b', '../x', '', 'x'.repeat(200)])('drops a tenant id that cannot be a document id: %j', (tenantId) => {
    expect(stripeEventFacts(evt('invoice.paid', { id: 'in_3', customer: 'cus_5', metadata: { tenantId } })).tenantIdHint).toBeNull();
  });
});
