/**
 * Creates a practice the way production does, for the demo seed and for the
 * browser tests: the owner's account and tenant through the provisioning
 * core, staff memberships, then lifecycle events replayed through the domain
 * state machine until the practice reaches the wanted status.
 * Emulator-only callers: it writes memberships directly with the Admin SDK.
 */
import type { Auth } from 'firebase-admin/auth';
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import {
  PLANS,
  paths,
  provisioningRequestId,
  selfServeTrialEnd,
  transition,
  type LifecycleEvent,
  type MemberDoc,
  type TenantRole,
  type TenantStatus,
} from '@atrium/domain';
import { provisionTenant } from '../../functions/src/provisioning/provision-tenant';
import type { DemoTenant } from '../demo-data';

/** A practice to create: the demo practice's fields (the first member is the owner), plus a password and an optional seat limit. */
export interface PracticeSpec extends Omit<DemoTenant, 'clinic'> {
  password: string;
  /** Seat limit instead of the plan's. */
  seatLimit?: number;
}

export interface SeededMember {
  role: TenantRole;
  uid: string;
  email: string;
  displayName: string;
}

export interface SeededPractice {
  tenantId: string;
  status: TenantStatus;
  /** False when the practice already existed (the seed ran before). */
  created: boolean;
  members: SeededMember[];
}

export async function ensureUser(auth: Auth, email: string, displayName: string, password: string): Promise<string> {
  try {
    return (await auth.getUserByEmail(email)).uid;
  } catch {
    return (await auth.createUser({ email, displayName, password, emailVerified: true })).uid;
  }
}

export async function seedPractice(db: Firestore, auth: Auth, spec: PracticeSpec): Promise<SeededPractice> {
  const [owner, ...staff] = spec.members;
  if (owner?.role !== 'owner') throw new Error(`seedPractice: ${spec.key}: the first member must be the owner`);
  const ownerUid = await ensureUser(auth, owner.email, owner.displayName, spec.password);
  const now = new Date();
  const result = await provisionTenant(
    { db, auth, now: () => now, appBaseUrl: 'http://127.0.0.1:5173' },
    {
      requestId: provisioningRequestId.selfServe(ownerUid),
      idempotencyKey: `demo-${spec.key}`,
      channel: 'self_serve',
      billingMode: 'subscription',
      tenantName: spec.name,
      plan: spec.plan,
      seatLimit: spec.seatLimit ?? PLANS[spec.plan].seatLimit,
      trialEndsAt: selfServeTrialEnd(now),
      goLiveAt: null,
      dealId: null,
      subdomain: null,
      owner: { kind: 'signer', uid: ownerUid, email: owner.email, displayName: owner.displayName },
      actor: { uid: ownerUid, kind: 'user' },
    },
  );
  const { tenantId } = result;
  const members: SeededMember[] = [{ role: 'owner', uid: ownerUid, email: owner.email, displayName: owner.displayName }];
  for (const member of staff) {
    const uid = await ensureUser(auth, member.email, member.displayName, spec.password);
    members.push({ role: member.role, uid, email: member.email, displayName: member.displayName });
  }
  if (!result.created) return { tenantId, status: result.status, created: false, members };

  for (const member of members.slice(1)) {
    const doc: MemberDoc<Timestamp> = { role: member.role, email: member.email, displayName: member.displayName, disabled: false, joinedAt: Timestamp.now() };
    await db.doc(paths.member(tenantId, member.uid)).set(doc);
    await db.doc(paths.user(member.uid)).set(
      { email: member.email, displayName: member.displayName, tenantIds: FieldValue.arrayUnion(tenantId), defaultTenantId: tenantId, updatedAt: Timestamp.now() },
      { merge: true },
    );
  }
  await db.doc(paths.tenant(tenantId)).update({ seatsUsed: members.length });

  let status: TenantStatus = result.status;
  for (const event of spec.events) {
    const step = transition(status, event, new Date());
    if (!step.ok) throw new Error(`seedPractice: ${spec.key}: ${step.message}`);
    status = step.to;
    await db.collection(paths.auditLog(tenantId)).add({
      actorUid: null,
      actorKind: 'system',
      action: 'tenant.status_changed',
      target: paths.tenant(tenantId),
      details: { from: step.from, to: step.to, event: step.event, seeded: true },
      at: Timestamp.fromDate(step.at),
    });
  }
  if (status !== spec.expectedStatus) throw new Error(`seedPractice: ${spec.key} reached ${status}, expected ${spec.expectedStatus}`);
  await db.doc(paths.tenant(tenantId)).update({
    status,
    statusChangedAt: Timestamp.now(),
    paymentFailures: spec.paymentFailures ?? 0,
    ...(status === 'trial_expired' ? { trialEndsAt: Timestamp.fromMillis(Date.now() - 60_000) } : {}),
    ...(status !== 'trial' && status !== 'trial_expired' ? { trialEndsAt: null } : {}),
  });
  return { tenantId, status, created: true, members };
}

const paid: LifecycleEvent = { type: 'payment_succeeded' };
const failed: LifecycleEvent = { type: 'payment_failed' };

/** The lifecycle events that take a fresh self-serve trial to `status` (and the payment failures it then has). */
export function eventsToReach(status: Exclude<TenantStatus, 'provisioning'>): { events: LifecycleEvent[]; paymentFailures: number } {
  switch (status) {
    case 'trial':
      return { events: [], paymentFailures: 0 };
    case 'trial_expired':
      return { events: [{ type: 'trial_ended', trialEndsAt: new Date(0) }], paymentFailures: 0 };
    case 'active':
      return { events: [paid], paymentFailures: 0 };
    case 'past_due':
      return { events: [paid, failed], paymentFailures: 1 };
    case 'suspended':
      return { events: [paid, failed, { type: 'payment_retries_exhausted' }], paymentFailures: 3 };
    case 'cancelled':
      return { events: [paid, { type: 'subscription_deleted' }], paymentFailures: 0 };
  }
}
