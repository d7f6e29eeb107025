import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, getDoc } from 'firebase/firestore';
import { DAY_MS, PLANS, TRIAL_DAYS, provisioningRequestId, type ProvisionResult } from '@atrium/domain';
import { adminAuth, adminDb, anonymousCaller, callError, signUpClient, type TestClient } from '../support/clients';

const newKey = () => `form-${crypto.randomUUID()}`;

async function tenantsOwnedBy(uid: string) {
  const snap = await adminDb().collection('tenants').where('ownerUid', '==', uid).get();
  return snap.docs;
}

describe('provisionTenant (self-serve, through the Functions emulator)', () => {
  const clients: TestClient[] = [];
  const client = async (displayName?: string) => {
    const c = await signUpClient(displayName ? { displayName } : {});
    clients.push(c);
    return c;
  };
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
  });

  describe('a first signup', () => {
    let owner: TestClient;
    let result: ProvisionResult;
    let before: number;

    beforeAll(async () => {
      owner = await client('Dr Ada Lovelace');
      before = Date.now();
      result = await owner.call<unknown, ProvisionResult>('provisionTenant', {
        idempotencyKey: newKey(),
        tenantName: '  Lovelace Aesthetics  ',
        plan: 'growth',
      });
    });

    it('answers with a new trial tenant', () => {
      expect(result.created).toBe(true);
      expect(result.status).toBe('trial');
      expect(result.tenantId).toMatch(/^[A-Za-z0-9]{20}$/);
    });

    it('writes the tenant with self-serve defaults from the plan', async () => {
      const tenant = (await adminDb().doc(`tenants/${result.tenantId}`).get()).data()!;
      expect(tenant).toMatchObject({
        name: 'Lovelace Aesthetics',
        status: 'trial',
        plan: 'growth',
        seatLimit: PLANS.growth.seatLimit,
        seatsUsed: 1,
        pendingInvites: 0,
        paymentFailures: 0,
        channel: 'self_serve',
        subdomain: null,
        features: PLANS.growth.features,
        ownerUid: owner.user.uid,
      });
      const trialEndsAt = tenant.trialEndsAt.toMillis() as number;
      expect(trialEndsAt - tenant.createdAt.toMillis()).toBe(TRIAL_DAYS * DAY_MS);
      expect(tenant.createdAt.toMillis()).toBeGreaterThanOrEqual(before - 5_000);
      expect(tenant.statusChangedAt.toMillis()).toBe(tenant.createdAt.toMillis());
    });

    it('writes the owner membership, profile, billing record, audit entry, idempotency record and welcome email', async () => {
      const db = adminDb();
      const { tenantId } = result;
      const member = (await db.doc(`tenants/${tenantId}/members/${owner.user.uid}`).get()).data();
      expect(member).toMatchObject({ role: 'owner', email: owner.user.email, displayName: 'Dr Ada Lovelace', disabled: false });

      const profile = (await db.doc(`users/${owner.user.uid}`).get()).data();
      expect(profile).toMatchObject({ tenantIds: [tenantId], defaultTenantId: tenantId, email: owner.user.email });

      const billing = (await db.doc(`tenants/${tenantId}/billing/subscription`).get()).data();
      expect(billing).toMatchObject({ mode: 'subscription', plan: 'growth', stripeCustomerId: null });

      const audit = await db.collection(`tenants/${tenantId}/auditLog`).get();
      expect(audit.docs.map((d) => d.data())).toEqual([
        expect.objectContaining({ action: 'tenant.provisioned', actorUid: owner.user.uid, target: `tenants/${tenantId}` }),
      ]);

      const record = (await db.doc(`provisioningRequests/${provisioningRequestId.selfServe(owner.user.uid)}`).get()).data();
      expect(record).toMatchObject({ tenantId, channel: 'self_serve', requestedBy: owner.user.uid });

      const mail = await db.collection('mail').where('tenantId', '==', tenantId).get();
      expect(mail.size).toBe(1);
      expect(mail.docs[0]!.data()).toMatchObject({
        to: owner.user.email,
        template: 'welcome',
        message: { subject: 'Welcome to Atrium, Lovelace Aesthetics' },
      });
      expect(mail.docs[0]!.get('message.html')).toContain('Lovelace Aesthetics');
    });

    it('lets the owner read the new tenant and their membership through the rules', async () => {
      const tenant = await getDoc(doc(owner.db, `tenants/${result.tenantId}`));
      expect(tenant.get('name')).toBe('Lovelace Aesthetics');
      const member = await getDoc(doc(owner.db, `tenants/${result.tenantId}/members/${owner.user.uid}`));
      expect(member.get('role')).toBe('owner');
    });

    it('returns the same tenant for a retry with the same key, and for a new form with another key', async () => {
      const record = (await adminDb().doc(`provisioningRequests/${provisioningRequestId.selfServe(owner.user.uid)}`).get()).data()!;
      const retry = await owner.call<unknown, ProvisionResult>('provisionTenant', {
        idempotencyKey: record.idempotencyKey,
        tenantName: 'Lovelace Aesthetics',
        plan: 'growth',
      });
      expect(retry).toEqual({ tenantId: result.tenantId, status: 'trial', created: false });
      const again = await owner.call<unknown, ProvisionResult>('provisionTenant', {
        idempotencyKey: newKey(),
        tenantName: 'A Second Practice',
        plan: 'starter',
      });
      expect(again).toEqual({ tenantId: result.tenantId, status: 'trial', created: false });
      expect(await tenantsOwnedBy(owner.user.uid)).toHaveLength(1);
    });
  });

  it('gives different signers different tenants', async () => {
    const [a, b] = await Promise.all([client(), client()]);
    const input = { idempotencyKey: 'same-key-for-both', tenantName: 'Twin Clinic', plan: 'starter' };
    const [ra, rb] = await Promise.all([
      a.call<unknown, ProvisionResult>('provisionTenant', input),
      b.call<unknown, ProvisionResult>('provisionTenant', input),
    ]);
    expect(ra.created && rb.created).toBe(true);
    expect(ra.tenantId).not.toBe(rb.tenantId);
  });

  // 25 simultaneous calls: the Functions emulator starts one worker process per
  // in-flight request, so this is about what 2 cores start in reasonable time.
  // `npm run bench` runs the 50-call race.
  it('creates exactly one tenant under 25 concurrent calls with one key', { timeout: 180_000 }, async () => {
    const signer = await client();
    const input = { idempotencyKey: newKey(), tenantName: 'Race Condition Clinic', plan: 'starter' };
    const results = await Promise.all(
      Array.from({ length: 25 }, () => signer.call<unknown, ProvisionResult>('provisionTenant', input)),
    );
    const ids = new Set(results.map((r) => r.tenantId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const owned = await tenantsOwnedBy(signer.user.uid);
    expect(owned.map((d) => d.id)).toEqual([...ids]);
    const [tenantId] = [...ids];
    const db = adminDb();
    expect((await db.collection(`tenants/${tenantId}/auditLog`).get()).size).toBe(1);
    expect((await db.collection('mail').where('tenantId', '==', tenantId).get()).size).toBe(1);
  });

  it('refuses a signed-out caller with unauthenticated and writes nothing', async () => {
    const anon = anonymousCaller();
    try {
      const error = await callError(anon.call('provisionTenant', { idempotencyKey: newKey(), tenantName: 'Ghost Clinic', plan: 'starter' }));
      expect(error.code).toBe('unauthenticated');
      const ghosts = await adminDb().collection('tenants').where('name', '==', 'Ghost Clinic').get();
      expect(ghosts.size).toBe(0);
    } finally {
      await anon.close();
    }
  });

  it.each([
    ['a missing name', { idempotencyKey: 'abcdefgh-1', plan: 'starter' }, 'tenantName'],
    ['a one-letter name', { idempotencyKey: 'abcdefgh-2', tenantName: 'A', plan: 'starter' }, 'tenantName'],
    ['an unknown plan', { idempotencyKey: 'abcdefgh-3', tenantName: 'Clinic', plan: 'platinum' }, 'plan'],
    ['a short key', { idempotencyKey: 'abc', tenantName: 'Clinic', plan: 'starter' }, 'idempotencyKey'],
    ['a key with a slash', { idempotencyKey: 'abcdefgh/../x', tenantName: 'Clinic', plan: 'starter' }, 'idempotencyKey'],
    ['a client-chosen status', { idempotencyKey: 'abcdefgh-4', tenantName: 'Clinic', plan: 'starter', status: 'active' }, ''],
    ['a client-chosen seat limit', { idempotencyKey: 'abcdefgh-5', tenantName: 'Clinic', plan: 'starter', seatLimit: 999 }, ''],
  ])('answers %s with invalid-argument naming the field, and writes nothing', async (_label, input, field) => {
    const signer = await client();
    const error = await callError(signer.call('provisionTenant', input));
    expect(error.code).toBe('invalid-argument');
    const issues = (error.details as { issues: { path: string }[] }).issues;
    expect(issues.map((i) => i.path)).toContain(field);
    const db = adminDb();
    expect(await tenantsOwnedBy(signer.user.uid)).toHaveLength(0);
    expect((await db.doc(`users/${signer.user.uid}`).get()).exists).toBe(false);
    expect((await db.doc(`provisioningRequests/${provisioningRequestId.selfServe(signer.user.uid)}`).get()).exists).toBe(false);
  });
});

