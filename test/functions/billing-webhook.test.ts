/**
 * The exported `stripeWebhook` through the Functions emulator, the way Stripe
 * calls it: real-shaped event JSON, signed by the stripe package's own
 * `generateTestHeaderString` with the emulator's webhook secret
 * (functions/.secret.local, written by scripts/emulators.mjs), verified by
 * the real `constructEvent`. Tenants are seeded with the Admin SDK.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { Timestamp } from 'firebase-admin/firestore';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { applyBillingEffect, billingEffectOf, type BillingState, type TenantStatus } from '@atrium/domain';
import { adminDb, signUpClient } from '../support/clients';
import { FAKE_STRIPE_PORT, startFakeStripe, type FakeStripe } from '../support/fake-stripe';

const WEBHOOK_URL = 'http://127.0.0.1:5001/demo-atrium/us-central1/stripeWebhook';
const WEBHOOK_SECRET = 'whsec_atrium_local';
const stripe = new Stripe('sk_test_atrium_local');

let fakeStripe: FakeStripe;
beforeAll(async () => {
  fakeStripe = await startFakeStripe({ port: FAKE_STRIPE_PORT });
});
afterAll(async () => {
  await fakeStripe?.close();
});

const rnd = () => crypto.randomUUID().replace(/-/g, '').slice(0, 14);
/** Event times: a fresh base per test, later events get larger offsets. */
const nowSeconds = () => Math.floor(Date.now() / 1000);

interface Seeded {
  tenantId: string;
  customerId: string;
  subscriptionId: string;
}

async function seedTenant(status: TenantStatus, options: { paymentFailures?: number; indexCustomer?: boolean } = {}): Promise<Seeded> {
  const db = adminDb();
  const tenantId = `bill-${rnd()}`;
  const customerId = `cus_${rnd()}`;
  const subscriptionId = `sub_${rnd()}`;
  const at = Timestamp.fromMillis(Date.now() - 3_600_000);
  await db.doc(`tenants/${tenantId}`).set({
    name: 'Billing Clinic',
    status,
    plan: 'growth',
    seatLimit: 20,
    seatsUsed: 1,
    pendingInvites: 0,
    trialEndsAt: Timestamp.fromMillis(Date.now() + 86_400_000),
    paymentFailures: options.paymentFailures ?? 0,
    features: { customFields: true, dataApi: true, domainCapture: false, auditExport: false },
    channel: 'self_serve',
    subdomain: null,
    retentionDays: 30,
    settings: {},
    ownerUid: null,
    pendingOwner: null,
    goLiveAt: null,
    dealId: null,
    createdAt: at,
    statusChangedAt: at,
  });
  await db.doc(`tenants/${tenantId}/billing/subscription`).set({
    mode: 'subscription',
    plan: 'growth',
    stripeCustomerId: options.indexCustomer ? customerId : null,
    stripeSubscriptionId: null,
    lastEventAt: null,
    createdAt: at,
    updatedAt: at,
  });
  if (options.indexCustomer) await db.doc(`stripeCustomers/${customerId}`).set({ tenantId, createdAt: at });
  return { tenantId, customerId, subscriptionId };
}

type StripeEventJson = { id: string; object: 'event'; type: string; created: number; data: { object: Record<string, unknown> } } & Record<string, unknown>;

