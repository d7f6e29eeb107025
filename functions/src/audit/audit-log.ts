/**
 * Writing an audit entry (SPEC §8 "audit log of every privileged action")
 * inside the transaction that makes the change it records, so the change and
 * its entry exist together or not at all.
 */
import type { Firestore, Timestamp, Transaction } from 'firebase-admin/firestore';
import { paths, type AuditEntryDoc } from '@atrium/domain';

export function writeAudit(
  tx: Transaction,
  db: Firestore,
  tenantId: string,
  entry: Omit<AuditEntryDoc<Timestamp>, 'at'>,
  at: Timestamp,
): void {
  tx.create(db.collection(paths.auditLog(tenantId)).doc(), { ...entry, at } satisfies AuditEntryDoc<Timestamp>);
}
