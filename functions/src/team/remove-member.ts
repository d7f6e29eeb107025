/**
 * `removeMember` (SPEC §5): deletes the membership, which ends the person's
 * access at once (the rules read the membership document on every request;
 * no claim to wait out), frees their seat and takes the tenant off their
 * profile. Owners and admins remove members, only an owner removes an owner,
 * anyone may leave, and the last owner whose access is on can do neither.
 */
import { FieldValue, type Timestamp } from 'firebase-admin/firestore';
import { checkRemoval, paths, type MemberDoc, type UserProfileDoc } from '@atrium/domain';
import { DomainError } from '../domain-error';
import { successorOwnerUid } from './owner-succession';
import {
  TEAM_TRANSACTION_OPTIONS,
  enabledOwnerUids,
  readTeamContext,
  refuseUnless,
  requireTeamManager,
  requireTeamWritable,
  timestamp,
  writeAudit,
  type TeamDeps,
} from './team-transaction';

export interface RemoveMemberRequest {
  tenantId: string;
  actorUid: string;
  uid: string;
}

export interface RemoveMemberResult {
  tenantId: string;
  uid: string;
  removed: true;
}

export async function removeMember(deps: TeamDeps, request: RemoveMemberRequest): Promise<RemoveMemberResult> {
  const { db } = deps;
  const { tenantId, uid } = request;
  const at = timestamp(deps.now());
  const targetRef = db.doc(paths.member(tenantId, uid));
  const userRef = db.doc(paths.user(uid));
  const leaving = request.actorUid === uid;

  return db.runTransaction(async (tx) => {
    const { context, more } = await readTeamContext(tx, db, tenantId, request.actorUid, [targetRef, userRef]);
    if (!leaving) requireTeamManager(context.actor);
    const target = more[0]?.data() as MemberDoc<Timestamp> | undefined;
    if (!target) throw new DomainError('not-found', 'That person is not a member of this practice.');
    const owners = await enabledOwnerUids(tx, db, tenantId);
    refuseUnless(
      checkRemoval({
        actor: context.actor,
        target: { uid, role: target.role, disabled: target.disabled },
        enabledOwnerCount: owners.length,
      }),
    );
    requireTeamWritable(context.tenant);

    tx.delete(targetRef);
    const successor = successorOwnerUid(context.tenant, uid, owners);
    tx.update(context.tenantRef, {
      seatsUsed: Math.max(0, context.tenant.seatsUsed - 1),
      ...(successor ? { ownerUid: successor } : {}),
    });
    const profile = more[1]?.data() as Partial<UserProfileDoc<Timestamp>> | undefined;
    if (profile) {
      const remaining = (profile.tenantIds ?? []).filter((id) => id !== tenantId);
      tx.update(userRef, {
        tenantIds: FieldValue.arrayRemove(tenantId),
        ...(profile.defaultTenantId === tenantId ? { defaultTenantId: remaining[0] ?? null } : {}),
        updatedAt: at,
      });
    }
    writeAudit(
      tx,
      db,
      tenantId,
      {
        actorUid: context.actor.uid,
        actorKind: 'user',
        action: leaving ? 'member.left' : 'member.removed',
        target: targetRef.path,
        details: { email: target.email, role: target.role },
      },
      at,
    );
    return { tenantId, uid, removed: true as const };
  }, TEAM_TRANSACTION_OPTIONS);
}