function event(type: string, object: Record<string, unknown>, created = nowSeconds()): StripeEventJson {
  return {
    id: `evt_${rnd()}`,
    object: 'event',
    api_version: '2025-10-29.clover',
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

const checkoutCompleted = (t: Seeded, created?: number, paymentStatus = 'paid') =>
  event(
    'checkout.session.completed',
    {
      id: `cs_test_${rnd()}`,
      object: 'checkout.session',
      mode: 'subscription',
      status: 'complete',
      payment_status: paymentStatus,
      client_reference_id: t.tenantId,
      customer: t.customerId,
      subscription: t.subscriptionId,
      metadata: { tenantId: t.tenantId, plan: 'growth' },
    },
    created,
  );

const subscriptionEvent = (type: string, t: Seeded, status: string, created?: number) =>
  event(
    type,
    {
      id: t.subscriptionId,
      object: 'subscription',
      customer: t.customerId,
      status,
      metadata: { tenantId: t.tenantId, plan: 'growth' },
      items: { object: 'list', data: [{ id: `si_${rnd()}`, price: { id: 'price_atrium_growth' } }] },
    },
    created,
  );

/** Invoices carry no tenant metadata at the top level: the webhook finds the tenant from the customer. */
const invoiceEvent = (type: 'invoice.paid' | 'invoice.payment_failed', t: Seeded, created?: number) =>
  event(
    type,
    {
      id: `in_${rnd()}`,
      object: 'invoice',
      customer: t.customerId,
      status: type === 'invoice.paid' ? 'paid' : 'open',
      attempt_count: 1,
      parent: { type: 'subscription_details', subscription_details: { subscription: t.subscriptionId, metadata: {} } },
    },
    created,
  );

async function send(evt: object, options: { secret?: string; timestamp?: number; signature?: string | null } = {}) {
  const payload = JSON.stringify(evt);
  const signature =
    options.signature === undefined
      ? stripe.webhooks.generateTestHeaderString({
          payload,
          secret: options.secret ?? WEBHOOK_SECRET,
          ...(options.timestamp ? { timestamp: options.timestamp } : {}),
        })
      : options.signature;
  const response = await fetch(WEBHOOK_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // plain-text error answers
  }
  return { status: response.status, body: body as { outcome?: string } | string };
}

async function tenantState(tenantId: string) {
  const snap = await adminDb().doc(`tenants/${tenantId}`).get();
  return { status: snap.get('status') as TenantStatus, paymentFailures: snap.get('paymentFailures') as number, statusChangedAt: snap.get('statusChangedAt') as Timestamp };
}

async function stripeAudit(tenantId: string) {
  const snap = await adminDb().collection(`tenants/${tenantId}/auditLog`).where('actorKind', '==', 'stripe').get();
  return snap.docs.map((d) => d.data()).sort((a, b) => (a.at as Timestamp).toMillis() - (b.at as Timestamp).toMillis());
}

async function expectApplied(evt: StripeEventJson, outcome = 'applied') {
  const result = await send(evt);
  expect(result).toEqual({ status: 200, body: { received: true, outcome } });
}

describe('stripeWebhook: transitions driven by events', () => {
  it('checkout.session.completed: trial → active, with customer, subscription, index, audit and statusChangedAt', async () => {
    const t = await seedTenant('trial');
    const before = await tenantState(t.tenantId);
    const evt = checkoutCompleted(t);
    await expectApplied(evt);

    const after = await tenantState(t.tenantId);
    expect(after.status).toBe('active');
    expect(after.statusChangedAt.toMillis()).toBeGreaterThan(before.statusChangedAt.toMillis());
    const db = adminDb();
    const billing = (await db.doc(`tenants/${t.tenantId}/billing/subscription`).get()).data()!;
    expect(billing).toMatchObject({ stripeCustomerId: t.customerId, stripeSubscriptionId: t.subscriptionId });
    expect((billing.lastEventAt as Timestamp).toMillis()).toBe(evt.created * 1000);
    expect((await db.doc(`stripeCustomers/${t.customerId}`).get()).get('tenantId')).toBe(t.tenantId);
    expect((await db.doc(`stripeEvents/${evt.id}`).get()).data()).toMatchObject({
      type: 'checkout.session.completed',
      tenantId: t.tenantId,
      outcome: 'applied',
      transition: { from: 'trial', to: 'active' },
    });
    const audit = await stripeAudit(t.tenantId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUid: null,
      actorKind: 'stripe',
      action: 'tenant.status_changed',
      target: `tenants/${t.tenantId}`,
      details: { from: 'trial', to: 'active', event: 'payment_succeeded', stripeEventId: evt.id, stripeEventType: 'checkout.session.completed' },
    });
  });

  it('invoice.paid finds the tenant through the customer index: trial_expired → active', async () => {
    const t = await seedTenant('trial_expired', { indexCustomer: true });
    await expectApplied(invoiceEvent('invoice.paid', t));
    expect((await tenantState(t.tenantId)).status).toBe('active');
    expect((await stripeAudit(t.tenantId)).map((a) => a.details.to)).toEqual(['active']);
  });

  it('checkout.session.completed with a payment still pending (unpaid) does not activate; invoice.paid later does', async () => {
    const t = await seedTenant('trial_expired');
    const base = nowSeconds();
    await expectApplied(checkoutCompleted(t, base, 'unpaid'), 'no_change');
    expect((await tenantState(t.tenantId)).status).toBe('trial_expired');
    // The session told us the customer: the invoice finds the tenant through the index it left.
    await expectApplied(invoiceEvent('invoice.paid', t, base + 5));
    expect((await tenantState(t.tenantId)).status).toBe('active');
  });

  it('customer.subscription.created (active): trial → active', async () => {
    const t = await seedTenant('trial');
    await expectApplied(subscriptionEvent('customer.subscription.created', t, 'active'));
    expect((await tenantState(t.tenantId)).status).toBe('active');
  });

  it('a full dunning cycle: active → past_due → (2nd failure) → suspended → active, counting and resetting failures', async () => {
    const t = await seedTenant('active', { indexCustomer: true });
    const base = nowSeconds();

    await expectApplied(invoiceEvent('invoice.payment_failed', t, base));
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'past_due', paymentFailures: 1 });

    // Stripe's own status change for the same failure: no second count.
    await expectApplied(subscriptionEvent('customer.subscription.updated', t, 'past_due', base), 'no_change');
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'past_due', paymentFailures: 1 });

    await expectApplied(invoiceEvent('invoice.payment_failed', t, base + 10));
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'past_due', paymentFailures: 2 });

    await expectApplied(subscriptionEvent('customer.subscription.updated', t, 'unpaid', base + 20));
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'suspended', paymentFailures: 2 });

    await expectApplied(invoiceEvent('invoice.paid', t, base + 30));
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'active', paymentFailures: 0 });

    expect((await stripeAudit(t.tenantId)).map((a) => `${a.details.from}→${a.details.to}`)).toEqual([
      'active→past_due',
      'past_due→suspended',
      'suspended→active',
    ]);
  });

  it('customer.subscription.updated (active) brings a past_due tenant back and resets its failures', async () => {
    const t = await seedTenant('past_due', { paymentFailures: 1 });
    await expectApplied(subscriptionEvent('customer.subscription.updated', t, 'active'));
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'active', paymentFailures: 0 });
  });

  it('customer.subscription.updated (past_due) on an active tenant: past_due without counting a failure', async () => {
    const t = await seedTenant('active');
    await expectApplied(subscriptionEvent('customer.subscription.updated', t, 'past_due'));
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'past_due', paymentFailures: 0 });
  });

  it.each(['active', 'past_due', 'suspended'] as const)('customer.subscription.deleted: %s → cancelled', async (from) => {
    const t = await seedTenant(from);
    await expectApplied(subscriptionEvent('customer.subscription.deleted', t, 'canceled'));
    expect((await tenantState(t.tenantId)).status).toBe('cancelled');
    expect((await stripeAudit(t.tenantId)).map((a) => `${a.details.from}→${a.details.to}`)).toEqual([`${from}→cancelled`]);
  });

  it('customer.subscription.updated (canceled) also cancels', async () => {
    const t = await seedTenant('active');
    await expectApplied(subscriptionEvent('customer.subscription.updated', t, 'canceled'));
    expect((await tenantState(t.tenantId)).status).toBe('cancelled');
  });

  it('invoice.paid on an active tenant is "nothing to change": 200, no status write, no audit entry', async () => {
    const t = await seedTenant('active', { indexCustomer: true });
    const before = await tenantState(t.tenantId);
    await expectApplied(invoiceEvent('invoice.paid', t), 'no_change');
    const after = await tenantState(t.tenantId);
    expect(after.status).toBe('active');
    expect(after.statusChangedAt.toMillis()).toBe(before.statusChangedAt.toMillis());
    expect(await stripeAudit(t.tenantId)).toHaveLength(0);
  });
});

