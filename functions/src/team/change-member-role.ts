/**
 * `changeMemberRole` (SPEC §5): owners and admins change a member's role;
 * only an owner makes someone an owner or changes an owner's role; the last
 * owner whose access is on cannot be demoted. The owners are read in the same
 * transaction as the change, so concurrent demotions of the last two owners
 * leave at least one.
 */
import type { Timestamp } from 'firebase-admin/firestore';
import { checkRoleChange, paths, type MemberDoc, type TenantRole } from '@atrium/domain';
import { DomainError } from '../domain-error';
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
import { successorOwnerUid } from './owner-succession';

export interface ChangeMemberRoleRequest {
  tenantId: string;
  actorUid: string;
  uid: string;
  role: TenantRole;
}

export interface ChangeMemberRoleResult {
  tenantId: string;
  uid: string;
  role: TenantRole;
  changed: boolean;
}

export async function changeMemberRole(deps: TeamDeps, request: ChangeMemberRoleRequest): Promise<ChangeMemberRoleResult> {
  const { db } = deps;
  const { tenantId, uid, role } = request;
  const at = timestamp(deps.now());
  const targetRef = db.doc(paths.member(tenantId, uid));

  return db.runTransaction(async (tx) => {
    const { context, more } = await readTeamContext(tx, db, tenantId, request.actorUid, [targetRef]);
    requireTeamManager(context.actor);
    const target = more[0]?.data() as MemberDoc<Timestamp> | undefined;
    if (!target) throw new DomainError('not-found', 'That person is not a member of this practice.');
    const owners = await enabledOwnerUids(tx, db, tenantId);
    refuseUnless(
      checkRoleChange({
        actor: context.actor,
        target: { uid, role: target.role, disabled: target.disabled },
        newRole: role,
        enabledOwnerCount: owners.length,
      }),
    );
    requireTeamWritable(context.tenant);
    if (target.role === role) return { tenantId, uid, role, changed: false };

    tx.update(targetRef, { role });
    const successor = role === 'owner' ? null : successorOwnerUid(context.tenant, uid, owners);
    if (successor) tx.update(context.tenantRef, { ownerUid: successor });
    writeAudit(
      tx,
      db,
      tenantId,
      {
        actorUid: context.actor.uid,
        actorKind: 'user',
        action: 'member.role_changed',
        target: targetRef.path,
        details: { email: target.email, from: target.role, to: role },
      },
      at,
    );
    return { tenantId, uid, role, changed: true };
  }, TEAM_TRANSACTION_OPTIONS);
}
