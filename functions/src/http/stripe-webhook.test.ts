/**
 * The HTTP edge alone, with a Firestore that is down: what Stripe is told.
 * Signatures are made and checked by the real stripe package.
 */
import { describe, expect, it, vi } from 'vitest';
import Stripe from 'stripe';
import type { Firestore } from 'firebase-admin/firestore';
import type { Request } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { stripeWebhookHandler } from './stripe-webhook';

vi.mock('firebase-functions', () => ({ logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() } }));

const SECRET = 'whsec_unit';
const stripe = new Stripe('sk_test_unit');
const payload = JSON.stringify({ id: 'evt_u1', object: 'event', type: 'invoice.paid', created: 1, data: { object: { id: 'in_1', customer: 'cus_1' } } });

function fakeResponse() {
  const res = { statusCode: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const api = {
    status(code: number) { res.statusCode = code; return api; },
    set(name: string, value: string) { res.headers[name.toLowerCase()] = value; return api; },
    send(body: unknown) { res.body = body; return api; },
    json(body: unknown) { res.body = body; return api; },
  };
  return { res, api: api as unknown as Response };
}

function request(method: string, headers: Record<string, string>, body = payload) {
  return { method, rawBody: Buffer.from(body), header: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
}

const firestoreDown = { runTransaction: () => Promise.reject(new Error('UNAVAILABLE')) } as unknown as Firestore;
const handler = stripeWebhookHandler(() => ({ db: firestoreDown, now: () => new Date(), stripe, webhookSecret: SECRET }));
const signed = (body = payload) => ({ 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET }) });

describe('stripeWebhookHandler', () => {
  it('answers 500 when processing fails, so Stripe retries', async () => {
    const { res, api } = fakeResponse();
    await handler(request('POST', signed()), api);
    expect(res.statusCode).toBe(500);
  });

  it('answers 405 with Allow: POST to other methods', async () => {
    const { res, api } = fakeResponse();
    await handler(request('PUT', signed()), api);
    expect(res).toMatchObject({ statusCode: 405, headers: { allow: 'POST' } });
  });

  it('answers 400 without touching Firestore when the signature does not match', async () => {
    const db = { runTransaction: vi.fn() } as unknown as Firestore;
    const h = stripeWebhookHandler(() => ({ db, now: () => new Date(), stripe, webhookSecret: 'whsec_other' }));
    const { res, api } = fakeResponse();
    await h(request('POST', signed()), api);
    expect(res.statusCode).toBe(400);
    expect(db.runTransaction).not.toHaveBeenCalled();
  });
});
