/**
 * A super admin's audited lifecycle override (SPEC §3): extend a trial or set
 * a status. The domain decides (`trialExtension`, `statusOverride`, both
 * through `transition`); this module reads the tenant, applies the decision
 * and writes the audit entry in one Firestore transaction, so a refused
 * override writes nothing and an applied one is never unaudited.
 *
 * An override to `trial_expired` queues the conversion email as the
 * trial-expiry job does (same deterministic outbox id, so never twice), for
 * self-serve tenants only: a contracted tenant has nothing to check out.
 */
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import {
  paths,
  statusOverride,
  trialEndForDate,
  trialExtension,
  type MemberDoc,
  type OverrideSubject,
  type OverrideTenantLifecycleInput,
  type OverrideTenantLifecycleResult,
  type PlatformRole,
  type TenantDoc,
} from '@atrium/domain';
import { writeAudit } from '../audit/audit-log';
import { DomainError } from '../domain-error';
import { trialExpiredMailId } from '../jobs/expire-trials';
import { trialExpiredEmail } from '../jobs/trial-expired-email';

export interface LifecycleOverrideDeps {
  db: Firestore;
  now: () => Date;
  appBaseUrl: string;
}

export type LifecycleOverrideRequest = OverrideTenantLifecycleInput & {
  actor: { uid: string; platformRole: PlatformRole | null };
};

export const AUDIT_ACTIONS = { trialExtended: 'tenant.trial_extended', statusOverridden: 'tenant.status_overridden' } as const;

/** The tenant document queues behind webhooks and team changes; the default 5 attempts is too few on the emulator. */
const TRANSACTION_OPTIONS = { maxAttempts: 10 } as const;

const toDate = (t: Timestamp | null | undefined): Date | null => (t ? t.toDate() : null);

export async function overrideTenantLifecycle(
  deps: LifecycleOverrideDeps,
  request: LifecycleOverrideRequest,
): Promise<OverrideTenantLifecycleResult> {
  const { db } = deps;
  const { tenantId } = request;
  const tenantRef = db.doc(paths.tenant(tenantId));

  return db.runTransaction(async (tx) => {
    const tenant = (await tx.get(tenantRef)).data() as TenantDoc<Timestamp> | undefined;
    if (!tenant) throw new DomainError('not-found', 'There is no practice with that id.');

    const now = deps.now();
    const subject: OverrideSubject = {
      status: tenant.status,
      channel: tenant.channel,
      trialEndsAt: toDate(tenant.trialEndsAt),
      goLiveAt: toDate(tenant.goLiveAt),
    };
    const by = { actorPlatformRole: request.actor.platformRole, reason: request.reason };
    const decision =
      request.action === 'extend_trial'
        ? trialExtension(subject, trialEndForDate(request.trialEndsAt), now, by)
        : statusOverride(subject, request.status, now, by);
    if (!decision.ok) {
      throw new DomainError(decision.refusal === 'not_authorised' ? 'permission-denied' : 'failed-precondition', decision.message, {
        refusal: decision.refusal,
      });
    }

    const at = Timestamp.fromDate(now);
    const trialEndsAt = decision.trialEndsAt ? Timestamp.fromDate(decision.trialEndsAt) : null;
    const to = decision.transition?.to ?? tenant.status;

    // Reads for the conversion email come before any write, as transactions require.
    let conversionEmail: ReturnType<typeof trialExpiredEmail> | null = null;
    const mailRef = db.collection(paths.mail).doc(trialExpiredMailId(tenantId));
    if (to === 'trial_expired' && tenant.channel === 'self_serve' && tenant.ownerUid) {
      const [mailSnap, ownerSnap] = await tx.getAll(mailRef, db.doc(paths.member(tenantId, tenant.ownerUid)));
      const owner = ownerSnap!.data() as MemberDoc<Timestamp> | undefined;
      if (!mailSnap!.exists && owner?.email) {
        conversionEmail = trialExpiredEmail({ to: owner.email, ownerName: owner.displayName, tenant, tenantId, appBaseUrl: deps.appBaseUrl, at });
      }
    }

    const update: Record<string, unknown> = {};
    if (decision.transition) {
      update.status = to;
      update.statusChangedAt = at;
    }
    if (request.action === 'extend_trial') update.trialEndsAt = trialEndsAt;
    if (decision.resetPaymentFailures && (tenant.paymentFailures ?? 0) !== 0) update.paymentFailures = 0;
    tx.update(tenantRef, update);

    writeAudit(
      tx,
      db,
      tenantId,
      {
        actorUid: request.actor.uid,
        actorKind: 'platform',
        action: request.action === 'extend_trial' ? AUDIT_ACTIONS.trialExtended : AUDIT_ACTIONS.statusOverridden,
        target: tenantRef.path,
        details: {
          from: tenant.status,
          to,
          reason: request.reason,
          previousTrialEndsAt: tenant.trialEndsAt ?? null,
          trialEndsAt,
          ...(decision.transition ? { event: decision.transition.event } : {}),
          ...('paymentFailures' in update ? { previousPaymentFailures: tenant.paymentFailures } : {}),
        },
      },
      at,
    );
    if (conversionEmail) tx.create(mailRef, conversionEmail);

    return { tenantId, status: to, trialEndsAt: trialEndsAt ? trialEndsAt.toDate().toISOString() : null };
  }, TRANSACTION_OPTIONS);
}
