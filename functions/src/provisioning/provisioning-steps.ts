/**
 * The provisioning steps outside the first batch, for a tenant whose owner is
 * named by a sales rep. Each step is idempotent, so a retry of the callable
 * or a `cleanupOrphans` run can repeat them all from the start:
 *
 *   owner_account  find or create the named admin's Auth user; write their
 *                  owner membership and profile
 *   sign_in_link   queue one sign-in-link email (fixed outbox id, `create()`)
 *   finalized      provisioning → trial/active through the state machine,
 *                  with `statusChangedAt` and an audit entry, once
 */
import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import { paths, transition, type MemberDoc, type TenantDoc, type TenantStatus } from '@atrium/domain';
import { DomainError } from '../domain-error';
import { ownerSignInEmail } from '../mail/owner-sign-in-email';
import type { ProvisioningDeps } from './provision-tenant';

export const PROVISIONING_STEPS = ['tenant_written', 'owner_account', 'sign_in_link', 'finalized'] as const;
export type ProvisioningStep = (typeof PROVISIONING_STEPS)[number];

const ALREADY_EXISTS = 6;

function checkpoint(deps: ProvisioningDeps, step: ProvisioningStep) {
  if (deps.failAfter === step) throw new Error(`injected fault after ${step}`);
}

async function readTenant(deps: ProvisioningDeps, tenantId: string) {
  const snap = await deps.db.doc(paths.tenant(tenantId)).get();
  if (!snap.exists) throw new DomainError('not-found', 'This practice no longer exists.');
  return snap.data() as TenantDoc<Timestamp>;
}

/** Runs every step that has not finished; answers the tenant's status afterwards. */
export async function resumeProvisioning(deps: ProvisioningDeps, tenantId: string): Promise<TenantStatus> {
  const tenant = await readTenant(deps, tenantId);
  if (tenant.status !== 'provisioning') return tenant.status;
  const owner = tenant.pendingOwner;
  if (!owner) throw new Error(`tenant ${tenantId} is provisioning without a pending owner`);

  const uid = await ensureOwnerAccount(deps, tenantId, owner);
  checkpoint(deps, 'owner_account');
  await queueSignInLink(deps, tenantId, tenant, owner);
  checkpoint(deps, 'sign_in_link');
  const status = await finalize(deps, tenantId, uid);
  checkpoint(deps, 'finalized');
  return status;
}

async function ensureOwnerAccount(deps: ProvisioningDeps, tenantId: string, owner: { email: string; displayName: string }) {
  const { auth, db } = deps;
  let uid: string;
  try {
    uid = (await auth.getUserByEmail(owner.email)).uid;
  } catch (error) {
    if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
    try {
      uid = (await auth.createUser({ email: owner.email, displayName: owner.displayName, emailVerified: false })).uid;
    } catch (createError) {
      // Two resumptions raced to create the same user; the other one won.
      if ((createError as { code?: string }).code !== 'auth/email-already-exists') throw createError;
      uid = (await auth.getUserByEmail(owner.email)).uid;
    }
  }
  const at = Timestamp.fromDate(deps.now());
  const member: MemberDoc<Timestamp> = { role: 'owner', email: owner.email, displayName: owner.displayName, disabled: false, joinedAt: at };
  const batch = db.batch();
  batch.set(db.doc(paths.member(tenantId, uid)), member);
  batch.set(
    db.doc(paths.user(uid)),
    { email: owner.email, displayName: owner.displayName, tenantIds: FieldValue.arrayUnion(tenantId), defaultTenantId: tenantId, updatedAt: at },
    { merge: true },
  );
  batch.update(db.doc(paths.tenant(tenantId)), { ownerUid: uid, seatsUsed: 1 });
  await batch.commit();
  return uid;
}

async function queueSignInLink(
  deps: ProvisioningDeps,
  tenantId: string,
  tenant: TenantDoc<Timestamp>,
  owner: { email: string; displayName: string },
) {
  const ref = deps.db.doc(`${paths.mail}/provisioning-sign-in-${tenantId}`);
  if ((await ref.get()).exists) return;
  const base = deps.appBaseUrl.replace(/\/$/, '');
  const link = await deps.auth.generateSignInWithEmailLink(owner.email, { url: `${base}/signin/link`, handleCodeInApp: true });
  const mail = ownerSignInEmail({
    to: owner.email,
    ownerName: owner.displayName,
    tenantName: tenant.name,
    tenantId,
    link,
    at: Timestamp.fromDate(deps.now()),
  });
  try {
    await ref.create(mail);
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
  }
}

/** provisioning → trial (or active after go-live), exactly once. */
async function finalize(deps: ProvisioningDeps, tenantId: string, ownerUid: string): Promise<TenantStatus> {
  const { db } = deps;
  const ref = db.doc(paths.tenant(tenantId));
  return db.runTransaction(async (tx: Transaction) => {
    const snap = await tx.get(ref);
    const tenant = snap.data() as TenantDoc<Timestamp> | undefined;
    if (!tenant) throw new DomainError('not-found', 'This practice no longer exists.');
    if (tenant.status !== 'provisioning') return tenant.status;
    const now = deps.now();
    const next = transition(
      'provisioning',
      { type: 'provisioned', channel: tenant.channel, ...(tenant.goLiveAt ? { goLiveAt: tenant.goLiveAt.toDate() } : {}) },
      now,
    );
    if (!next.ok) throw new DomainError('failed-precondition', next.message);
    const at = Timestamp.fromDate(now);
    tx.update(ref, {
      status: next.to,
      statusChangedAt: at,
      pendingOwner: null,
      ...(next.to === 'active' ? { trialEndsAt: null } : {}),
    });
    tx.create(db.collection(paths.auditLog(tenantId)).doc(), {
      actorUid: null,
      actorKind: 'system',
      action: 'tenant.provisioned',
      target: paths.tenant(tenantId),
      details: { from: next.from, to: next.to, ownerUid },
      at,
    });
    return next.to;
  });
}
