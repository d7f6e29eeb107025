/**
 * `overrideTenantLifecycle`: a super admin extends a trial or sets a
 * practice's status, with a reason for the audit log (SPEC §3). The platform
 * role comes from the caller's custom claim, which only server code sets.
 */
import type { CallableRequest } from 'firebase-functions/v2/https';
import { HttpsError } from 'firebase-functions/v2/https';
import { canSupportTenants, overrideTenantLifecycleInput } from '@atrium/domain';
import { overrideTenantLifecycle, type LifecycleOverrideDeps } from '../platform/override-tenant-lifecycle';
import { parseInput, requireCaller } from './callable-support';

export function overrideTenantLifecycleHandler(deps: () => LifecycleOverrideDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    if (!canSupportTenants(caller.platformRole)) {
      throw new HttpsError('permission-denied', 'Only a platform administrator can change a practice’s trial or status.');
    }
    const input = parseInput(overrideTenantLifecycleInput, request.data);
    return overrideTenantLifecycle(deps(), { ...input, actor: { uid: caller.uid, platformRole: caller.platformRole } });
  };
}
