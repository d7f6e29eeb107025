/**
 * `revokeInvite` (SPEC §5): an owner or admin withdraws an open invite,
 * which frees its seat at once (`pendingInvites - 1`). Only an owner may
 * withdraw an invite to become an owner. Revoking a revoked or expired
 * invite changes nothing and answers its status; an accepted one cannot be
 * revoked (remove the member instead).
 */
import type { Timestamp } from 'firebase-admin/firestore';
import { checkRevoke, teamPaths, type InviteDoc, type InviteStatus } from '@atrium/domain';
import { DomainError } from '../domain-error';
import {
  TEAM_TRANSACTION_OPTIONS,
  readTeamContext,
  refuseUnless,
  requireTeamManager,
  requireTeamWritable,
  timestamp,
  writeAudit,
  type TeamDeps,
} from './team-transaction';

export interface RevokeInviteRequest {
  tenantId: string;
  inviteId: string;
  actorUid: string;
}

export interface RevokeInviteResult {
  tenantId: string;
  inviteId: string;
  status: InviteStatus;
}

export async function revokeInvite(deps: TeamDeps, request: RevokeInviteRequest): Promise<RevokeInviteResult> {
  const { db } = deps;
  const { tenantId, inviteId } = request;
  const at = timestamp(deps.now());
  const inviteRef = db.doc(teamPaths.invite(tenantId, inviteId));

  return db.runTransaction(async (tx) => {
    const { context, more } = await readTeamContext(tx, db, tenantId, request.actorUid, [inviteRef]);
    requireTeamManager(context.actor);
    const invite = more[0]?.data() as InviteDoc<Timestamp> | undefined;
    if (!invite) throw new DomainError('not-found', 'That invite no longer exists. Refresh the page to see the current invites.');
    refuseUnless(checkRevoke(context.actor.role, invite.role));
    requireTeamWritable(context.tenant);

    if (invite.status === 'accepted') {
      throw new DomainError(
        'failed-precondition',
        `${invite.email} has already accepted this invite. Remove them from the team instead.`,
      );
    }
    if (invite.status !== 'pending') return { tenantId, inviteId, status: invite.status };

    tx.update(inviteRef, { status: 'revoked', revokedBy: context.actor.uid, revokedAt: at });
    tx.update(context.tenantRef, { pendingInvites: Math.max(0, context.tenant.pendingInvites - 1) });
    writeAudit(
      tx,
      db,
      tenantId,
      {
        actorUid: context.actor.uid,
        actorKind: 'user',
        action: 'invite.revoked',
        target: inviteRef.path,
        details: { email: invite.email, role: invite.role },
      },
      at,
    );
    return { tenantId, inviteId, status: 'revoked' as const };
  }, TEAM_TRANSACTION_OPTIONS);
}