describe('stripeWebhook: duplicates and ordering', () => {
  it('the same event twice in a row is applied once', async () => {
    const t = await seedTenant('active', { indexCustomer: true });
    const evt = invoiceEvent('invoice.payment_failed', t);
    await expectApplied(evt);
    await expectApplied(evt, 'duplicate');
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'past_due', paymentFailures: 1 });
    expect(await stripeAudit(t.tenantId)).toHaveLength(1);
  });

  it('two copies of one event at the same moment are applied once, and both acknowledged', async () => {
    const t = await seedTenant('past_due', { paymentFailures: 1, indexCustomer: true });
    const evt = invoiceEvent('invoice.payment_failed', t);
    const results = await Promise.all([send(evt), send(evt), send(evt)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => (r.body as { outcome: string }).outcome).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(await tenantState(t.tenantId)).toMatchObject({ status: 'past_due', paymentFailures: 2 });
  });

  it('an older subscription.updated arriving after a newer one is ignored', async () => {
    const t = await seedTenant('active');
    const base = nowSeconds();
    await expectApplied(subscriptionEvent('customer.subscription.updated', t, 'past_due', base + 60));
    const older = subscriptionEvent('customer.subscription.updated', t, 'active', base);
    await expectApplied(older, 'stale');
    expect((await tenantState(t.tenantId)).status).toBe('past_due');
    expect((await adminDb().doc(`stripeEvents/${older.id}`).get()).get('outcome')).toBe('stale');
    const billing = await adminDb().doc(`tenants/${t.tenantId}/billing/subscription`).get();
    expect((billing.get('lastEventAt') as Timestamp).toMillis()).toBe((base + 60) * 1000);
  });
});

