/** The `provisionTenant` callable: creates the signer's trial practice, idempotently per key. */
import { httpsCallable } from 'firebase/functions';
import { provisionResultSchema, type ProvisionResult, type ProvisionTenantInput } from '@atrium/domain';
import { functions } from '../../lib/functions';

const callProvisionTenant = httpsCallable<ProvisionTenantInput, unknown>(functions, 'provisionTenant', {
  // The first call after a deploy may wait for a cold start.
  timeout: 60_000,
});

export async function provisionTenant(input: ProvisionTenantInput): Promise<ProvisionResult> {
  const { data } = await callProvisionTenant(input);
  return provisionResultSchema.parse(data);
}
