/**
 * The one provisioning core behind both go-to-market motions (SPEC §4):
 * `provisionTenant` (self-serve) and `salesProvisionTenant` (sales) each
 * build a `ProvisionRequest` and call `provisionTenant` here.
 *
 * Idempotency without a contended transaction: every Firestore write of a
 * provisioning goes into one batch whose first write `create()`s the
 * idempotency record. A batch is atomic, so either everything exists or
 * nothing does; and `create()` fails with ALREADY_EXISTS when another call
 * with the same key won. The loser reads the winner's record and returns the
 * same tenant. Concurrent creates on one document resolve in milliseconds,
 * where transactions queued on one document take seconds on the emulator.
 *
 * A self-serve signer is the owner, so their tenant is complete after the
 * batch (status `trial`). A sales tenant's named admin may not have an
 * account yet: the batch leaves it in `provisioning` and the resumable steps
 * in provisioning-steps.ts finish it. A retry with the same key resumes them;
 * `cleanupOrphans` finishes or removes what is still stuck after 30 minutes.
 */
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import type { Auth } from 'firebase-admin/auth';
import {
  DEFAULT_RETENTION_DAYS,
  PLANS,
  paths,
  transition,
  type AuditEntryDoc,
  type BillingDoc,
  type BillingMode,
  type Channel,
  type MemberDoc,
  type PlanId,
  type ProvisionResult,
  type ProvisioningRequestDoc,
  type TenantDoc,
} from '@atrium/domain';
import { DomainError } from '../domain-error';
import { welcomeEmail } from '../mail/welcome-email';
import { resumeProvisioning, type ProvisioningStep } from './provisioning-steps';

export interface ProvisioningDeps {
  db: Firestore;
  auth: Auth;
  now: () => Date;
  appBaseUrl: string;
  /**
   * Test-only fault injection: throw right after the named step. Production
   * wiring (functions/src/index.ts) never passes it; tests call the core
   * directly with it to prove that cleanup and retries recover.
   */
  failAfter?: ProvisioningStep;
}

/** The signer of a self-serve signup, or the admin a sales rep names. */
export type ProvisionOwner =
  | { kind: 'signer'; uid: string; email: string; displayName: string }
  | { kind: 'named'; email: string; displayName: string };

export interface ProvisionRequest {
  /** Idempotency record id (see `provisioningRequestId`). */
  requestId: string;
  idempotencyKey: string;
  channel: Channel;
  billingMode: BillingMode;
  tenantName: string;
  plan: PlanId;
  seatLimit: number;
  /** Self-serve: signup + 14 days. Sales: the go-live date. */
  trialEndsAt: Date;
  /** Sales only: from this date the tenant is `active`. */
  goLiveAt: Date | null;
  dealId: string | null;
  subdomain: string | null;
  owner: ProvisionOwner;
  actor: { uid: string; kind: AuditEntryDoc<unknown>['actorKind'] };
}

/** gRPC status of a `create()` that found the document already there. */
const ALREADY_EXISTS = 6;

