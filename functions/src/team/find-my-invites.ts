/**
 * `findMyInvites`: the signed-in person's open invitations, across
 * practices, so onboarding can offer "Join <practice> as <role>" before the
 * "create a practice" form (a signup whose email has an open invite would
 * otherwise be joined to that practice by `provisionTenant` without having
 * seen it).
 *
 * Addressed by the email in the caller's ID token, never by the request.
 * The address need not be verified here: the answer names only the practice
 * and the role (as `provisionTenant`'s refusal to an unverified invitee
 * already does), and joining still goes through `acceptInvite`, which
 * requires the verified address. Read-only: invites past `expiresAt` are
 * left out, not marked.
 *
 * Index: the collection-group query on `invites` (email, status, expiresAt
 * descending) is declared in firestore.indexes.json.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { paths, type InviteDoc, type MyInvite, type TenantDoc } from '@atrium/domain';
import type { TeamDeps } from './team-transaction';

/** More than anyone has open at once; the page lists them all. */
export const MY_INVITES_LIMIT = 10;

export async function findMyInvites(deps: TeamDeps, request: { email: string }): Promise<{ invites: MyInvite[] }> {
  const { db } = deps;
  const email = request.email.trim().toLowerCase();
  const open = await db
    .collectionGroup('invites')
    .where('email', '==', email)
    .where('status', '==', 'pending')
    .where('expiresAt', '>', Timestamp.fromDate(deps.now()))
    // The newest first: every invite lives the same INVITE_TTL_DAYS.
    .orderBy('expiresAt', 'desc')
    .limit(MY_INVITES_LIMIT)
    .get();
  // Only tenants/{tenantId}/invites: a collection group matches that name anywhere.
  const found = open.docs.flatMap((doc) => {
    const tenantRef = doc.ref.parent.parent;
    return tenantRef && tenantRef.path === paths.tenant(tenantRef.id) ? [{ doc, tenantRef }] : [];
  });
  if (found.length === 0) return { invites: [] };

  const tenantRefs = [...new Map(found.map(({ tenantRef }) => [tenantRef.path, tenantRef])).values()];
  const tenants = new Map((await db.getAll(...tenantRefs)).map((snap) => [snap.ref.path, snap.data() as TenantDoc<Timestamp> | undefined]));
  const invites = found.flatMap(({ doc, tenantRef }) => {
    const tenant = tenants.get(tenantRef.path);
    if (!tenant) return [];
    const invite = doc.data() as InviteDoc<Timestamp>;
    return [
      {
        tenantId: tenantRef.id,
        inviteId: doc.id,
        tenantName: tenant.name,
        role: invite.role,
        expiresAt: invite.expiresAt.toDate().toISOString(),
      },
    ];
  });
  return { invites };
}
