/**
 * `purgeCancelled`: a cancelled tenant's data is kept for its
 * `retentionDays` (default 30) after cancellation, so the owner can export
 * it, then deleted with everything that points at it (SPEC §3, §7).
 *
 * Page by page over an indexed query (status, statusChangedAt). The query's
 * cutoff is the shortest retention Atrium allows; each tenant's own
 * retention is checked when it is leased. Safe when two runs overlap: a
 * tenant is leased in a transaction that re-checks status and retention,
 * and every removal is idempotent. The tenant's audit log goes with it, so
 * the run's job record lists what was purged.
 */
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { DAY_MS, DEFAULT_RETENTION_DAYS, paths, type TenantDoc } from '@atrium/domain';
import { billingPaths } from '../billing/billing-paths';

export interface PurgeCancelledDeps {
  db: Firestore;
  now: () => Date;
}

export interface PurgeCancelledReport {
  runId: string;
  scanned: number;
  purged: number;
  /** Still within their retention period. */
  retained: number;
  /** Leased by another run, or no longer cancelled (reactivated by an override). */
  skipped: number;
  purgedTenantIds: string[];
}

/** No tenant keeps less than this; the query starts here and each tenant's own retention decides. */
export const MIN_RETENTION_DAYS = 1;
const LEASE_MS = 10 * 60 * 1000;

export async function purgeCancelled(
  deps: PurgeCancelledDeps,
  options: { pageSize?: number; runId?: string } = {},
): Promise<PurgeCancelledReport> {
  const { db } = deps;
  const pageSize = options.pageSize ?? 50;
  const runId = options.runId ?? db.collection(paths.tenants).doc().id;
  const startedAt = deps.now();
  const report: PurgeCancelledReport = { runId, scanned: 0, purged: 0, retained: 0, skipped: 0, purgedTenantIds: [] };

  let query = db
    .collection(paths.tenants)
    .where('status', '==', 'cancelled')
    .where('statusChangedAt', '<=', Timestamp.fromMillis(startedAt.getTime() - MIN_RETENTION_DAYS * DAY_MS))
    .orderBy('statusChangedAt')
    .limit(pageSize);
  for (;;) {
    const page = await query.get();
    for (const snap of page.docs) {
      report.scanned++;
      const lease = await leaseForPurge(deps, snap.id, runId);
      if (lease === 'retained') report.retained++;
      else if (lease === 'skipped') report.skipped++;
      else {
        await removeTenantData(deps, snap.id, lease);
        report.purged++;
        report.purgedTenantIds.push(snap.id);
      }
    }
    if (page.size < pageSize) break;
    query = query.startAfter(page.docs[page.docs.length - 1]!);
  }

  await db.doc(paths.job(`purgeCancelled-${runId}`)).set({
    job: 'purgeCancelled',
    ...report,
    startedAt: Timestamp.fromDate(startedAt),
    finishedAt: Timestamp.fromDate(deps.now()),
  });
  logger.info('purgeCancelled finished', { ...report, purgedTenantIds: report.purgedTenantIds.length });
  return report;
}

export function retentionEndsAt(tenant: Pick<TenantDoc<Timestamp>, 'statusChangedAt' | 'retentionDays'>): Date {
  return new Date(tenant.statusChangedAt.toMillis() + (tenant.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS);
}

async function leaseForPurge(
  deps: PurgeCancelledDeps,
  tenantId: string,
  runId: string,
): Promise<TenantDoc<Timestamp> | 'retained' | 'skipped'> {
  const ref = deps.db.doc(paths.tenant(tenantId));
  return deps.db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const tenant = snap.data() as (TenantDoc<Timestamp> & { purgeLease?: { runId: string; until: Timestamp } }) | undefined;
    if (!tenant || tenant.status !== 'cancelled') return 'skipped';
    const now = deps.now().getTime();
    if (retentionEndsAt(tenant).getTime() > now) return 'retained';
    const held = tenant.purgeLease;
    if (held && held.runId !== runId && held.until.toMillis() > now) return 'skipped';
    tx.update(ref, { purgeLease: { runId, until: Timestamp.fromMillis(now + LEASE_MS) } });
    return tenant;
  });
}

/** Idempotent: pointers to the tenant first (so nothing dangles if a step fails and a later run resumes), then the tenant tree. */
async function removeTenantData(deps: PurgeCancelledDeps, tenantId: string, tenant: TenantDoc<Timestamp>) {
  const { db } = deps;
  const members = await db.collection(paths.members(tenantId)).get();
  for (const member of members.docs) {
    await db.runTransaction(async (tx) => {
      const userRef = db.doc(paths.user(member.id));
      const user = await tx.get(userRef);
      if (!user.exists) return;
      tx.update(userRef, {
        tenantIds: FieldValue.arrayRemove(tenantId),
        ...(user.get('defaultTenantId') === tenantId ? { defaultTenantId: null } : {}),
      });
    });
  }
  const pointers = [
    tenant.subdomain ? db.doc(paths.subdomainReservation(tenant.subdomain)) : null,
    await stripeCustomerIndex(deps, tenantId),
  ].filter((ref) => ref !== null);
  for (const ref of pointers) {
    await db.runTransaction(async (tx) => {
      const pointer = await tx.get(ref);
      if (pointer.get('tenantId') === tenantId) tx.delete(ref);
    });
  }
  const mail = await db.collection(paths.mail).where('tenantId', '==', tenantId).get();
  await Promise.all(mail.docs.map((d) => d.ref.delete()));
  await db.recursiveDelete(db.doc(paths.tenant(tenantId)));
}

async function stripeCustomerIndex(deps: PurgeCancelledDeps, tenantId: string) {
  const customerId = (await deps.db.doc(paths.billing(tenantId)).get()).get('stripeCustomerId') as string | null | undefined;
  return customerId ? deps.db.doc(billingPaths.stripeCustomer(customerId)) : null;
}
