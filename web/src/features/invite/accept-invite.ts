/**
 * The `acceptInvite` callable (SPEC §5). The server checks that the signed-in
 * address is the invited one and is verified (a password account can claim
 * any address), then adds the membership in one transaction. Accepting
 * twice answers the same result.
 */
import type { TenantRole, TenantStatus } from '@atrium/domain';
import { sendEmailVerification, type User } from 'firebase/auth';
import { httpsCallable } from 'firebase/functions';
import { functions } from '../../lib/functions';

export interface InviteAccepted {
  tenantId: string;
  inviteId: string;
  tenantName: string;
  role: TenantRole;
  status: TenantStatus;
}

const acceptInviteCall = httpsCallable<{ tenantId: string; inviteId: string }, InviteAccepted>(functions, 'acceptInvite');

export async function acceptInvite(tenantId: string, inviteId: string): Promise<InviteAccepted> {
  return (await acceptInviteCall({ tenantId, inviteId })).data;
}

/** Emails a confirmation link that brings the user back to `returnPath` once their address is confirmed. */
export function sendConfirmationEmail(user: User, returnPath: string): Promise<void> {
  return sendEmailVerification(user, { url: `${window.location.origin}${returnPath}` });
}

/**
 * After the user clicked the confirmation link (in another tab): reload the
 * account and take a fresh ID token, since the callable reads
 * `email_verified` from the token. Resolves whether the address is now confirmed.
 */
export async function refreshVerification(user: User): Promise<boolean> {
  await user.reload();
  if (!user.emailVerified) return false;
  await user.getIdToken(true);
  return true;
}
