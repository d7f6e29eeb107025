/**
 * `provisionTenant`: self-serve signup (SPEC §4). Defaults come from the
 * plan; the signer becomes the owner; one self-serve tenant per signer, so a
 * retry with any key returns the tenant they already have.
 *
 * A first signup whose email has a pending invite joins the inviting practice
 * instead (SPEC §5); a signer who already has their own practice gets it back
 * and is never moved by an invite that arrived later. A signer shown their
 * invitations at onboarding who chose "create my own practice instead"
 * (`ignorePendingInvites`) gets their own, and the invitations stay open.
 */
import type { CallableRequest } from 'firebase-functions/v2/https';
import { HttpsError } from 'firebase-functions/v2/https';
import { PLANS, paths, provisionTenantInput, provisioningRequestId, selfServeTrialEnd, type ProvisionResult } from '@atrium/domain';
import { provisionTenant, type ProvisioningDeps } from '../provisioning/provision-tenant';
import { acceptPendingInviteForSignup } from '../team/accept-invite';
import { parseInput, requireCaller } from './callable-support';

export function provisionTenantHandler(deps: () => ProvisioningDeps) {
  return async (request: CallableRequest<unknown>): Promise<ProvisionResult> => {
    const caller = requireCaller(request);
    const input = parseInput(provisionTenantInput, request.data);
    if (!caller.email) {
      throw new HttpsError('failed-precondition', 'Sign in with an email address before creating a practice.');
    }
    const resolved = deps();
    const requestId = provisioningRequestId.selfServe(caller.uid);
    const displayName = caller.displayName ?? caller.email.split('@')[0]!;

    // A signer who saw their invitations and chose a practice of their own (`ignorePendingInvites`) gets one.
    const joinInvite =
      input.ignorePendingInvites !== true && !(await resolved.db.doc(paths.provisioningRequest(requestId)).get()).exists;
    if (joinInvite) {
      const joined = await acceptPendingInviteForSignup(resolved, {
        uid: caller.uid,
        email: caller.email,
        emailVerified: request.auth?.token.email_verified === true,
        displayName,
      });
      if (joined) return { tenantId: joined.tenantId, status: joined.status, created: false, joinedByInvite: true };
    }

    // One clock read: the trial ends exactly TRIAL_DAYS after the tenant's createdAt.
    const now = resolved.now();
    return provisionTenant({ ...resolved, now: () => now }, {
      requestId,
      idempotencyKey: input.idempotencyKey,
      channel: 'self_serve',
      billingMode: 'subscription',
      tenantName: input.tenantName,
      plan: input.plan,
      seatLimit: PLANS[input.plan].seatLimit,
      trialEndsAt: selfServeTrialEnd(now),
      goLiveAt: null,
      dealId: null,
      subdomain: null,
      owner: { kind: 'signer', uid: caller.uid, email: caller.email, displayName },
      actor: { uid: caller.uid, kind: 'user' },
    });
  };
}
