/**
 * The one provisioning core behind both go-to-market motions (SPEC §4):
 * `provisionTenant` (self-serve) and `salesProvisionTenant` (sales) build a
 * `ProvisionRequest` and call `provisionTenant` here.
 *
 * Idempotency without a contended transaction: every Firestore write of a
 * provisioning goes into one batch whose first write `create()`s the
 * idempotency record. A batch is atomic, so either all of tenant,
 * membership, profile, billing record, audit entry, welcome email and
 * idempotency record exist, or none do; and `create()` fails with
 * ALREADY_EXISTS when another call with the same key won. The loser then reads
 * the winner's record and returns the same tenant. Concurrent creates on one
 * document resolve in milliseconds on Firestore, where 20 queued
 * transactions on one document take seconds.
 */
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
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
  type TenantStatus,
} from '@atrium/domain';
import { DomainError } from '../domain-error';
import { welcomeEmail } from '../mail/welcome-email';

export interface ProvisioningDeps {
  db: Firestore;
  now: () => Date;
  appBaseUrl: string;
}

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
  /** Sales only: on or after this date the tenant starts `active`. */
  goLiveAt?: Date;
  subdomain: string | null;
  owner: { uid: string; email: string; displayName: string };
  actor: { uid: string; kind: AuditEntryDoc<unknown>['actorKind'] };
}

/** gRPC status of a `create()` that found the document already there. */
const ALREADY_EXISTS = 6;

export async function provisionTenant(deps: ProvisioningDeps, request: ProvisionRequest): Promise<ProvisionResult> {
  const { db } = deps;
  const now = deps.now();
  const lifecycle = transition(
    'provisioning',
    { type: 'provisioned', channel: request.channel, ...(request.goLiveAt ? { goLiveAt: request.goLiveAt } : {}) },
    now,
  );
  if (!lifecycle.ok) throw new DomainError('failed-precondition', lifecycle.message);

  const requestRef = db.doc(paths.provisioningRequest(request.requestId));
  const tenantRef = db.collection(paths.tenants).doc();
  const tenantId = tenantRef.id;
  const at = Timestamp.fromDate(now);
  const plan = PLANS[request.plan];

  const tenant: TenantDoc<Timestamp> = {
    name: request.tenantName,
    status: lifecycle.to,
    plan: request.plan,
    seatLimit: request.seatLimit,
    seatsUsed: 1,
    pendingInvites: 0,
    trialEndsAt: lifecycle.to === 'trial' ? Timestamp.fromDate(request.trialEndsAt) : null,
    paymentFailures: 0,
    features: { ...plan.features },
    channel: request.channel,
    subdomain: request.subdomain,
    retentionDays: DEFAULT_RETENTION_DAYS,
    settings: {},
    ownerUid: request.owner.uid,
    createdAt: at,
    statusChangedAt: at,
  };
  const member: MemberDoc<Timestamp> = {
    role: 'owner',
    email: request.owner.email,
    displayName: request.owner.displayName,
    disabled: false,
    joinedAt: at,
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
    action: 'tenant.provisioned',
    target: paths.tenant(tenantId),
    details: { channel: request.channel, plan: request.plan, seatLimit: request.seatLimit, status: lifecycle.to },
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
  batch.create(requestRef, record);
  batch.create(tenantRef, tenant);
  batch.create(db.doc(paths.member(tenantId, request.owner.uid)), member);
  batch.set(
    db.doc(paths.user(request.owner.uid)),
    {
      email: request.owner.email,
      displayName: request.owner.displayName,
      tenantIds: FieldValue.arrayUnion(tenantId),
      defaultTenantId: tenantId,
      updatedAt: at,
    },
    { merge: true },
  );
  batch.create(db.doc(paths.billing(tenantId)), billing);
  batch.create(db.collection(paths.auditLog(tenantId)).doc(), audit);
  batch.create(
    db.collection(paths.mail).doc(),
    welcomeEmail({ to: request.owner.email, ownerName: request.owner.displayName, tenant, tenantId, appBaseUrl: deps.appBaseUrl, at }),
  );

  try {
    await batch.commit();
    return { tenantId, status: lifecycle.to, created: true };
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    return existingResult(db, request.requestId);
  }
}

/** The result of the call that won the idempotency record. */
async function existingResult(db: Firestore, requestId: string): Promise<ProvisionResult> {
  const recordSnap = await db.doc(paths.provisioningRequest(requestId)).get();
  const record = recordSnap.data() as ProvisioningRequestDoc<Timestamp> | undefined;
  if (!record) {
    // The record was there a moment ago: a cleanup removed an unfinished tenant. A retry starts afresh.
    throw new DomainError('failed-precondition', 'Your practice is still being set up. Please try again in a moment.');
  }
  const tenantSnap = await db.doc(paths.tenant(record.tenantId)).get();
  const status = (tenantSnap.get('status') as TenantStatus | undefined) ?? 'provisioning';
  return { tenantId: record.tenantId, status, created: false };
}
