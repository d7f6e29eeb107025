/**
 * What every team service does first, inside its Firestore transaction: read
 * the tenant and the caller's membership, refuse a caller who is not an
 * enabled member, and (for changes) a tenant whose billing state blocks
 * writes. Roles come from the membership documents read here, never from
 * claims or the request.
 */
import {
  Timestamp,
  type DocumentReference,
  type DocumentSnapshot,
  type Firestore,
  type Transaction,
} from 'firebase-admin/firestore';
import {
  TEAM_MESSAGES,
  canManageTeam,
  checkTeamWritable,
  paths,
  type MemberDoc,
  type TeamDecision,
  type TenantDoc,
  type TenantRole,
} from '@atrium/domain';
import { DomainError } from '../domain-error';

export interface TeamDeps {
  db: Firestore;
  now: () => Date;
}

/**
 * Invites, accepts, revokes and removals read and write the tenant document
 * (seat and invite counters), so concurrent ones in one tenant queue on it.
 * A transaction that loses the race is aborted and the Admin SDK retries it
 * with a backoff growing from 1 s; the default 5 attempts is too few when a
 * whole team is invited at once. Measured on the emulator (30 invites at
 * once): about two retries per call, the slowest call about 15 s.
 */
export const TEAM_TRANSACTION_OPTIONS = { maxAttempts: 10 } as const;

export interface TeamActor {
  uid: string;
  role: TenantRole;
  displayName: string;
}

export interface TeamContext {
  tenantId: string;
  tenantRef: DocumentReference;
  tenant: TenantDoc<Timestamp>;
  actor: TeamActor;
}

export function refuseUnless(decision: TeamDecision): void {
  if (!decision.ok) throw new DomainError(decision.code, decision.message);
}

/**
 * Reads the tenant, the caller's membership and `more` in one round trip.
 * A missing tenant answers like a missing membership, so a stranger learns
 * nothing about which tenant ids exist.
 */
export async function readTeamContext(
  tx: Transaction,
  db: Firestore,
  tenantId: string,
  actorUid: string,
  more: DocumentReference[] = [],
): Promise<{ context: TeamContext; more: DocumentSnapshot[] }> {
  const tenantRef = db.doc(paths.tenant(tenantId));
  const [tenantSnap, actorSnap, ...rest] = await tx.getAll(tenantRef, db.doc(paths.member(tenantId, actorUid)), ...more);
  const tenant = tenantSnap?.data() as TenantDoc<Timestamp> | undefined;
  const member = actorSnap?.data() as MemberDoc<Timestamp> | undefined;
  if (!tenant || !member || member.disabled !== false) {
    throw new DomainError('permission-denied', TEAM_MESSAGES.notMember);
  }
  return {
    context: { tenantId, tenantRef, tenant, actor: { uid: actorUid, role: member.role, displayName: member.displayName } },
    more: rest,
  };
}

/** Refuses a caller who may not manage the team before anything about the target is read out. */
export function requireTeamManager(actor: TeamActor): void {
  if (!canManageTeam(actor.role)) throw new DomainError('permission-denied', TEAM_MESSAGES.notManager);
}

export function requireTeamWritable(tenant: TenantDoc<Timestamp>): void {
  refuseUnless(checkTeamWritable(tenant));
}

/**
 * The uids of owners whose access is on, read in the caller's transaction:
 * the last-owner guard. Reading them in the transaction that demotes or
 * removes one means two concurrent demotions of the last two owners conflict
 * (each read the other's membership), so one retries and sees a single owner.
 */
export async function enabledOwnerUids(tx: Transaction, db: Firestore, tenantId: string): Promise<string[]> {
  const owners = await tx.get(db.collection(paths.members(tenantId)).where('role', '==', 'owner'));
  return owners.docs.filter((doc) => doc.get('disabled') === false).map((doc) => doc.id);
}

export { writeAudit } from '../audit/audit-log';

export const timestamp = (date: Date) => Timestamp.fromDate(date);
