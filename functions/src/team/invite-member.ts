/**
 * `inviteMember` (SPEC §5): an owner or admin invites an email address to a
 * role. The seat cap and the plan's open-invite cap are checked in the
 * transaction that writes the invite and increments `pendingInvites`, so
 * concurrent invites queue on the tenant document and cannot overrun them.
 *
 * Invites past `expiresAt` stop counting here: the same transaction marks
 * every expired open invite of the tenant `expired` and takes it off
 * `pendingInvites` before checking the caps, so an expired invite never
 * blocks a new one.
 */
import type { Timestamp } from 'firebase-admin/firestore';
import {
  PLANS,
  checkInvite,
  checkInviteCapacity,
  inviteExpiresAt,
  paths,
  teamPaths,
  type InviteDoc,
  type TenantRole,
} from '@atrium/domain';
import { DomainError } from '../domain-error';
import { inviteEmail } from './invite-email';
import {
  TEAM_TRANSACTION_OPTIONS,
  readTeamContext,
  refuseUnless,
  requireTeamWritable,
  timestamp,
  writeAudit,
  type TeamDeps,
} from './team-transaction';

export interface InviteDeps extends TeamDeps {
  appBaseUrl: string;
}

export interface InviteMemberRequest {
  tenantId: string;
  actorUid: string;
  /** Lowercased and validated by `inviteMemberInput`. */
  email: string;
  role: TenantRole;
}

export interface InviteMemberResult {
  tenantId: string;
  inviteId: string;
  email: string;
  role: TenantRole;
  /** ISO 8601. */
  expiresAt: string;
}

export async function inviteMember(deps: InviteDeps, request: InviteMemberRequest): Promise<InviteMemberResult> {
  const { db } = deps;
  const { tenantId, email, role } = request;
  const now = deps.now();
  const at = timestamp(now);
  const expiresAt = inviteExpiresAt(now);
  const invites = db.collection(teamPaths.invites(tenantId));
  const inviteRef = invites.doc();

  await db.runTransaction(async (tx) => {
    const { context } = await readTeamContext(tx, db, tenantId, request.actorUid);
    const { tenant, actor } = context;
    refuseUnless(checkInvite(actor.role, role));
    requireTeamWritable(tenant);

    const [openForEmail, sameEmailMember, expired] = await Promise.all([
      tx.get(invites.where('email', '==', email).where('status', '==', 'pending')),
      tx.get(db.collection(paths.members(tenantId)).where('email', '==', email).limit(1)),
      tx.get(
        invites
          .where('status', '==', 'pending')
          .where('expiresAt', '<=', at)
          .limit(PLANS[tenant.plan].pendingInviteLimit),
      ),
    ]);
    if (!sameEmailMember.empty) {
      throw new DomainError('already-exists', `${email} is already a member of ${tenant.name}.`);
    }
    const expiredIds = new Set(expired.docs.map((doc) => doc.id));
    if (openForEmail.docs.some((doc) => !expiredIds.has(doc.id))) {
      throw new DomainError('already-exists', `${email} already has an open invite. Revoke it first to send a new one.`);
    }

    const pendingInvites = Math.max(0, tenant.pendingInvites - expired.size);
    refuseUnless(checkInviteCapacity({ ...tenant, pendingInvites }));

    for (const doc of expired.docs) {
      tx.update(doc.ref, { status: 'expired', expiredAt: at });
      writeAudit(
        tx,
        db,
        tenantId,
        {
          actorUid: null,
          actorKind: 'system',
          action: 'invite.expired',
          target: doc.ref.path,
          details: { email: doc.get('email'), role: doc.get('role') },
        },
        at,
      );
    }
    tx.update(context.tenantRef, { pendingInvites: pendingInvites + 1 });
    const invite: InviteDoc<Timestamp> = {
      email,
      role,
      invitedBy: actor.uid,
      createdAt: at,
      expiresAt: timestamp(expiresAt),
      status: 'pending',
    };
    tx.create(inviteRef, invite);
    tx.create(
      db.collection(paths.mail).doc(),
      inviteEmail({
        to: email,
        inviterName: actor.displayName,
        tenantName: tenant.name,
        tenantId,
        inviteId: inviteRef.id,
        role,
        expiresAt,
        timezone: tenant.settings?.timezone,
        appBaseUrl: deps.appBaseUrl,
        at,
      }),
    );
    writeAudit(
      tx,
      db,
      tenantId,
      {
        actorUid: actor.uid,
        actorKind: 'user',
        action: 'member.invited',
        target: inviteRef.path,
        details: { email, role, expiresAt: expiresAt.toISOString() },
      },
      at,
    );
  }, TEAM_TRANSACTION_OPTIONS);

  return { tenantId, inviteId: inviteRef.id, email, role, expiresAt: expiresAt.toISOString() };
}
