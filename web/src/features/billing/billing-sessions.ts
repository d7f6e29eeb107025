/**
 * The billing callables: each answers `{ url }`, a Stripe page (Checkout or
 * the customer portal) the browser is sent to. Owner only; the server
 * refuses the rest with a message written for people.
 */
import type { PlanId } from '@atrium/domain';
import { httpsCallable } from 'firebase/functions';
import { functions } from '../../lib/functions';

interface SessionResult {
  url: string;
}

const callCreateCheckoutSession = httpsCallable<{ tenantId: string; plan: PlanId }, unknown>(
  functions,
  'createCheckoutSession',
  { timeout: 60_000 },
);
const callCreatePortalSession = httpsCallable<{ tenantId: string }, unknown>(functions, 'createPortalSession', {
  timeout: 60_000,
});

function sessionUrl(data: unknown): string {
  const url = (data as Partial<SessionResult> | null)?.url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    // Reported through describeError as the generic sentence; the detail goes to the console.
    throw new Error('Billing session answered without a usable url');
  }
  return url;
}

export async function createCheckoutSession(tenantId: string, plan: PlanId): Promise<string> {
  const { data } = await callCreateCheckoutSession({ tenantId, plan });
  return sessionUrl(data);
}

export async function createPortalSession(tenantId: string): Promise<string> {
  const { data } = await callCreatePortalSession({ tenantId });
  return sessionUrl(data);
}
