/**
 * Applies one verified Stripe event to its tenant (SPEC §6), in one
 * Firestore transaction:
 *
 * 1. `stripeEvents/{eventId}` is read first and created last: a duplicate
 *    delivery (even one arriving at the same moment) finds it and changes
 *    nothing.
 * 2. The tenant comes from `metadata.tenantId` on the object (Atrium sets it
 *    on customers, checkout sessions and subscriptions) or from the
 *    `stripeCustomers/{customerId}` index that the checkout callable keeps.
 * 3. Stripe does not order events: one created before the billing record's
 *    `lastEventAt` is recorded as `stale` and not applied.
 * 4. The status changes only through `transition` (via `applyBillingEffect`);
 *    a refused transition means "nothing to change", not a failure.
 *
 * Anything thrown here makes the webhook answer 500, so Stripe retries.
 */
import { Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import {
  applyBillingEffect,
  billingEffectOf,
  paths,
  type AuditEntryDoc,
  type BillingDoc,
  type TenantDoc,
  type TenantStatus,
} from '@atrium/domain';
import { stripeEventFacts } from './stripe-event-facts';
import { billingPaths, type StripeCustomerIndexDoc, type StripeEventDoc, type StripeEventOutcome } from './billing-paths';

export interface StripeEventDeps {
  db: Firestore;
  now: () => Date;
}

export interface StripeEventResult {
  outcome: StripeEventOutcome;
  tenantId: string | null;
  transition?: { from: TenantStatus; to: TenantStatus };
}

/** gRPC status of a `create()` that found the document already there. */
const ALREADY_EXISTS = 6;

/** Events of one tenant queue on its documents; the emulator's lock waits make the default 5 attempts too few. */
const TRANSACTION_OPTIONS = { maxAttempts: 10 } as const;

export async function applyStripeEvent(deps: StripeEventDeps, event: Stripe.Event): Promise<StripeEventResult> {
  try {
    return await deps.db.runTransaction((tx) => applyInTransaction(deps, event, tx), TRANSACTION_OPTIONS);
  } catch (error) {
    // Two copies raced past the read: the other one's create won.
    if ((error as { code?: unknown }).code === ALREADY_EXISTS) return { outcome: 'duplicate', tenantId: null };
    throw error;
  }
}

async function applyInTransaction(
  deps: StripeEventDeps,
  event: Stripe.Event,
  tx: Transaction,
): Promise<StripeEventResult> {
  const { db } = deps;
  const facts = stripeEventFacts(event);
  const eventRef = db.doc(billingPaths.stripeEvent(facts.id));
  const existing = await tx.get(eventRef);
  if (existing.exists) return { outcome: 'duplicate', tenantId: (existing.get('tenantId') as string | null) ?? null };

  const now = deps.now();
  const at = Timestamp.fromDate(now);
  const record = (outcome: StripeEventDoc<Timestamp>['outcome'], tenantId: string | null, details: Partial<StripeEventDoc<Timestamp>> = {}) => {
    const doc: StripeEventDoc<Timestamp> = {
      type: facts.type,
      created: Timestamp.fromMillis(facts.createdAtMs),
      tenantId,
      outcome,
      receivedAt: at,
      ...details,
    };
    tx.create(eventRef, doc);
  };

  const effect = billingEffectOf(facts.type, facts.objectStatus);
  if (!effect) {
    record('ignored', null);
    return { outcome: 'ignored', tenantId: null };
  }

  let tenantId = facts.tenantIdHint;
  if (!tenantId && facts.customerId) {
    const index = await tx.get(db.doc(billingPaths.stripeCustomer(facts.customerId)));
    tenantId = (index.data() as StripeCustomerIndexDoc<Timestamp> | undefined)?.tenantId ?? null;
  }
  if (!tenantId) {
    record('tenant_not_found', null);
    return { outcome: 'tenant_not_found', tenantId: null };
  }

  const tenantRef = db.doc(paths.tenant(tenantId));
  const billingRef = db.doc(paths.billing(tenantId));
  const [tenantSnap, billingSnap] = await tx.getAll(tenantRef, billingRef);
  const tenant = tenantSnap!.data() as TenantDoc<Timestamp> | undefined;
  if (!tenant) {
    record('tenant_not_found', tenantId);
    return { outcome: 'tenant_not_found', tenantId };
  }
  const billing = billingSnap!.data() as Partial<BillingDoc<Timestamp>> | undefined;

  const lastEventMs = billing?.lastEventAt?.toMillis() ?? null;
  if (lastEventMs !== null && facts.createdAtMs < lastEventMs) {
    record('stale', tenantId);
    return { outcome: 'stale', tenantId };
  }

  const before = { status: tenant.status, paymentFailures: tenant.paymentFailures ?? 0 };
  const outcome = applyBillingEffect(before, effect, now);
  const { next, applied } = outcome;

  const tenantUpdate: Record<string, unknown> = {};
  if (next.paymentFailures !== before.paymentFailures) tenantUpdate.paymentFailures = next.paymentFailures;
  if (applied) {
    tenantUpdate.status = applied.to;
    tenantUpdate.statusChangedAt = at;
  }
  if (Object.keys(tenantUpdate).length > 0) tx.update(tenantRef, tenantUpdate);

  tx.set(
    billingRef,
    {
      lastEventAt: Timestamp.fromMillis(Math.max(facts.createdAtMs, lastEventMs ?? 0)),
      updatedAt: at,
      ...(facts.customerId ? { stripeCustomerId: facts.customerId } : {}),
      ...(facts.subscriptionId ? { stripeSubscriptionId: facts.subscriptionId } : {}),
    },
    { merge: true },
  );
  if (facts.customerId && billing?.stripeCustomerId !== facts.customerId) {
    const index: StripeCustomerIndexDoc<Timestamp> = { tenantId, createdAt: at };
    tx.set(db.doc(billingPaths.stripeCustomer(facts.customerId)), index);
  }

  if (applied) {
    const audit: AuditEntryDoc<Timestamp> = {
      actorUid: null,
      actorKind: 'stripe',
      action: 'tenant.status_changed',
      target: paths.tenant(tenantId),
      details: {
        from: applied.from,
        to: applied.to,
        event: applied.event,
        stripeEventId: facts.id,
        stripeEventType: facts.type,
        paymentFailures: next.paymentFailures,
      },
      at,
    };
    tx.create(db.collection(paths.auditLog(tenantId)).doc(), audit);
  }

  const changed = applied !== null || next.paymentFailures !== before.paymentFailures;
  const transition = applied ? { from: applied.from, to: applied.to } : undefined;
  record(changed ? 'applied' : 'no_change', tenantId, transition ? { transition } : {});
  return { outcome: changed ? 'applied' : 'no_change', tenantId, ...(transition ? { transition } : {}) };
}
