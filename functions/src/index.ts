/**
 * Wiring only: each export binds a trigger to its handler. Handlers live in
 * callables/, provisioning/, ...; they get their dependencies from here.
 */
import { onCall, onRequest } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { setGlobalOptions } from 'firebase-functions/v2';
import { config } from './config';
import { adminAuth, adminDb } from './firebase-admin';
import { callable } from './callables/callable-support';
import { provisionTenantHandler } from './callables/provision-tenant';
import { salesProvisionTenantHandler } from './callables/sales-provision-tenant';
import type { ProvisioningDeps } from './provisioning/provision-tenant';
import { cleanupOrphans as runCleanupOrphans } from './provisioning/cleanup-orphans';
import { benchWriteHandler } from './platform/bench-write';
import {
  acceptInviteHandler,
  changeMemberRoleHandler,
  describeInviteHandler,
  findMyInvitesHandler,
  inviteMemberHandler,
  removeMemberHandler,
  revokeInviteHandler,
} from './callables/team';
import type { InviteDeps } from './team/invite-member';
import { billingConfig, stripeClient, stripeSecretKey, stripeWebhookSecret } from './billing/billing-config';
import type { CheckoutDeps } from './billing/checkout';
import { createCheckoutSessionHandler, createPortalSessionHandler } from './callables/billing';
import { stripeWebhookHandler } from './http/stripe-webhook';
import { expireTrials as runExpireTrials } from './jobs/expire-trials';
import { purgeCancelled as runPurgeCancelled } from './jobs/purge-cancelled';
import { overrideTenantLifecycleHandler } from './callables/override-tenant-lifecycle';

setGlobalOptions({ region: 'us-central1', maxInstances: 20 });

const provisioningDeps = (): ProvisioningDeps => ({
  db: adminDb(),
  auth: adminAuth(),
  now: () => new Date(),
  appBaseUrl: config().appBaseUrl,
});

export const provisionTenant = onCall(callable('provisionTenant', provisionTenantHandler(provisioningDeps)));
export const salesProvisionTenant = onCall(callable('salesProvisionTenant', salesProvisionTenantHandler(provisioningDeps)));

export const cleanupOrphans = onSchedule({ schedule: 'every 15 minutes', timeoutSeconds: 540 }, async () => {
  await runCleanupOrphans(provisioningDeps());
});

// The benchmark's one-write baseline exists only in the emulator, never in a deployed project.
export const benchWrite =
  process.env.FUNCTIONS_EMULATOR === 'true' ? onCall(callable('benchWrite', benchWriteHandler(adminDb))) : undefined;

// ---- Team (SPEC §5) ---------------------------------------------------------

const teamDeps = (): InviteDeps => ({ db: adminDb(), now: () => new Date(), appBaseUrl: config().appBaseUrl });

export const inviteMember = onCall(callable('inviteMember', inviteMemberHandler(teamDeps)));
export const acceptInvite = onCall(callable('acceptInvite', acceptInviteHandler(teamDeps)));
export const revokeInvite = onCall(callable('revokeInvite', revokeInviteHandler(teamDeps)));
export const changeMemberRole = onCall(callable('changeMemberRole', changeMemberRoleHandler(teamDeps)));
export const removeMember = onCall(callable('removeMember', removeMemberHandler(teamDeps)));
// Read-only look-ups for the invite page and onboarding: who invites whom to what, before joining.
export const describeInvite = onCall(callable('describeInvite', describeInviteHandler(teamDeps)));
export const findMyInvites = onCall(callable('findMyInvites', findMyInvitesHandler(teamDeps)));

// ---- Billing (SPEC §6) and trial expiry (SPEC §7) ---------------------------

// Secrets are bound per function: only these three can read the Stripe keys.
const stripeSecrets = [stripeSecretKey, stripeWebhookSecret];

const checkoutDeps = (): CheckoutDeps => ({
  db: adminDb(),
  now: () => new Date(),
  stripe: stripeClient(),
  priceIds: billingConfig().priceIds,
  appBaseUrl: config().appBaseUrl,
});

export const stripeWebhook = onRequest(
  { secrets: stripeSecrets },
  stripeWebhookHandler(() => ({
    db: adminDb(),
    now: () => new Date(),
    stripe: stripeClient(),
    webhookSecret: billingConfig().webhookSecret,
  })),
);
export const createCheckoutSession = onCall(
  { secrets: stripeSecrets },
  callable('createCheckoutSession', createCheckoutSessionHandler(checkoutDeps)),
);
export const createPortalSession = onCall(
  { secrets: stripeSecrets },
  callable('createPortalSession', createPortalSessionHandler(checkoutDeps)),
);

export const expireTrials = onSchedule({ schedule: 'every 60 minutes', timeoutSeconds: 540 }, async () => {
  await runExpireTrials({ db: adminDb(), now: () => new Date(), appBaseUrl: config().appBaseUrl });
});

export const purgeCancelled = onSchedule({ schedule: 'every day 03:00', timeZone: 'UTC', timeoutSeconds: 540 }, async () => {
  await runPurgeCancelled({ db: adminDb(), now: () => new Date() });
});

// ---- Platform: super-admin lifecycle overrides (SPEC §3) ---------------------

export const overrideTenantLifecycle = onCall(
  callable(
    'overrideTenantLifecycle',
    overrideTenantLifecycleHandler(() => ({ db: adminDb(), now: () => new Date(), appBaseUrl: config().appBaseUrl })),
  ),
);
