/**
 * `acceptInvite` (SPEC §5) and the signup path that uses it: an invitee
 * signed in with the invited email address (verified) joins the tenant in
 * one transaction: membership, invite accepted, `pendingInvites - 1`,
 * `seatsUsed + 1` (the invite's reserved seat becomes a used one), the
 * tenant added to their profile, and an audit entry.
 *
 * Idempotent: accepting an invite you already accepted answers the same
 * result and writes nothing (a double click, a network retry, the invite
 * link opened twice).
 */
import { FieldValue, type Timestamp } from 'firebase-admin/firestore';
import {
  isInviteExpired,
  paths,
  teamPaths,
  type InviteDoc,
  type MemberDoc,
  type TenantDoc,
  type TenantRole,
  type TenantStatus,
  type UserProfileDoc,
} from '@atrium/domain';
import { DomainError } from '../domain-error';
import { TEAM_TRANSACTION_OPTIONS, requireTeamWritable, timestamp, writeAudit, type TeamDeps } from './team-transaction';

export interface Invitee {
  uid: string;
  /** Lowercased, and verified: whoever proves this address owns the invite. */
  email: string;
  displayName: string;
}

export interface AcceptInviteResult {
  tenantId: string;
  inviteId: string;
  tenantName: string;
  role: TenantRole;
  status: TenantStatus;
}

const INVALID_LINK = 'This invite link is not valid. Ask the practice to send you a new invite.';

export async function acceptInvite(
  deps: TeamDeps,
  request: Invitee & { tenantId: string; inviteId: string },
): Promise<AcceptInviteResult> {
  const { db } = deps;
  const { tenantId, inviteId, uid, email } = request;
  const at = timestamp(deps.now());
  const tenantRef = db.doc(paths.tenant(tenantId));
  const inviteRef = db.doc(teamPaths.invite(tenantId, inviteId));
  const memberRef = db.doc(paths.member(tenantId, uid));
  const userRef = db.doc(paths.user(uid));

  const outcome = await db.runTransaction(async (tx) => {
    const [tenantSnap, inviteSnap, memberSnap, userSnap] = await tx.getAll(tenantRef, inviteRef, memberRef, userRef);
    const tenant = tenantSnap?.data() as TenantDoc<Timestamp> | undefined;
    const invite = inviteSnap?.data() as InviteDoc<Timestamp> | undefined;
    if (!tenant || !invite) throw new DomainError('not-found', INVALID_LINK);
    // Before anything about the invite's state, so a stranger learns nothing from it.
    if (invite.email !== email) {
      throw new DomainError(
        'permission-denied',
        'This invite was sent to a different email address. Sign in with the address the invite was sent to.',
      );
    }
    const member = memberSnap?.data() as MemberDoc<Timestamp> | undefined;
    const result = (role: TenantRole): AcceptInviteResult => ({
      tenantId,
      inviteId,
      tenantName: tenant.name,
      role,
      status: tenant.status,
    });

    switch (invite.status) {
      case 'accepted':
        if (invite.acceptedBy !== uid) {
          throw new DomainError('failed-precondition', 'This invite has already been used. Ask the practice to send you a new one.');
        }
        if (!member || member.disabled) {
          throw new DomainError(
            'failed-precondition',
            `You are no longer a member of ${tenant.name}. Ask the practice to send you a new invite.`,
          );
        }
        return { kind: 'joined' as const, result: result(member.role) };
      case 'revoked':
        throw new DomainError('failed-precondition', `${tenant.name} withdrew this invite. Ask them to send you a new one if you still need access.`);
      case 'expired':
        return { kind: 'expired' as const, tenantName: tenant.name };
      case 'pending':
        break;
    }
    if (isInviteExpired(invite.expiresAt.toDate(), at.toDate())) {
      // It stops counting against the seats now, whoever notices it first.
      tx.update(inviteRef, { status: 'expired', expiredAt: at });
      tx.update(tenantRef, { pendingInvites: Math.max(0, tenant.pendingInvites - 1) });
      writeAudit(
        tx,
        db,
        tenantId,
        { actorUid: null, actorKind: 'system', action: 'invite.expired', target: inviteRef.path, details: { email, role: invite.role } },
        at,
      );
      return { kind: 'expired' as const, tenantName: tenant.name };
    }
    requireTeamWritable(tenant);
    if (member?.disabled) {
      // The invite stays open: turning access back on is an owner's or admin's decision, not the invite's.
      throw new DomainError(
        'failed-precondition',
        `Your access to ${tenant.name} has been turned off. Ask an owner or administrator of the practice to turn it back on.`,
      );
    }

    // Someone already in the team (their sign-in email changed since they
    // joined) keeps their membership and role; the invite's seat is released.
    const joining = !member;
    if (joining) {
      const newMember: MemberDoc<Timestamp> = {
        role: invite.role,
        email,
        displayName: request.displayName,
        disabled: false,
        joinedAt: at,
      };
      tx.create(memberRef, newMember);
    }
    tx.update(inviteRef, { status: 'accepted', acceptedBy: uid, acceptedAt: at });
    tx.update(tenantRef, {
      pendingInvites: Math.max(0, tenant.pendingInvites - 1),
      seatsUsed: tenant.seatsUsed + (joining ? 1 : 0),
    });
    const profile = userSnap?.data() as Partial<UserProfileDoc<Timestamp>> | undefined;
    tx.set(
      userRef,
      {
        ...(profile ? {} : { email, displayName: request.displayName }),
        tenantIds: FieldValue.arrayUnion(tenantId),
        ...(profile?.defaultTenantId ? {} : { defaultTenantId: tenantId }),
        updatedAt: at,
      },
      { merge: true },
    );
    writeAudit(
      tx,
      db,
      tenantId,
      {
        actorUid: uid,
        actorKind: 'user',
        action: 'invite.accepted',
        target: memberRef.path,
        details: { inviteId, email, role: member?.role ?? invite.role, invitedBy: invite.invitedBy },
      },
      at,
    );
    return { kind: 'joined' as const, result: result(member?.role ?? invite.role) };
  }, TEAM_TRANSACTION_OPTIONS);

  if (outcome.kind === 'expired') {
    throw new DomainError('failed-precondition', `This invite has expired. Ask ${outcome.tenantName} to send you a new one.`);
  }
  return outcome.result;
}