export async function provisionTenant(deps: ProvisioningDeps, request: ProvisionRequest): Promise<ProvisionResult> {
  const { db } = deps;
  const now = deps.now();
  const at = Timestamp.fromDate(now);
  const tenantRef = db.collection(paths.tenants).doc();
  const tenantId = tenantRef.id;
  const plan = PLANS[request.plan];
  const signer = request.owner.kind === 'signer' ? request.owner : null;

  // A signer-owned tenant is complete in the batch; a named owner's waits in `provisioning`.
  let status: TenantDoc<Timestamp>['status'] = 'provisioning';
  if (signer) {
    const provisioned = transition('provisioning', { type: 'provisioned', channel: request.channel, ...(request.goLiveAt ? { goLiveAt: request.goLiveAt } : {}) }, now);
    if (!provisioned.ok) throw new DomainError('failed-precondition', provisioned.message);
    status = provisioned.to;
  }

  const tenant: TenantDoc<Timestamp> = {
    name: request.tenantName,
    status,
    plan: request.plan,
    seatLimit: request.seatLimit,
    seatsUsed: signer ? 1 : 0,
    pendingInvites: 0,
    trialEndsAt: status === 'active' ? null : Timestamp.fromDate(request.trialEndsAt),
    paymentFailures: 0,
    features: { ...plan.features },
    channel: request.channel,
    subdomain: request.subdomain,
    retentionDays: DEFAULT_RETENTION_DAYS,
    settings: {},
    ownerUid: signer?.uid ?? null,
    pendingOwner: signer ? null : { email: request.owner.email, displayName: request.owner.displayName },
    goLiveAt: request.goLiveAt ? Timestamp.fromDate(request.goLiveAt) : null,
    dealId: request.dealId,
    createdAt: at,
    statusChangedAt: at,
  };
  const billing: BillingDoc<Timestamp> = {
    mode: request.billingMode,
    plan: request.plan,
    stripeCustomerId: null,
    stripeSubscriptionId: null,
    lastEventAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const audit: AuditEntryDoc<Timestamp> = {
    actorUid: request.actor.uid,
    actorKind: request.actor.kind,
    action: signer ? 'tenant.provisioned' : 'tenant.provisioning_started',
    target: paths.tenant(tenantId),
    details: { channel: request.channel, plan: request.plan, seatLimit: request.seatLimit, status, dealId: request.dealId },
    at,
  };
  const record: ProvisioningRequestDoc<Timestamp> = {
    tenantId,
    channel: request.channel,
    requestedBy: request.actor.uid,
    idempotencyKey: request.idempotencyKey,
    createdAt: at,
  };

  const batch = db.batch();
  batch.create(db.doc(paths.provisioningRequest(request.requestId)), record);
  if (request.subdomain) {
    batch.create(db.doc(paths.subdomainReservation(request.subdomain)), { tenantId, kind: 'subdomain', createdAt: at });
  }
  batch.create(tenantRef, tenant);
  batch.create(db.doc(paths.billing(tenantId)), billing);
  batch.create(db.collection(paths.auditLog(tenantId)).doc(), audit);
  if (signer) {
    const member: MemberDoc<Timestamp> = { role: 'owner', email: signer.email, displayName: signer.displayName, disabled: false, joinedAt: at };
    batch.create(db.doc(paths.member(tenantId, signer.uid)), member);
    batch.set(
      db.doc(paths.user(signer.uid)),
      { email: signer.email, displayName: signer.displayName, tenantIds: FieldValue.arrayUnion(tenantId), defaultTenantId: tenantId, updatedAt: at },
      { merge: true },
    );
    batch.create(
      db.collection(paths.mail).doc(),
      welcomeEmail({ to: signer.email, ownerName: signer.displayName, tenant, tenantId, appBaseUrl: deps.appBaseUrl, at }),
    );
  }

  try {
    await batch.commit();
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    return existingResult(deps, request);
  }
  if (deps.failAfter === 'tenant_written') throw new Error('injected fault after tenant_written');
  if (signer) return { tenantId, status, created: true };
  const finished = await resumeProvisioning(deps, tenantId);
  return { tenantId, status: finished, created: true };
}

/**
 * Another call with the same key won (or an earlier attempt did). Return its
 * tenant, resuming its steps if they did not finish. If the key is free, the
 * batch failed on the subdomain: someone else's tenant holds it.
 */
async function existingResult(deps: ProvisioningDeps, request: ProvisionRequest): Promise<ProvisionResult> {
  const recordSnap = await deps.db.doc(paths.provisioningRequest(request.requestId)).get();
  const record = recordSnap.data() as ProvisioningRequestDoc<Timestamp> | undefined;
  if (!record) {
    if (request.subdomain) {
      throw new DomainError('already-exists', `The subdomain "${request.subdomain}" is already taken by another practice.`, {
        field: 'subdomain',
      });
    }
    // The record was there a moment ago: cleanup is removing an unfinished tenant.
    throw new DomainError('failed-precondition', 'Your practice is still being set up. Please try again in a moment.');
  }
  const tenantSnap = await deps.db.doc(paths.tenant(record.tenantId)).get();
  if (!tenantSnap.exists) {
    throw new DomainError('failed-precondition', 'Your practice is still being set up. Please try again in a moment.');
  }
  const status = tenantSnap.get('status') as TenantDoc<Timestamp>['status'];
  if (status !== 'provisioning') return { tenantId: record.tenantId, status, created: false };
  return { tenantId: record.tenantId, status: await resumeProvisioning(deps, record.tenantId), created: false };
}
