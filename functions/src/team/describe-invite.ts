/**
 * `describeInvite`: what the invite page shows before anyone joins, "Join
 * <practice> as <role>" and whether the link still works. Anyone holding the
 * link may ask, signed in or not: non-members cannot read the tenant or the
 * invite under the rules, and the link's random invite id is the secret.
 *
 * Answers only the practice's name, the role, the invite's state and its
 * expiry: never the invited address, who sent it, or anything else about
 * the practice. An unknown tenant and an unknown invite answer alike, so the
 * call tells a stranger nothing about which ids exist. Read-only: an open
 * invite past `expiresAt` is answered `expired` but left for `acceptInvite`
 * or the next `inviteMember` to mark, since those release its seat in the
 * same transaction.
 */
import type { Timestamp } from 'firebase-admin/firestore';
import {
  isInviteExpired,
  paths,
  teamPaths,
  type InviteDescription,
  type InviteDoc,
  type InviteStatus,
  type TenantDoc,
} from '@atrium/domain';
import { DomainError } from '../domain-error';
import type { TeamDeps } from './team-transaction';

export const INVALID_INVITE_LINK = 'This invitation link isn’t valid. Ask the practice for a new one.';

/** The state people see: an open invite past its expiry is expired, whether or not anyone has marked it yet. */
export function inviteState(invite: Pick<InviteDoc<Timestamp>, 'status' | 'expiresAt'>, now: Date): InviteStatus {
  if (invite.status === 'pending' && isInviteExpired(invite.expiresAt.toDate(), now)) return 'expired';
  return invite.status;
}

export async function describeInvite(
  deps: TeamDeps,
  request: { tenantId: string; inviteId: string },
): Promise<InviteDescription> {
  const { db } = deps;
  const [tenantSnap, inviteSnap] = await db.getAll(
    db.doc(paths.tenant(request.tenantId)),
    db.doc(teamPaths.invite(request.tenantId, request.inviteId)),
  );
  const tenant = tenantSnap?.data() as TenantDoc<Timestamp> | undefined;
  const invite = inviteSnap?.data() as InviteDoc<Timestamp> | undefined;
  if (!tenant || !invite) throw new DomainError('not-found', INVALID_INVITE_LINK);
  return {
    tenantName: tenant.name,
    role: invite.role,
    state: inviteState(invite, deps.now()),
    expiresAt: invite.expiresAt.toDate().toISOString(),
  };
}