describe('provisionTenant for an invited signer (SPEC §5)', () => {
  const clients: TestClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
  });
  const practice = async () => {
    const owner = await signUpClient({ displayName: 'Dr Ines Inviter' });
    clients.push(owner);
    const { tenantId } = await owner.call<unknown, ProvisionResult>('provisionTenant', { idempotencyKey: newKey(), tenantName: 'Inviting Clinic', plan: 'growth' });
    return { owner, tenantId };
  };
  const verified = async (c: TestClient) => {
    await adminAuth().updateUser(c.user.uid, { emailVerified: true });
    await c.user.getIdToken(true);
    return c;
  };

  it('joins the inviting practice with the invited role instead of creating one', async () => {
    const { owner, tenantId } = await practice();
    const email = `invited-${crypto.randomUUID().slice(0, 8)}@example.test`;
    await owner.call('inviteMember', { tenantId, email, role: 'receptionist' });
    const invitee = await verified(await signUpClient({ email, displayName: 'Ivy Invitee' }));
    clients.push(invitee);
    const result = await invitee.call<unknown, ProvisionResult>('provisionTenant', { idempotencyKey: newKey(), tenantName: 'My Own Clinic', plan: 'starter' });
    expect(result).toEqual({ tenantId, status: 'trial', created: false, joinedByInvite: true });
    expect(await tenantsOwnedBy(invitee.user.uid)).toHaveLength(0);
    expect((await adminDb().doc(`tenants/${tenantId}/members/${invitee.user.uid}`).get()).get('role')).toBe('receptionist');
  });

  it('asks an invited signer with an unconfirmed email to confirm it first, and creates nothing', async () => {
    const { owner, tenantId } = await practice();
    const email = `unconfirmed-${crypto.randomUUID().slice(0, 8)}@example.test`;
    await owner.call('inviteMember', { tenantId, email, role: 'practitioner' });
    const invitee = await signUpClient({ email });
    clients.push(invitee);
    const error = await callError(invitee.call('provisionTenant', { idempotencyKey: newKey(), tenantName: 'Sneaky Clinic', plan: 'starter' }));
    expect(error.code).toBe('failed-precondition');
    expect(error.message).toContain('Confirm your email address');
    expect(await tenantsOwnedBy(invitee.user.uid)).toHaveLength(0);
  });

  it('gives a signer who already has a practice their own back, even if invited elsewhere later', async () => {
    const signer = await verified(await signUpClient());
    clients.push(signer);
    const own = await signer.call<unknown, ProvisionResult>('provisionTenant', { idempotencyKey: newKey(), tenantName: 'First Clinic', plan: 'starter' });
    const { owner, tenantId } = await practice();
    await owner.call('inviteMember', { tenantId, email: signer.user.email, role: 'manager' });
    const again = await signer.call<unknown, ProvisionResult>('provisionTenant', { idempotencyKey: newKey(), tenantName: 'First Clinic', plan: 'starter' });
    expect(again).toEqual({ tenantId: own.tenantId, status: 'trial', created: false });
  });
});
