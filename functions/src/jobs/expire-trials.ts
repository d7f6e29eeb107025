/**
 * `expireTrials`: trials past `trialEndsAt` move to `trial_expired` and the
 * conversion email is queued (SPEC §3, §7). A contracted (sales) tenant's
 * trial ends at its go-live date, when it becomes `active` instead
 * (`dueTrialEvent`).
 *
 * Page by page over an indexed query (status, trialEndsAt). Safe when two
 * runs overlap: each tenant moves in its own transaction that re-reads the
 * status, and the email is created in that same transaction under the
 * deterministic id `trial-expired-${tenantId}`, so a tenant is expired, and
 * emailed, exactly once.
 */
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { dueTrialEvent, paths, transition, type AuditEntryDoc, type MemberDoc, type TenantDoc } from '@atrium/domain';
import { trialExpiredEmail } from './trial-expired-email';

export interface ExpireTrialsDeps {
  db: Firestore;
  now: () => Date;
  appBaseUrl: string;
}

export interface ExpireTrialsReport {
  runId: string;
  /** Due trials the query returned. */
  scanned: number;
  /** Moved to `trial_expired` by this run. */
  expired: number;
  /** Contracted tenants moved to `active` at their go-live date by this run. */
  wentLive: number;
  /** Already handled (another run, a payment) by the time this run got to them. */
  skipped: number;
  /** Expired, but with no owner address to send the conversion email to. */
  withoutEmail: number;
}

export const trialExpiredMailId = (tenantId: string) => `trial-expired-${tenantId}`;

export async function expireTrials(
  deps: ExpireTrialsDeps,
  options: { pageSize?: number; runId?: string } = {},
): Promise<ExpireTrialsReport> {
  const { db } = deps;
  const pageSize = options.pageSize ?? 100;
  const runId = options.runId ?? db.collection(paths.tenants).doc().id;
  const startedAt = deps.now();
  const report: ExpireTrialsReport = { runId, scanned: 0, expired: 0, wentLive: 0, skipped: 0, withoutEmail: 0 };

  let query = db
    .collection(paths.tenants)
    .where('status', '==', 'trial')
    .where('trialEndsAt', '<=', Timestamp.fromDate(startedAt))
    .orderBy('trialEndsAt')
    .limit(pageSize);
  for (;;) {
    const page = await query.get();
    for (const snap of page.docs) {
      report.scanned++;
      const outcome = await expireOne(deps, snap.id);
      if (outcome === 'skipped') report.skipped++;
      else if (outcome === 'went_live') report.wentLive++;
      else {
        report.expired++;
        if (outcome === 'expired_without_email') report.withoutEmail++;
      }
    }
    if (page.size < pageSize) break;
    query = query.startAfter(page.docs[page.docs.length - 1]!);
  }

  await db.doc(paths.job(`expireTrials-${runId}`)).set({
    job: 'expireTrials',
    ...report,
    startedAt: Timestamp.fromDate(startedAt),
    finishedAt: Timestamp.fromDate(deps.now()),
  });
  logger.info('expireTrials finished', report);
  return report;
}

async function expireOne(
  deps: ExpireTrialsDeps,
  tenantId: string,
): Promise<'expired' | 'expired_without_email' | 'went_live' | 'skipped'> {
  const { db } = deps;
  const tenantRef = db.doc(paths.tenant(tenantId));
  const mailRef = db.collection(paths.mail).doc(trialExpiredMailId(tenantId));
  return db.runTransaction(
    async (tx) => {
      const [tenantSnap, mailSnap] = await tx.getAll(tenantRef, mailRef);
      const tenant = tenantSnap!.data() as TenantDoc<Timestamp> | undefined;
      if (!tenant || !tenant.trialEndsAt) return 'skipped';
      const now = deps.now();
      // Re-checked inside the transaction: another run or a payment may have moved the tenant since the query.
      const event = dueTrialEvent({
        channel: tenant.channel,
        trialEndsAt: tenant.trialEndsAt.toDate(),
        goLiveAt: tenant.goLiveAt ? tenant.goLiveAt.toDate() : null,
      });
      const result = transition(tenant.status, event, now);
      if (!result.ok) return 'skipped';

      const owner = tenant.ownerUid
        ? ((await tx.get(db.doc(paths.member(tenantId, tenant.ownerUid)))).data() as MemberDoc<Timestamp> | undefined)
        : undefined;
      const at = Timestamp.fromDate(now);
      tx.update(tenantRef, { status: result.to, statusChangedAt: at, ...(result.to === 'active' ? { trialEndsAt: null } : {}) });
      const audit: AuditEntryDoc<Timestamp> = {
        actorUid: null,
        actorKind: 'system',
        action: 'tenant.status_changed',
        target: paths.tenant(tenantId),
        details: { from: result.from, to: result.to, event: result.event, job: 'expireTrials', trialEndsAt: tenant.trialEndsAt },
        at,
      };
      tx.create(db.collection(paths.auditLog(tenantId)).doc(), audit);
      if (result.to === 'active') return 'went_live';
      if (!owner?.email) return 'expired_without_email';
      if (!mailSnap!.exists) {
        tx.create(
          mailRef,
          trialExpiredEmail({ to: owner.email, ownerName: owner.displayName, tenant, tenantId, appBaseUrl: deps.appBaseUrl, at }),
        );
      }
      return 'expired';
    },
    { maxAttempts: 10 },
  );
}
