/**
 * The billing callables (SPEC §6). Thin: who is calling, parse the input with
 * the shared zod schemas, call the checkout service (which checks that the
 * caller is the tenant's owner from the membership document).
 */
import type { CallableRequest } from 'firebase-functions/v2/https';
import { createCheckoutSessionInput, createPortalSessionInput } from '@atrium/domain';
import { createCheckoutSession, createPortalSession, type CheckoutDeps } from '../billing/checkout';
import { parseInput, requireCaller } from './callable-support';

export function createCheckoutSessionHandler(deps: () => CheckoutDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const input = parseInput(createCheckoutSessionInput, request.data);
    return createCheckoutSession(deps(), { ...input, uid: caller.uid });
  };
}

export function createPortalSessionHandler(deps: () => CheckoutDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const input = parseInput(createPortalSessionInput, request.data);
    return createPortalSession(deps(), { ...input, uid: caller.uid });
  };
}
