/**
 * Wiring only: each export binds a trigger to its handler. Handlers live in
 * callables/, provisioning/, ...; they get their dependencies from here.
 */
import { onCall } from 'firebase-functions/v2/https';
import { setGlobalOptions } from 'firebase-functions/v2';
import { config } from './config';
import { adminDb } from './firebase-admin';
import { callable } from './callables/callable-support';
import { provisionTenantHandler } from './callables/provision-tenant';
import type { ProvisioningDeps } from './provisioning/provision-tenant';
import { benchWriteHandler } from './platform/bench-write';

setGlobalOptions({ region: 'us-central1', maxInstances: 20 });

const provisioningDeps = (): ProvisioningDeps => ({
  db: adminDb(),
  now: () => new Date(),
  appBaseUrl: config().appBaseUrl,
});

export const provisionTenant = onCall(callable('provisionTenant', provisionTenantHandler(provisioningDeps)));

// The benchmark's one-write baseline exists only in the emulator, never in a deployed project.
export const benchWrite =
  process.env.FUNCTIONS_EMULATOR === 'true' ? onCall(callable('benchWrite', benchWriteHandler(adminDb))) : undefined;