/**
 * For signup (SPEC §5: "a signup whose email matches a pending invite joins
 * that tenant instead of provisioning a new one"): accepts the newest open
 * invite for the signer's email and answers where they joined, or null when
 * no open invite exists. Refusals (a read-only tenant, an invite revoked a
 * moment ago) propagate as DomainErrors rather than falling through to a
 * new tenant the signer did not ask for.
 *
 * An unverified address proves nothing (anyone can sign up with any address
 * using a password), so a matching invite with `emailVerified: false` is
 * refused with `failed-precondition` asking the signer to confirm their
 * email, instead of silently joining or silently provisioning.
 */
export async function acceptPendingInviteForSignup(
  deps: TeamDeps,
  signer: Invitee & { emailVerified: boolean },
): Promise<AcceptInviteResult | null> {
  const { db } = deps;
  const email = signer.email.trim().toLowerCase();
  const now = deps.now();
  const open = await db.collectionGroup('invites').where('email', '==', email).where('status', '==', 'pending').get();
  const candidates = open.docs
    .filter((doc) => doc.ref.parent.parent?.parent.id === paths.tenants)
    .filter((doc) => !isInviteExpired((doc.get('expiresAt') as Timestamp).toDate(), now))
    .sort((a, b) => (b.get('createdAt') as Timestamp).toMillis() - (a.get('createdAt') as Timestamp).toMillis());
  const newest = candidates[0];
  if (!newest) return null;
  const tenantId = newest.ref.parent.parent!.id;
  if (!signer.emailVerified) {
    const tenantName = ((await db.doc(paths.tenant(tenantId)).get()).get('name') as string | undefined) ?? 'A practice';
    throw new DomainError(
      'failed-precondition',
      `${tenantName} has invited ${email} to join them. Confirm your email address first (use the confirmation link sent to your inbox), then sign in again to join.`,
    );
  }
  return acceptInvite(deps, { tenantId, inviteId: newest.id, uid: signer.uid, email, displayName: signer.displayName });
}
