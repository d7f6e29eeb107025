/**
 * `cleanupOrphans`: tenants stuck in `provisioning` for more than 30 minutes
 * (a step outside Firestore failed and nobody retried) are finished when the
 * steps now succeed, or removed with everything provisioning wrote.
 *
 * Page by page over an indexed query (status, createdAt). Safe when two runs
 * overlap: each tenant is leased in a transaction before it is touched, and
 * every step and every removal is idempotent.
 */
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { paths, provisioningRequestId, type TenantDoc } from '@atrium/domain';
import type { ProvisioningDeps } from './provision-tenant';
import { resumeProvisioning } from './provisioning-steps';

export const ORPHAN_AGE_MS = 30 * 60 * 1000;
const LEASE_MS = 10 * 60 * 1000;

export interface CleanupReport {
  runId: string;
  scanned: number;
  completed: number;
  removed: number;
  skipped: number;
}

export async function cleanupOrphans(
  deps: ProvisioningDeps,
  options: { pageSize?: number; runId?: string } = {},
): Promise<CleanupReport> {
  const { db } = deps;
  const pageSize = options.pageSize ?? 50;
  const runId = options.runId ?? db.collection(paths.tenants).doc().id;
  const startedAt = deps.now();
  const cutoff = Timestamp.fromMillis(startedAt.getTime() - ORPHAN_AGE_MS);
  const report: CleanupReport = { runId, scanned: 0, completed: 0, removed: 0, skipped: 0 };

  let query = db
    .collection(paths.tenants)
    .where('status', '==', 'provisioning')
    .where('createdAt', '<', cutoff)
    .orderBy('createdAt')
    .limit(pageSize);
  for (;;) {
    const page = await query.get();
    for (const snap of page.docs) {
      report.scanned++;
      if (!(await lease(deps, snap.id, runId))) {
        report.skipped++;
        continue;
      }
      try {
        await resumeProvisioning({ ...deps, failAfter: undefined }, snap.id);
        report.completed++;
      } catch (error) {
        logger.warn(`cleanupOrphans: could not finish tenant ${snap.id}; removing it`, error);
        await removeTenant(deps, snap.id, snap.data() as TenantDoc<Timestamp>);
        report.removed++;
      }
    }
    if (page.size < pageSize) break;
    query = query.startAfter(page.docs[page.docs.length - 1]!);
  }

  await db.doc(paths.job(`cleanupOrphans-${runId}`)).set({
    job: 'cleanupOrphans',
    ...report,
    startedAt: Timestamp.fromDate(startedAt),
    finishedAt: Timestamp.fromDate(deps.now()),
  });
  logger.info('cleanupOrphans finished', report);
  return report;
}

/** Claims a stuck tenant for this run; false when another live run holds it or it is no longer stuck. */
async function lease(deps: ProvisioningDeps, tenantId: string, runId: string): Promise<boolean> {
  const ref = deps.db.doc(paths.tenant(tenantId));
  return deps.db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const tenant = snap.data() as TenantDoc<Timestamp> | undefined;
    if (!tenant || tenant.status !== 'provisioning') return false;
    const now = deps.now().getTime();
    const held = tenant.cleanupLease;
    if (held && held.runId !== runId && held.until.toMillis() > now) return false;
    tx.update(ref, { cleanupLease: { runId, until: Timestamp.fromMillis(now + LEASE_MS) } });
    return true;
  });
}

/**
 * Removes everything provisioning wrote, idempotently: the idempotency record
 * first (so a retry starts afresh), then the subdomain reservation, the
 * owner's links, and the tenant with all its subcollections.
 */
async function removeTenant(deps: ProvisioningDeps, tenantId: string, tenant: TenantDoc<Timestamp>) {
  const { db } = deps;
  const requestId = tenant.dealId ? provisioningRequestId.sales(tenant.dealId) : tenant.ownerUid ? provisioningRequestId.selfServe(tenant.ownerUid) : null;
  if (requestId) {
    await db.runTransaction(async (tx) => {
      const ref = db.doc(paths.provisioningRequest(requestId));
      const record = await tx.get(ref);
      if (record.get('tenantId') === tenantId) tx.delete(ref);
    });
  }
  if (tenant.subdomain) {
    await db.runTransaction(async (tx) => {
      const ref = db.doc(paths.subdomainReservation(tenant.subdomain!));
      const reservation = await tx.get(ref);
      if (reservation.get('tenantId') === tenantId) tx.delete(ref);
    });
  }
  const members = await db.collection(paths.members(tenantId)).get();
  for (const member of members.docs) {
    await db.doc(paths.user(member.id)).set({ tenantIds: FieldValue.arrayRemove(tenantId) }, { merge: true });
  }
  await db.recursiveDelete(db.doc(paths.tenant(tenantId)));
  const mail = await db.collection(paths.mail).where('tenantId', '==', tenantId).get();
  await Promise.all(mail.docs.map((d) => d.ref.delete()));
}
