/**
 * A local stand-in for the Stripe API (these machines cannot reach Stripe).
 * Implements what Atrium calls: POST /v1/customers, /v1/checkout/sessions,
 * /v1/billing_portal/sessions. Honours `Idempotency-Key` the way Stripe does
 * (same key → same response), records every request, and can be told to fail.
 *
 *   const stripe = await startFakeStripe({ port: 12111 });
 *   stripe.failNext(1, 500); ... stripe.requests; await stripe.close();
 *
 * The functions find it through the STRIPE_API_HOST/PORT/PROTOCOL params
 * (functions/.env.demo-atrium).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';

export const FAKE_STRIPE_PORT = 12111;

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  /** The form-encoded body, nested the way Stripe reads it (`metadata[tenantId]` → `{ metadata: { tenantId } }`). */
  body: Record<string, unknown>;
}

export interface FakeStripe {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Customers created, by id. */
  customers: Map<string, Record<string, unknown>>;
  /** The next `count` requests answer `status` with a Stripe-shaped error. */
  failNext(count: number, status?: number): void;
  reset(): void;
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_${randomBytes(10).toString('hex')}`;

/** Parses `a[b][0][c]=v` form encoding into nested objects (arrays as index-keyed objects turned into arrays). */
export function parseStripeForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const parts = key.split(/\[|\]\[|\]/).filter((p) => p !== '');
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  const arrays = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arrays(v)] as const);
    if (entries.length > 0 && entries.every(([k], i) => k === String(i))) return entries.map(([, v]) => v);
    return Object.fromEntries(entries);
  };
  return arrays(root) as Record<string, unknown>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeStripe(options: { port?: number; host?: string } = {}): Promise<FakeStripe> {
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  const customers = new Map<string, Record<string, unknown>>();
  const idempotent = new Map<string, { status: number; body: unknown }>();
  let failures = { remaining: 0, status: 500 };

  const handle = (method: string, path: string, body: Record<string, unknown>): { status: number; body: unknown } => {
    const created = Math.floor(Date.now() / 1000);
    if (method === 'POST' && path === '/v1/customers') {
      const customer = { id: id('cus'), object: 'customer', created, livemode: false, email: body.email ?? null, name: body.name ?? null, metadata: body.metadata ?? {} };
      customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const sessionId = id('cs_test');
      return {
        status: 200,
        body: {
          id: sessionId,
          object: 'checkout.session',
          created,
          livemode: false,
          mode: body.mode ?? 'payment',
          customer: body.customer ?? null,
          client_reference_id: body.client_reference_id ?? null,
          metadata: body.metadata ?? {},
          success_url: body.success_url ?? null,
          cancel_url: body.cancel_url ?? null,
          url: `https://checkout.stripe.test/c/pay/${sessionId}`,
        },
      };
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const sessionId = id('bps');
      return {
        status: 200,
        body: { id: sessionId, object: 'billing_portal.session', created, livemode: false, customer: body.customer ?? null, return_url: body.return_url ?? null, url: `https://billing.stripe.test/p/session/${sessionId}` },
      };
    }
    return { status: 404, body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } } };
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const method = req.method ?? 'GET';
      const path = (req.url ?? '/').split('?')[0]!;
      const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
      const body = parseStripeForm(raw);
      requests.push({ method, path, idempotencyKey, authorization: req.headers.authorization ?? null, body });

      let answer: { status: number; body: unknown };
      if (failures.remaining > 0) {
        failures.remaining--;
        answer = { status: failures.status, body: { error: { type: 'api_error', message: 'Injected failure (fake Stripe).' } } };
      } else if (idempotencyKey && idempotent.has(`${method} ${path} ${idempotencyKey}`)) {
        answer = idempotent.get(`${method} ${path} ${idempotencyKey}`)!;
      } else {
        answer = handle(method, path, body);
        if (idempotencyKey && answer.status < 500) idempotent.set(`${method} ${path} ${idempotencyKey}`, answer);
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(JSON.stringify(answer.body));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port!;

  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    customers,
    failNext(count, status = 500) {
      failures = { remaining: count, status };
    },
    reset() {
      requests.length = 0;
      failures = { remaining: 0, status: 500 };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
