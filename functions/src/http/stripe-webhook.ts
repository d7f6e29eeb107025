/**
 * `stripeWebhook`: the HTTP edge of the billing service. Verifies the
 * signature on the raw body with the stripe package's own `constructEvent`,
 * hands the event to `applyStripeEvent`, and answers so Stripe knows whether
 * to retry: 400 for a request that is not Stripe's (never retried usefully),
 * 200 once the event is recorded (applied, duplicate, stale or ignored),
 * 500 when processing failed (Stripe retries).
 */
import type { Request } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { logger } from 'firebase-functions';
import type Stripe from 'stripe';
import { applyStripeEvent, type StripeEventDeps } from '../billing/apply-stripe-event';

export interface StripeWebhookDeps extends StripeEventDeps {
  /** Only its `webhooks` helpers are used; no API call is made here. */
  stripe: Pick<Stripe, 'webhooks'>;
  webhookSecret: string;
  /** Seconds a signature stays valid; Stripe's default (300) unless a test says otherwise. */
  toleranceSeconds?: number;
}

export function stripeWebhookHandler(deps: () => StripeWebhookDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    if (req.method !== 'POST') {
      res.set('Allow', 'POST').status(405).send('Method Not Allowed');
      return;
    }
    const signature = req.header('stripe-signature');
    if (!signature || !req.rawBody) {
      res.status(400).send('Missing Stripe signature or body.');
      return;
    }
    const d = deps();
    let event: Stripe.Event;
    try {
      event = d.stripe.webhooks.constructEvent(req.rawBody, signature, d.webhookSecret, d.toleranceSeconds);
    } catch (error) {
      logger.warn('stripeWebhook: signature verification failed', { message: (error as Error).message });
      res.status(400).send('Invalid Stripe signature.');
      return;
    }
    try {
      const result = await applyStripeEvent(d, event);
      logger.info('stripeWebhook: event handled', { eventId: event.id, type: event.type, ...result });
      res.status(200).json({ received: true, outcome: result.outcome });
    } catch (error) {
      logger.error('stripeWebhook: processing failed; Stripe will retry', { eventId: event.id, type: event.type, error });
      res.status(500).send('Processing failed; please retry.');
    }
  };
}
