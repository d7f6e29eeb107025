/**
 * `salesProvisionTenant`: a sales rep (or platform admin) provisions a
 * contracted tenant (SPEC §4). The deal id is the idempotency key; contract
 * values replace the self-serve defaults; the named admin becomes the owner.
 */
import type { CallableRequest } from 'firebase-functions/v2/https';
import { HttpsError } from 'firebase-functions/v2/https';
import { canProvisionTenants, provisioningRequestId, salesProvisionTenantInput } from '@atrium/domain';
import { provisionTenant, type ProvisioningDeps } from '../provisioning/provision-tenant';
import { parseInput, requireCaller } from './callable-support';

export function salesProvisionTenantHandler(deps: () => ProvisioningDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    if (!canProvisionTenants(caller.platformRole)) {
      throw new HttpsError('permission-denied', 'Only the sales team can provision a contracted practice.');
    }
    const input = parseInput(salesProvisionTenantInput, request.data);
    // The go-live date is a calendar day; the contract starts at its beginning (UTC).
    const goLiveAt = new Date(`${input.goLiveDate}T00:00:00Z`);
    return provisionTenant(deps(), {
      requestId: provisioningRequestId.sales(input.dealId),
      idempotencyKey: input.dealId,
      channel: 'sales',
      billingMode: 'contract',
      tenantName: input.tenantName,
      plan: input.plan,
      seatLimit: input.seatLimit,
      trialEndsAt: goLiveAt,
      goLiveAt,
      dealId: input.dealId,
      subdomain: input.subdomain ?? null,
      owner: { kind: 'named', email: input.adminEmail, displayName: input.adminName },
      actor: { uid: caller.uid, kind: 'platform' },
    });
  };
}
