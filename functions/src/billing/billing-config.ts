/**
 * Stripe configuration, parsed once with zod. The keys are Cloud Secret
 * Manager secrets (in the emulator: functions/.secret.local, written by
 * scripts/emulators.mjs); the API base and the price ids are plain params
 * (functions/.env.<project>). Tests point the API base at the fake Stripe
 * server (test/support/fake-stripe.ts).
 */
import { defineSecret, defineString } from 'firebase-functions/params';
import Stripe from 'stripe';
import { z } from 'zod';
import { PLAN_IDS, type PlanId } from '@atrium/domain';

export const stripeSecretKey = defineSecret('STRIPE_SECRET_KEY');
export const stripeWebhookSecret = defineSecret('STRIPE_WEBHOOK_SECRET');

const apiHost = defineString('STRIPE_API_HOST', { default: 'api.stripe.com', description: 'Stripe API host.' });
const apiPort = defineString('STRIPE_API_PORT', { default: '443', description: 'Stripe API port.' });
const apiProtocol = defineString('STRIPE_API_PROTOCOL', { default: 'https', description: 'Stripe API protocol (http only for a local fake).' });
const prices: Record<PlanId, ReturnType<typeof defineString>> = {
  starter: defineString('STRIPE_PRICE_STARTER', { description: 'Stripe price id of the Starter plan.' }),
  growth: defineString('STRIPE_PRICE_GROWTH', { description: 'Stripe price id of the Growth plan.' }),
  enterprise: defineString('STRIPE_PRICE_ENTERPRISE', { description: 'Stripe price id of the Enterprise plan.' }),
};

const billingConfigSchema = z.object({
  secretKey: z.string().regex(/^(sk|rk)_/, 'STRIPE_SECRET_KEY must be a Stripe secret or restricted key'),
  webhookSecret: z.string().startsWith('whsec_', 'STRIPE_WEBHOOK_SECRET must be a webhook signing secret'),
  api: z.object({
    host: z.string().min(1),
    port: z.coerce.number().int().min(1).max(65535),
    protocol: z.enum(['http', 'https']),
  }),
  priceIds: z.object({
    starter: z.string().min(1),
    growth: z.string().min(1),
    enterprise: z.string().min(1),
  }),
});
export type BillingConfig = z.infer<typeof billingConfigSchema>;

let cached: BillingConfig | undefined;

/** Secrets are readable only at run time (inside a function that declares them), so parse on first use. */
export function billingConfig(): BillingConfig {
  cached ??= billingConfigSchema.parse({
    secretKey: stripeSecretKey.value(),
    webhookSecret: stripeWebhookSecret.value(),
    api: { host: apiHost.value(), port: apiPort.value(), protocol: apiProtocol.value() },
    priceIds: Object.fromEntries(PLAN_IDS.map((plan) => [plan, prices[plan].value()])),
  });
  return cached;
}

let client: Stripe | undefined;

export function stripeClient(): Stripe {
  const { secretKey, api } = billingConfig();
  client ??= new Stripe(secretKey, { host: api.host, port: api.port, protocol: api.protocol, maxNetworkRetries: 2 });
  return client;
}
