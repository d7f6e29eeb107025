/**
 * `provisionTenant`: self-serve signup (SPEC §4). Defaults come from the
 * plan; the signer becomes the owner; one self-serve tenant per signer, so a
 * retry with any key returns the tenant they already have.
 */
import type { CallableRequest } from 'firebase-functions/v2/https';
import { HttpsError } from 'firebase-functions/v2/https';
import { PLANS, provisionTenantInput, provisioningRequestId, selfServeTrialEnd } from '@atrium/domain';
import { provisionTenant, type ProvisioningDeps } from '../provisioning/provision-tenant';
import { parseInput, requireCaller } from './callable-support';

export function provisionTenantHandler(deps: () => ProvisioningDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const input = parseInput(provisionTenantInput, request.data);
    if (!caller.email) {
      throw new HttpsError('failed-precondition', 'Sign in with an email address before creating a practice.');
    }
    const resolved = deps();
    return provisionTenant(resolved, {
      requestId: provisioningRequestId.selfServe(caller.uid),
      idempotencyKey: input.idempotencyKey,
      channel: 'self_serve',
      billingMode: 'subscription',
      tenantName: input.tenantName,
      plan: input.plan,
      seatLimit: PLANS[input.plan].seatLimit,
      trialEndsAt: selfServeTrialEnd(resolved.now()),
      goLiveAt: null,
      dealId: null,
      subdomain: null,
      owner: { kind: 'signer', uid: caller.uid, email: caller.email, displayName: caller.displayName ?? caller.email.split('@')[0]! },
      actor: { uid: caller.uid, kind: 'user' },
    });
  };
}
