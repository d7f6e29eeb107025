/**
 * The `findMyInvites` callable: the signed-in person's open invitations,
 * asked by onboarding before it offers to create a practice. Best effort:
 * onboarding shows the form when the answer does not come (offline, a slow
 * cold start), and `provisionTenant` still joins an invited signer to the
 * inviting practice then, as it always has.
 */
import { myInvitesSchema, type MyInvite } from '@atrium/domain';
import { httpsCallable } from 'firebase/functions';
import { functions } from '../../lib/functions';

const findMyInvitesCall = httpsCallable<Record<string, never>, unknown>(functions, 'findMyInvites', {
  // Past this a new account waits no longer for the form.
  timeout: 6_000,
});

export async function findMyInvites(): Promise<MyInvite[]> {
  const { data } = await findMyInvitesCall({});
  return myInvitesSchema.parse(data).invites;
}
