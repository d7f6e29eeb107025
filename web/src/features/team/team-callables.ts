/**
 * The team callables (SPEC §5) as the team page calls them. The server reads
 * the caller's role from their membership and enforces seat caps, the
 * role hierarchy and the last-owner guard; its refusals come back as
 * sentences (describeError shows them as they are).
 */
import type { TenantRole } from '@atrium/domain';
import { httpsCallable } from 'firebase/functions';
import { functions } from '../../lib/functions';

export interface InviteSent {
  tenantId: string;
  inviteId: string;
  email: string;
  role: TenantRole;
  /** ISO 8601. */
  expiresAt: string;
}

const inviteMemberCall = httpsCallable<{ tenantId: string; email: string; role: TenantRole }, InviteSent>(functions, 'inviteMember');
const revokeInviteCall = httpsCallable<{ tenantId: string; inviteId: string }, unknown>(functions, 'revokeInvite');
const changeMemberRoleCall = httpsCallable<{ tenantId: string; uid: string; role: TenantRole }, unknown>(functions, 'changeMemberRole');
const removeMemberCall = httpsCallable<{ tenantId: string; uid: string }, unknown>(functions, 'removeMember');

export async function inviteMember(input: { tenantId: string; email: string; role: TenantRole }): Promise<InviteSent> {
  return (await inviteMemberCall(input)).data;
}

export async function revokeInvite(tenantId: string, inviteId: string): Promise<void> {
  await revokeInviteCall({ tenantId, inviteId });
}

export async function changeMemberRole(tenantId: string, uid: string, role: TenantRole): Promise<void> {
  await changeMemberRoleCall({ tenantId, uid, role });
}

/** Removes someone else, or (with the caller's own uid) leaves the practice. */
export async function removeMember(tenantId: string, uid: string): Promise<void> {
  await removeMemberCall({ tenantId, uid });
}
