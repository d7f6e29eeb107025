/**
 * `npm run bench`: Atrium's speed and cost report, run inside the emulators.
 *
 * Provisioning latency through the deployed callable (the way the web app
 * calls it: HTTP + ID token), next to a baseline callable doing one
 * Firestore write, sequential and concurrent; then the idempotency race.
 * Numbers are from the emulators on this machine: they compare Atrium's
 * code paths with each other, not with production Firestore.
 */
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';

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
  console.log(`Atrium bench — ${new Date().toISOString()} — ${cpus().length} cores, Node ${process.version}, emulators (project ${PROJECT})\n`);
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
