/**
 * `npm run bench`: Atrium's speed and cost report, run inside the emulators.
 *
 * Provisioning latency through the deployed callable (the way the web app
 * calls it: HTTP + ID token), next to a baseline callable doing one
 * Firestore write, sequential and concurrent; then the idempotency race.
 * Numbers are from the emulators on this machine: they compare Atrium's
 * code paths with each other, not with production Firestore. Last, the web
 * app in Chromium: initial JS per route and signup → usable workspace.
 *
 * BENCH_ONLY=callables,webhook,expire,web runs only the named sections.
 */
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { performance } from 'node:perf_hooks';
import Stripe from 'stripe';
import { Timestamp } from 'firebase-admin/firestore';
import { expireTrials } from '../functions/src/jobs/expire-trials';
import { cpus } from 'node:os';
import { benchWeb } from './lib/bench-web';

const PROJECT = process.env.GCLOUD_PROJECT ?? 'demo-atrium';
const AUTH = process.env.FIREBASE_AUTH_EMULATOR_HOST;
const FUNCTIONS_BASE = `http://127.0.0.1:5001/${PROJECT}/us-central1`;
if (!AUTH || !process.env.FIRESTORE_EMULATOR_HOST) {
  console.error('bench: run through `npm run bench`, which starts the emulators.');
  process.exit(1);
}

const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 200);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 100);
const RACE = Number(process.env.BENCH_RACE ?? 50);

const SALES = Number(process.env.BENCH_SALES ?? 50);
// Enterprise allows 100 pending invites; the bench stays under it (one more is the warm-up).
const INVITES = Number(process.env.BENCH_INVITES ?? 90);

const SECTIONS = ['callables', 'webhook', 'expire', 'web'] as const;
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const unknown = ONLY.filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown.length > 0) {
  console.error(`bench: unknown BENCH_ONLY section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}.`);
  process.exit(1);
}
const runs = (section: (typeof SECTIONS)[number]) => ONLY.length === 0 || ONLY.includes(section);

const app = getApps()[0] ?? initializeApp({ projectId: PROJECT });
const db = getFirestore(app);
let userCounter = 0;