describe('stripeWebhook: requests that are not Stripe events', () => {
  it('a signature made with another secret: 400, nothing written', async () => {
    const t = await seedTenant('trial');
    const evt = checkoutCompleted(t);
    const result = await send(evt, { secret: 'whsec_someone_else' });
    expect(result.status).toBe(400);
    expect((await adminDb().doc(`stripeEvents/${evt.id}`).get()).exists).toBe(false);
    expect((await tenantState(t.tenantId)).status).toBe('trial');
  });

  it('a tampered body: 400, nothing written', async () => {
    const t = await seedTenant('trial');
    const evt = checkoutCompleted(t);
    const signature = stripe.webhooks.generateTestHeaderString({ payload: JSON.stringify({ ...evt, type: 'customer.created' }), secret: WEBHOOK_SECRET });
    const result = await send(evt, { signature });
    expect(result.status).toBe(400);
    expect((await adminDb().doc(`stripeEvents/${evt.id}`).get()).exists).toBe(false);
    expect((await tenantState(t.tenantId)).status).toBe('trial');
  });

  it('no signature header: 400, nothing written', async () => {
    const t = await seedTenant('trial');
    const evt = checkoutCompleted(t);
    const result = await send(evt, { signature: null });
    expect(result.status).toBe(400);
    expect((await adminDb().doc(`stripeEvents/${evt.id}`).get()).exists).toBe(false);
  });

  it('a signature older than the 300 s tolerance: 400, nothing written', async () => {
    const t = await seedTenant('trial');
    const evt = checkoutCompleted(t);
    const result = await send(evt, { timestamp: nowSeconds() - 301 });
    expect(result.status).toBe(400);
    expect((await adminDb().doc(`stripeEvents/${evt.id}`).get()).exists).toBe(false);
    expect((await tenantState(t.tenantId)).status).toBe('trial');
    // The same event signed now goes through: the age, not the event, was refused.
    await expectApplied(evt);
  });

  it('an unknown event type: 200, recorded as ignored', async () => {
    const evt = event('customer.created', { id: `cus_${rnd()}`, object: 'customer', metadata: {} });
    await expectApplied(evt, 'ignored');
    expect((await adminDb().doc(`stripeEvents/${evt.id}`).get()).data()).toMatchObject({ type: 'customer.created', outcome: 'ignored' });
  });

  it('an event for a customer Atrium does not know: 200, recorded as tenant_not_found', async () => {
    const evt = invoiceEvent('invoice.paid', { tenantId: 'none', customerId: `cus_${rnd()}`, subscriptionId: `sub_${rnd()}` });
    await expectApplied(evt, 'tenant_not_found');
  });

  it('GET: 405', async () => {
    const response = await fetch(WEBHOOK_URL);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('stripeWebhook and the rules', () => {
  it('after the second failed payment, a past_due tenant refuses a client write', async () => {
    const t = await seedTenant('active', { indexCustomer: true });
    const client = await signUpClient();
    try {
      await adminDb().doc(`tenants/${t.tenantId}/members/${client.user.uid}`).set({
        role: 'receptionist',
        email: client.user.email,
        displayName: 'Rita Reception',
        disabled: false,
        joinedAt: Timestamp.now(),
      });
      const createPatient = (id: string) =>
        setDoc(doc(client.db, `tenants/${t.tenantId}/patients/${id}`), {
          firstName: 'Pat',
          lastName: 'Ient',
          createdBy: client.user.uid,
          createdAt: serverTimestamp(),
          updatedAt: serverTimestamp(),
        });

      const base = nowSeconds();
      await expectApplied(invoiceEvent('invoice.payment_failed', t, base));
      expect(await tenantState(t.tenantId)).toMatchObject({ status: 'past_due', paymentFailures: 1 });
      await createPatient('after-first-failure'); // still writable: warn only

      await expectApplied(invoiceEvent('invoice.payment_failed', t, base + 10));
      expect(await tenantState(t.tenantId)).toMatchObject({ status: 'past_due', paymentFailures: 2 });
      await expect(createPatient('after-second-failure')).rejects.toMatchObject({ code: 'permission-denied' });
    } finally {
      await client.close();
    }
  });
});

describe('stripeWebhook: a storm', () => {
  /** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
  function prng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('1,000 events over 50 tenants, 20% redelivered, interleaved at random: the same end state as an ordered replay', { timeout: 300_000 }, async () => {
    const random = prng(20261127);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const TENANTS = 50;
    const UNIQUE_PER_TENANT = 16; // 800 unique events + 200 duplicates
    const starts: TenantStatus[] = ['trial', 'trial_expired', 'active', 'past_due', 'suspended'];
    const makers: ((t: Seeded, created: number) => StripeEventJson)[] = [
      (t, c) => invoiceEvent('invoice.payment_failed', t, c),
      (t, c) => invoiceEvent('invoice.payment_failed', t, c),
      (t, c) => invoiceEvent('invoice.paid', t, c),
      (t, c) => subscriptionEvent('customer.subscription.updated', t, 'past_due', c),
      (t, c) => subscriptionEvent('customer.subscription.updated', t, 'unpaid', c),
      (t, c) => subscriptionEvent('customer.subscription.updated', t, 'active', c),
      (t, c) => subscriptionEvent('customer.subscription.updated', t, 'incomplete', c),
      (t, c) => checkoutCompleted(t, c),
      (t, c) => event('charge.succeeded', { id: `ch_${rnd()}`, object: 'charge', customer: t.customerId }, c),
      (t, c) => subscriptionEvent('customer.subscription.deleted', t, 'canceled', c),
    ];

    const base = nowSeconds();
    const tenants = await Promise.all(
      Array.from({ length: TENANTS }, async (_, i) => {
        const start = starts[i % starts.length]!;
        const seeded = await seedTenant(start, { indexCustomer: true, paymentFailures: start === 'past_due' ? 1 : 0 });
        // Deletion is terminal: keep it rare so most tenants see a long history.
        const events = Array.from({ length: UNIQUE_PER_TENANT }, (_, k) => {
          const maker = random() < 0.03 ? makers[makers.length - 1]! : pick(makers.slice(0, -1));
          return maker(seeded, base + k * 10);
        });
        return { seeded, start, events };
      }),
    );

    // Ordered replay with the pure mapping and the state machine.
    const expected = new Map<string, { state: BillingState; transitions: number }>();
    for (const { seeded, start, events } of tenants) {
      let state: BillingState = { status: start, paymentFailures: start === 'past_due' ? 1 : 0 };
      let transitions = 0;
      for (const e of events) {
        const obj = e.data.object as { status?: string; payment_status?: string };
        const objectStatus = e.type.startsWith('customer.subscription.') ? obj.status : e.type.startsWith('checkout.session.') ? obj.payment_status : undefined;
        const effect = billingEffectOf(e.type, objectStatus);
        if (!effect) continue;
        const outcome = applyBillingEffect(state, effect, new Date());
        state = outcome.next;
        if (outcome.applied) transitions++;
      }
      expected.set(seeded.tenantId, { state, transitions });
    }

    // Delivery: each tenant's events in created order with 4 duplicates at random later places
    // (Stripe's retries), tenants interleaved at random, 10 deliveries in flight. One tenant's
    // distinct events keep their order: reordered ones are dropped as stale by design (tested
    // above), so an ordered replay is only the truth when each first delivery comes in order.
    const queues = tenants.map(({ events }) => {
      const queue = [...events];
      for (let d = 0; d < 4; d++) {
        const original = events[Math.floor(random() * events.length)]!;
        const position = queue.indexOf(original); // first delivery; a retry only ever comes after it
        queue.splice(position + 1 + Math.floor(random() * (queue.length - position)), 0, original);
      }
      return queue;
    });
    expect(queues.reduce((n, q) => n + q.length, 0)).toBe(1000);

    const statuses: number[] = [];
    const outcomes: string[] = [];
    const remaining = queues.map((q) => [...q]);
    const busy = new Set<number>();
    await new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const next = () => {
        const ready = remaining.map((q, i) => i).filter((i) => remaining[i]!.length > 0 && !busy.has(i));
        if (ready.length === 0 && inFlight === 0) return resolve();
        while (inFlight < 10 && ready.length > 0) {
          const i = ready.splice(Math.floor(random() * ready.length), 1)[0]!;
          const e = remaining[i]!.shift()!;
          busy.add(i);
          inFlight++;
          send(e)
            .then((r) => {
              statuses.push(r.status);
              outcomes.push((r.body as { outcome?: string }).outcome ?? '');
              busy.delete(i);
              inFlight--;
              next();
            })
            .catch(reject);
        }
      };
      next();
    });
    expect(statuses).toHaveLength(1000);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(200);
    expect(outcomes.filter((o) => o === 'stale')).toHaveLength(0);

    for (const { seeded } of tenants) {
      const want = expected.get(seeded.tenantId)!;
      const got = await tenantState(seeded.tenantId);
      const audits = await stripeAudit(seeded.tenantId);
      if (got.status !== want.state.status || got.paymentFailures !== want.state.paymentFailures || audits.length !== want.transitions) {
        const recorded = await adminDb().collection('stripeEvents').where('tenantId', '==', seeded.tenantId).get();
        const byId = new Map(recorded.docs.map((d) => [d.id, d.data()]));
        const history = tenants.find((x) => x.seeded.tenantId === seeded.tenantId)!.events.map((e) => {
          const r = byId.get(e.id);
          return `${e.created - base} ${e.type} ${(e.data.object as { status?: string }).status ?? ''} → ${r?.outcome ?? 'not recorded'} ${r?.transition ? JSON.stringify(r.transition) : ''}`;
        });
        console.error(`storm mismatch for ${seeded.tenantId}:\n${history.join('\n')}\naudit: ${audits.map((a) => `${a.details.stripeEventId} ${a.details.from}->${a.details.to}`).join(', ')}`);
      }
      expect({ tenantId: seeded.tenantId, status: got.status, paymentFailures: got.paymentFailures }).toEqual({
        tenantId: seeded.tenantId,
        ...want.state,
      });
      expect(await stripeAudit(seeded.tenantId)).toHaveLength(want.transitions);
    }
  });
});
