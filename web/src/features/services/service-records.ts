/** The practice's service catalog as the web app reads it (`tenants/{t}/services`); prices are in ./service-prices. */
import type { ServiceInput } from '@atrium/domain';
import { orderBy, query } from 'firebase/firestore';
import { tenantCollection } from '../../lib/tenant-data';
import { useLiveQuery, type WithId } from '../../lib/live-query';

export type Service = WithId<ServiceInput>;

/** The catalog, live, by name. */
export function useServices(tenantId: string, enabled = true) {
  return useLiveQuery<ServiceInput>(`services:${tenantId}:${enabled}`, () =>
    enabled ? query(tenantCollection(tenantId, 'services'), orderBy('name')) : null,
  );
}