async function newUserToken(): Promise<{ uid: string; idToken: string }> {
  const email = `bench-${Date.now()}-${userCounter++}@bench.test`;
  const res = await fetch(`http://${AUTH}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password', returnSecureToken: true }),
  });
  if (!res.ok) throw new Error(`signUp failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { localId: string; idToken: string };
  return { uid: body.localId, idToken: body.idToken };
}

async function call<T>(name: string, idToken: string, data: unknown): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const res = await fetch(`${FUNCTIONS_BASE}/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ data }),
  });
  const text = await res.text();
  const ms = performance.now() - start;
  if (!res.ok) throw new Error(`${name} failed: ${res.status} ${text}`);
  return { ms, result: (JSON.parse(text) as { result: T }).result };
}

type ProvisionResult = { tenantId: string; status: string; created: boolean };

/** A sales user: custom claim set with the Admin SDK, then a password sign-in so the ID token carries it. */
async function salesToken(): Promise<string> {
  const email = `bench-sales-${Date.now()}@bench.test`;
  const { uid } = await getAuth(app).createUser({ email, password: 'bench-password' });
  await getAuth(app).setCustomUserClaims(uid, { platformRole: 'sales' });
  const res = await fetch(`http://${AUTH}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password', returnSecureToken: true }),
  });
  if (!res.ok) throw new Error(`sales sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { idToken: string }).idToken;
}

const salesInput = (i: number) => ({
  dealId: `BENCH-${Date.now()}-${i}`,
  tenantName: `Bench Contract Clinic ${i}`,
  plan: 'growth',
  seatLimit: 25,
  goLiveDate: '2031-01-15',
  adminEmail: `bench-admin-${Date.now()}-${i}@bench.test`,
  adminName: 'Bench Admin',
});
const provisionInput = (i: number) => ({ idempotencyKey: `bench-key-${i}-${Date.now()}`, tenantName: `Bench Clinic ${i}`, plan: 'starter' });

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { n: sorted.length, p50: pct(50), p95: pct(95), p99: pct(99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

async function sequential(name: string, tokens: string[], data: (i: number) => unknown) {
  const samples: number[] = [];
  for (let i = 0; i < tokens.length; i++) samples.push((await call(name, tokens[i]!, data(i))).ms);
  return samples;
}

async function concurrent(name: string, tokens: string[], data: (i: number) => unknown) {
  return Promise.all(tokens.map(async (t, i) => (await call(name, t, data(i))).ms));
}

async function tokens(n: number) {
  const out: string[] = [];
  for (let i = 0; i < n; i += 25) {
    const batch = await Promise.all(Array.from({ length: Math.min(25, n - i) }, () => newUserToken()));
    out.push(...batch.map((b) => b.idToken));
  }
  return out;
}

const fmt = (n: number) => n.toFixed(1).padStart(8);

async function main() {
  console.log(`Atrium bench — ${new Date().toISOString()} — ${cpus().length} cores, Node ${process.version}, emulators (project ${PROJECT})`);
  if (ONLY.length > 0) console.log(`(only: ${ONLY.join(', ')})`);
  console.log('');
  if (runs('callables')) await callables();
  if (runs('webhook')) await webhookThroughput();
  if (runs('expire')) await expireTrialsAtScale();
  if (runs('web')) await benchWeb(db, getAuth(app));
}

/** Callable latency (provisioning, sales provisioning, invites against a one-write baseline) and the idempotency race. */
async function callables() {
  const baselineTokens = await tokens(1);
  const writeToken = baselineTokens[0]!;

  // Warm one worker per function (first request pays the emulator's worker start), then
  // spawn enough workers for the concurrent waves so they measure Atrium, not process start-up.
  await call('benchWrite', writeToken, {});
  await call('provisionTenant', (await newUserToken()).idToken, provisionInput(-1));
  // The emulator runs one request per worker process and starts a new one when all are busy.
  // Ramp up in steps of 20 (starting 100 workers at once on 2 cores makes some fail to load), so
  // the measured concurrent wave finds enough idle workers and measures Atrium, not process start-up.
  for (let width = 20; width <= CONCURRENT; width += 20) {
    await concurrent('benchWrite', Array(width).fill(writeToken), () => ({}));
    await concurrent('provisionTenant', await tokens(width), (i) => provisionInput(10_000 + width * 1_000 + i));
  }

  const rows: [string, ReturnType<typeof stats>][] = [];
  rows.push([`one-write callable, ${SEQUENTIAL} sequential`, stats(await sequential('benchWrite', Array(SEQUENTIAL).fill(writeToken), () => ({})))]);
  rows.push([`provisionTenant, ${SEQUENTIAL} sequential`, stats(await sequential('provisionTenant', await tokens(SEQUENTIAL), provisionInput))]);
  rows.push([`one-write callable, ${CONCURRENT} concurrent`, stats(await concurrent('benchWrite', Array(CONCURRENT).fill(writeToken), () => ({})))]);
  rows.push([`provisionTenant, ${CONCURRENT} concurrent`, stats(await concurrent('provisionTenant', await tokens(CONCURRENT), (i) => provisionInput(20_000 + i)))]);

  // Sales provisioning: Auth user, sign-in link and a finalising transaction on top of the batch.
  const sales = await salesToken();
  await call('salesProvisionTenant', sales, salesInput(-1));
  rows.push([`salesProvisionTenant, ${SALES} sequential`, stats(await sequential('salesProvisionTenant', Array(SALES).fill(sales), salesInput))]);

  // Invites: one owner inviting new addresses into a tenant with room for all of them.
  const owner = await newUserToken();
  const { result: tenant } = await call<ProvisionResult>('provisionTenant', owner.idToken, provisionInput(30_000));
  await db.doc(`tenants/${tenant.tenantId}`).update({ seatLimit: INVITES + 10, plan: 'enterprise' });
  const invite = (i: number) => ({ tenantId: tenant.tenantId, email: `bench-invitee-${Date.now()}-${i}@bench.test`, role: 'receptionist' });
  await call('inviteMember', owner.idToken, invite(-1));
  rows.push([`inviteMember, ${INVITES} sequential`, stats(await sequential('inviteMember', Array(INVITES).fill(owner.idToken), invite))]);

  console.log('Latency (ms, client-observed, warm workers)');
  console.log(`${'case'.padEnd(40)}${'n'.padStart(6)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'mean'.padStart(8)}`);
  for (const [label, s] of rows) console.log(`${label.padEnd(40)}${String(s.n).padStart(6)}${fmt(s.p50)}${fmt(s.p95)}${fmt(s.p99)}${fmt(s.mean)}`);
  const [wSeq, pSeq, wCon, pCon, salesSeq, inviteSeq] = rows.map((r) => r[1]);
  console.log('');
  console.log(`p50 ratio provisionTenant / one-write, sequential: ${(pSeq!.p50 / wSeq!.p50).toFixed(2)}x (target <= 3x)`);
  console.log(`p50 ratio provisionTenant / one-write, concurrent: ${(pCon!.p50 / wCon!.p50).toFixed(2)}x`);
  console.log(`provisionTenant p95, sequential: ${pSeq!.p95.toFixed(1)} ms (target < 300 ms)`);
  console.log(`p50 ratio salesProvisionTenant / one-write: ${(salesSeq!.p50 / wSeq!.p50).toFixed(2)}x; inviteMember / one-write: ${(inviteSeq!.p50 / wSeq!.p50).toFixed(2)}x`);

  // The race: one signer, one key, many simultaneous calls (double click, retries).
  const racer = await newUserToken();
  const input = provisionInput(99_999);
  const results = await Promise.all(Array.from({ length: RACE }, () => call<ProvisionResult>('provisionTenant', racer.idToken, input)));
  const owned = await db.collection('tenants').where('ownerUid', '==', racer.uid).get();
  const distinct = new Set(results.map((r) => r.result.tenantId));
  console.log('');
  console.log(`Idempotency race: ${RACE} concurrent calls, one key`);
  console.log(`  tenants created: ${owned.size} (must be 1)`);
  console.log(`  distinct tenantIds returned: ${distinct.size} (must be 1)`);
  console.log(`  calls answering created=true: ${results.filter((r) => r.result.created).length} (must be 1)`);
  console.log(`  slowest call: ${Math.max(...results.map((r) => r.ms)).toFixed(1)} ms`);
  if (owned.size !== 1 || distinct.size !== 1) process.exitCode = 1;
}

// ---- Webhook throughput -------------------------------------------------------

const WEBHOOK_EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 200);
const WEBHOOK_TENANTS = 50;
const stripe = new Stripe('sk_test_atrium_local');
const WEBHOOK_SECRET = 'whsec_atrium_local';

async function seedBillingTenants(n: number, status: string) {
  const writer = db.bulkWriter();
  const seeded: { tenantId: string; customerId: string; subscriptionId: string }[] = [];
  const at = Timestamp.now();
  for (let i = 0; i < n; i++) {
    const id = `${Date.now().toString(36)}${i}`;
    const t = { tenantId: `bench-bill-${id}`, customerId: `cus_bench_${id}`, subscriptionId: `sub_bench_${id}` };
    void writer.set(db.doc(`tenants/${t.tenantId}`), {
      name: `Bench Billing ${i}`, status, plan: 'growth', seatLimit: 20, seatsUsed: 1, pendingInvites: 0, trialEndsAt: null,
      paymentFailures: 0, features: {}, channel: 'self_serve', subdomain: null, retentionDays: 30, settings: {}, ownerUid: null,
      pendingOwner: null, goLiveAt: null, dealId: null, createdAt: at, statusChangedAt: at,
    });
    void writer.set(db.doc(`tenants/${t.tenantId}/billing/subscription`), {
      mode: 'subscription', plan: 'growth', stripeCustomerId: t.customerId, stripeSubscriptionId: t.subscriptionId, lastEventAt: null, createdAt: at, updatedAt: at,
    });
    void writer.set(db.doc(`stripeCustomers/${t.customerId}`), { tenantId: t.tenantId, createdAt: at });
    seeded.push(t);
  }
  await writer.close();
  return seeded;
}

/** Alternating failed and paid invoices per tenant: active → past_due → active …, each a real transition. */
function invoiceEvents(tenants: { customerId: string; subscriptionId: string }[], count: number) {
  const base = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => {
    const t = tenants[i % tenants.length]!;
    const round = Math.floor(i / tenants.length);
    const type = round % 2 === 0 ? 'invoice.payment_failed' : 'invoice.paid';
    return {
      id: `evt_bench_${Date.now().toString(36)}_${i}`, object: 'event', api_version: '2025-10-29.clover', created: base + round, livemode: false,
      pending_webhooks: 1, request: { id: null, idempotency_key: null }, type,
      data: { object: { id: `in_bench_${i}`, object: 'invoice', customer: t.customerId, status: type === 'invoice.paid' ? 'paid' : 'open', attempt_count: 1,
        parent: { type: 'subscription_details', subscription_details: { subscription: t.subscriptionId, metadata: {} } } } },
    };
  });
}

async function postEvent(evt: object) {
  const payload = JSON.stringify(evt);
  const res = await fetch(`${FUNCTIONS_BASE}/stripeWebhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) },
    body: payload,
  });
  if (!res.ok) throw new Error(`stripeWebhook answered ${res.status}: ${await res.text()}`);
}

