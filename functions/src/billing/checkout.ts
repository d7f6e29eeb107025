/**
 * Checkout and the customer portal (SPEC §6), owner only. The owner check
 * reads the caller's membership document, never a claim.
 *
 * The Stripe customer is created on first use with the idempotency key
 * `tenant-customer-${tenantId}`, so two clicks (or a retry after a crash
 * between Stripe and Firestore) yield one customer; its id is saved on the
 * billing record and in the `stripeCustomers` index the webhook reads.
 */
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import { checkoutRefusal, managesBilling, paths, type BillingDoc, type CheckoutRefusal, type MemberDoc, type PlanId, type TenantDoc } from '@atrium/domain';
import { DomainError } from '../domain-error';
import { billingPaths, type StripeCustomerIndexDoc } from './billing-paths';

export interface CheckoutDeps {
  db: Firestore;
  now: () => Date;
  stripe: Pick<Stripe, 'customers' | 'checkout' | 'billingPortal'>;
  priceIds: Record<PlanId, string>;
  appBaseUrl: string;
}

interface OwnerContext {
  tenant: TenantDoc<Timestamp>;
  billing: BillingDoc<Timestamp> | undefined;
  owner: MemberDoc<Timestamp>;
}

async function requireOwner(deps: CheckoutDeps, tenantId: string, uid: string): Promise<OwnerContext> {
  const [tenantSnap, memberSnap, billingSnap] = await deps.db.getAll(
    deps.db.doc(paths.tenant(tenantId)),
    deps.db.doc(paths.member(tenantId, uid)),
    deps.db.doc(paths.billing(tenantId)),
  );
  const member = memberSnap!.data() as MemberDoc<Timestamp> | undefined;
  const tenant = tenantSnap!.data() as TenantDoc<Timestamp> | undefined;
  if (!tenant || !member || member.disabled || !managesBilling(member.role)) {
    throw new DomainError('permission-denied', 'Only the practice owner can manage billing.');
  }
  if (checkoutRefusal({ status: tenant.status, billingMode: null, hasSubscription: false }) === 'provisioning') {
    throw new DomainError('failed-precondition', CHECKOUT_REFUSED.provisioning);
  }
  return { tenant, owner: member, billing: billingSnap!.data() as BillingDoc<Timestamp> | undefined };
}

async function ensureCustomer(deps: CheckoutDeps, tenantId: string, ctx: OwnerContext): Promise<string> {
  if (ctx.billing?.stripeCustomerId) return ctx.billing.stripeCustomerId;
  const customer = await deps.stripe.customers.create(
    { email: ctx.owner.email, name: ctx.tenant.name, metadata: { tenantId } },
    { idempotencyKey: `tenant-customer-${tenantId}` },
  );
  const at = Timestamp.fromDate(deps.now());
  await deps.db.runTransaction(async (tx) => {
    const billingRef = deps.db.doc(paths.billing(tenantId));
    const current = (await tx.get(billingRef)).get('stripeCustomerId') as string | null | undefined;
    if (current && current !== customer.id) throw new Error(`Tenant ${tenantId} already has Stripe customer ${current}`);
    tx.set(billingRef, { stripeCustomerId: customer.id, updatedAt: at }, { merge: true });
    const index: StripeCustomerIndexDoc<Timestamp> = { tenantId, createdAt: at };
    tx.set(deps.db.doc(billingPaths.stripeCustomer(customer.id)), index);
  });
  return customer.id;
}

const CHECKOUT_REFUSED: Record<CheckoutRefusal, string> = {
  provisioning: 'Your practice is still being set up. Try again in a minute.',
  cancelled: 'This practice was cancelled. Contact support to reactivate it.',
  contract_billing: 'Your practice is billed by contract. Contact your account manager to change your plan.',
  // A second checkout would start a second subscription: changes and overdue payments go through the portal.
  subscription_exists: 'Your practice already has a subscription. Use "Manage billing" to change plan or pay.',
};

const billingPage = (deps: CheckoutDeps) => `${deps.appBaseUrl.replace(/\/$/, '')}/app/billing`;

export async function createCheckoutSession(
  deps: CheckoutDeps,
  input: { tenantId: string; plan: PlanId; uid: string },
): Promise<{ url: string }> {
  const ctx = await requireOwner(deps, input.tenantId, input.uid);
  const refusal = checkoutRefusal({
    status: ctx.tenant.status,
    billingMode: ctx.billing?.mode ?? null,
    hasSubscription: Boolean(ctx.billing?.stripeSubscriptionId),
  });
  if (refusal) {
    throw new DomainError('failed-precondition', CHECKOUT_REFUSED[refusal], refusal === 'subscription_exists' ? { reason: refusal } : undefined);
  }
  const customer = await ensureCustomer(deps, input.tenantId, ctx);
  const metadata = { tenantId: input.tenantId, plan: input.plan };
  const session = await deps.stripe.checkout.sessions.create({
    mode: 'subscription',
    customer,
    client_reference_id: input.tenantId,
    line_items: [{ price: deps.priceIds[input.plan], quantity: 1 }],
    metadata,
    subscription_data: { metadata },
    success_url: `${billingPage(deps)}?checkout=success`,
    cancel_url: `${billingPage(deps)}?checkout=cancelled`,
  });
  if (!session.url) throw new Error('Stripe returned a checkout session without a URL');
  return { url: session.url };
}

export async function createPortalSession(deps: CheckoutDeps, input: { tenantId: string; uid: string }): Promise<{ url: string }> {
  const ctx = await requireOwner(deps, input.tenantId, input.uid);
  const customer = await ensureCustomer(deps, input.tenantId, ctx);
  const session = await deps.stripe.billingPortal.sessions.create({ customer, return_url: billingPage(deps) });
  return { url: session.url };
}
