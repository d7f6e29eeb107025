/**
 * Seeds the running emulators with the demo data (scripts/demo-data.ts) and
 * prints how to sign in. Safe to run twice: users and tenants are found, not
 * duplicated. Refuses to run against anything but the emulators.
 *
 *   npm run seed   (inside `npm start`, which runs it for you)
 */
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, Timestamp, getFirestore } from 'firebase-admin/firestore';
import {
  PLANS,
  ROLE_LABELS,
  paths,
  provisioningRequestId,
  selfServeTrialEnd,
  transition,
  type MemberDoc,
  type TenantStatus,
} from '@atrium/domain';
import { provisionTenant } from '../functions/src/provisioning/provision-tenant';
import { DEMO_PASSWORD, DEMO_PLATFORM_USERS, DEMO_TENANTS, type DemoTenant } from './demo-data';

if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
  console.error('seed: run inside the emulators (npm start does this); refusing to touch a real project.');
  process.exit(1);
}

const app = getApps()[0] ?? initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? 'demo-atrium' });
const db = getFirestore(app);
const auth = getAuth(app);

async function ensureUser(email: string, displayName: string): Promise<string> {
  try {
    return (await auth.getUserByEmail(email)).uid;
  } catch {
    return (await auth.createUser({ email, displayName, password: DEMO_PASSWORD, emailVerified: true })).uid;
  }
}

async function seedTenant(demo: DemoTenant): Promise<{ tenantId: string; status: TenantStatus }> {
  const [owner, ...staff] = demo.members;
  const ownerUid = await ensureUser(owner!.email, owner!.displayName);
  const now = new Date();
  const result = await provisionTenant(
    { db, auth, now: () => now, appBaseUrl: 'http://127.0.0.1:5173' },
    {
      requestId: provisioningRequestId.selfServe(ownerUid),
      idempotencyKey: `demo-${demo.key}`,
      channel: 'self_serve',
      billingMode: 'subscription',
      tenantName: demo.name,
      plan: demo.plan,
      seatLimit: PLANS[demo.plan].seatLimit,
      trialEndsAt: selfServeTrialEnd(now),
      goLiveAt: null,
      dealId: null,
      subdomain: null,
      owner: { kind: 'signer', uid: ownerUid, email: owner!.email, displayName: owner!.displayName },
      actor: { uid: ownerUid, kind: 'user' },
    },
  );
  const { tenantId } = result;
  if (!result.created) return { tenantId, status: result.status };

  for (const member of staff) {
    const uid = await ensureUser(member.email, member.displayName);
    const doc: MemberDoc<Timestamp> = { role: member.role, email: member.email, displayName: member.displayName, disabled: false, joinedAt: Timestamp.now() };
    await db.doc(paths.member(tenantId, uid)).set(doc);
    await db.doc(paths.user(uid)).set(
      { email: member.email, displayName: member.displayName, tenantIds: FieldValue.arrayUnion(tenantId), defaultTenantId: tenantId, updatedAt: Timestamp.now() },
      { merge: true },
    );
  }
  await db.doc(paths.tenant(tenantId)).update({ seatsUsed: demo.members.length });

  let status: TenantStatus = result.status;
  for (const event of demo.events) {
    const step = transition(status, event, new Date());
    if (!step.ok) throw new Error(`seed: ${demo.key}: ${step.message}`);
    status = step.to;
    await db.collection(paths.auditLog(tenantId)).add({
      actorUid: null,
      actorKind: 'system',
      action: 'tenant.status_changed',
      target: paths.tenant(tenantId),
      details: { from: step.from, to: step.to, event: step.event, demo: true },
      at: Timestamp.fromDate(step.at),
    });
  }
  if (status !== demo.expectedStatus) throw new Error(`seed: ${demo.key} reached ${status}, expected ${demo.expectedStatus}`);
  await db.doc(paths.tenant(tenantId)).update({
    status,
    statusChangedAt: Timestamp.now(),
    paymentFailures: demo.paymentFailures ?? 0,
    ...(status === 'trial_expired' ? { trialEndsAt: Timestamp.fromMillis(Date.now() - 60_000) } : {}),
    ...(status !== 'trial' && status !== 'trial_expired' ? { trialEndsAt: null } : {}),
  });
  return { tenantId, status };
}

async function main() {
  const rows: string[][] = [];
  for (const demo of DEMO_TENANTS) {
    const { status } = await seedTenant(demo);
    for (const m of demo.members) rows.push([m.email, ROLE_LABELS[m.role], demo.name, status]);
  }
  for (const p of DEMO_PLATFORM_USERS) {
    const uid = await ensureUser(p.email, p.displayName);
    await auth.setCustomUserClaims(uid, { platformRole: p.platformRole });
    rows.push([p.email, ROLE_LABELS[p.platformRole], '(platform)', '']);
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\nDemo users (password for all: ${DEMO_PASSWORD})\n`);
  console.log(line(['email', 'role', 'practice', 'status']));
  for (const r of rows) console.log(line(r));
  console.log('');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