async function runPool<T>(items: T[], width: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

async function webhookThroughput() {
  // Warm 20 workers (unknown event types are acknowledged without touching a tenant), in steps of 5:
  // starting many emulator workers at once on 2 cores makes some fail to load.
  for (let width = 5; width <= 20; width += 5) {
    await Promise.all(Array.from({ length: width }, (_, i) => postEvent({ id: `evt_warm_${Date.now()}_${width}_${i}`, object: 'event', created: Math.floor(Date.now() / 1000), type: 'bench.warm_up', data: { object: {} } })));
  }
  const results: [string, number][] = [];
  for (const [label, width] of [['sequential', 1], ['20 concurrent', 20]] as const) {
    const tenants = await seedBillingTenants(WEBHOOK_TENANTS, 'active');
    const events = invoiceEvents(tenants, WEBHOOK_EVENTS);
    const start = performance.now();
    await runPool(events, width, postEvent);
    results.push([label, (events.length / (performance.now() - start)) * 1000]);
  }
  console.log('');
  console.log(`Webhook throughput (${WEBHOOK_EVENTS} signed invoice events over ${WEBHOOK_TENANTS} tenants, each a real transition)`);
  for (const [label, perSecond] of results) console.log(`  ${label.padEnd(14)} ${perSecond.toFixed(1)} events/s`);
}

// ---- expireTrials at scale -------------------------------------------------------

const EXPIRE_TOTAL = Number(process.env.BENCH_EXPIRE_TENANTS ?? 10_000);
const EXPIRE_DUE = Number(process.env.BENCH_EXPIRE_DUE ?? 1_000);

async function expireTrialsAtScale() {
  const writer = db.bulkWriter();
  const now = Date.now();
  const run = now.toString(36);
  for (let i = 0; i < EXPIRE_TOTAL; i++) {
    const due = i < EXPIRE_DUE;
    const tenantId = `bench-trial-${run}-${i}`;
    const ownerUid = `bench-owner-${run}-${i}`;
    const at = Timestamp.fromMillis(now - 15 * 86_400_000);
    void writer.set(db.doc(`tenants/${tenantId}`), {
      name: `Bench Trial ${i}`, status: 'trial', plan: 'starter', seatLimit: 5, seatsUsed: 1, pendingInvites: 0,
      // Due trials ended an hour ago; the rest end within the next 13 days.
      trialEndsAt: Timestamp.fromMillis(due ? now - 3_600_000 : now + (1 + (i % 13)) * 86_400_000),
      paymentFailures: 0, features: {}, channel: 'self_serve', subdomain: null, retentionDays: 30, settings: {}, ownerUid,
      pendingOwner: null, goLiveAt: null, dealId: null, createdAt: at, statusChangedAt: at,
    });
    if (due) {
      void writer.set(db.doc(`tenants/${tenantId}/members/${ownerUid}`), { role: 'owner', email: `${ownerUid}@bench.test`, displayName: 'Bench Owner', disabled: false, joinedAt: at });
    }
  }
  await writer.close();
  const start = performance.now();
  const report = await expireTrials({ db, now: () => new Date(), appBaseUrl: 'http://127.0.0.1:5173' });
  const ms = performance.now() - start;
  // Reads: the indexed query's results, then per tenant its transaction's tenant + outbox doc + owner membership.
  // Writes: per expired tenant the status, an audit entry and the conversion email; plus the job record.
  const reads = report.scanned + 3 * report.scanned;
  const writes = 3 * report.expired + 1;
  console.log('');
  console.log(`expireTrials over ${EXPIRE_TOTAL.toLocaleString('en')} trial tenants, ${EXPIRE_DUE.toLocaleString('en')} due`);
  console.log(`  time ${(ms / 1000).toFixed(1)} s; expired ${report.expired}, skipped ${report.skipped}`);
  console.log(`  documents read ${reads.toLocaleString('en')} (the ${(EXPIRE_TOTAL - EXPIRE_DUE).toLocaleString('en')} tenants not due are never read); documents written ${writes.toLocaleString('en')}`);
  if (report.expired !== EXPIRE_DUE) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
