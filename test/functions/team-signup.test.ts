/**
 * `acceptPendingInviteForSignup` (SPEC §5: a signup whose email matches a
 * pending invite joins that tenant instead of provisioning a new one),
 * called as provisioning calls it, against the Firestore emulator. Invites
 * are sent through the real `inviteMember` callable.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import type { ProvisionResult } from '@atrium/domain';
import { acceptPendingInviteForSignup } from '../../functions/src/team/accept-invite';
import { adminAuth, adminDb, signUpClient, uniqueEmail, type TestClient } from '../support/clients';

const clients: TestClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

const deps = () => ({ db: adminDb(), now: () => new Date() });

async function practice(name: string) {
  const owner = await signUpClient({ displayName: 'Dr Olive Owner' });
  clients.push(owner);
  const { tenantId } = await owner.call<unknown, ProvisionResult>('provisionTenant', {
    idempotencyKey: `signup-${crypto.randomUUID()}`,
    tenantName: name,
    plan: 'growth',
  });
  return { owner, tenantId };
}

const inviteTo = (owner: TestClient, tenantId: string, email: string, role = 'practitioner') =>
  owner.call<unknown, { inviteId: string }>('inviteMember', { tenantId, email, role });

/** A brand-new Auth user (as at signup), not yet in any tenant. */
async function signer(email: string, emailVerified = true) {
  const user = await adminAuth().createUser({ email, emailVerified, displayName: 'Nia Newcomer' });
  return { uid: user.uid, email, emailVerified, displayName: 'Nia Newcomer' };
}

const tenantData = async (tenantId: string) => (await adminDb().doc(`tenants/${tenantId}`).get()).data()!;

describe('acceptPendingInviteForSignup', () => {
  it('joins the tenant that invited the signer, with the invited role', async () => {
    const { owner, tenantId } = await practice('Quayside Dermatology');
    const email = uniqueEmail('newcomer');
    const { inviteId } = await inviteTo(owner, tenantId, email, 'manager');
    const who = await signer(email);

    const result = await acceptPendingInviteForSignup(deps(), { ...who, email: email.toUpperCase() });
    expect(result).toEqual({ tenantId, inviteId, tenantName: 'Quayside Dermatology', role: 'manager', status: 'trial' });
    const member = (await adminDb().doc(`tenants/${tenantId}/members/${who.uid}`).get()).data();
    expect(member).toMatchObject({ role: 'manager', email, displayName: 'Nia Newcomer', disabled: false });
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 2, pendingInvites: 0 });
    expect((await adminDb().doc(`users/${who.uid}`).get()).data()).toMatchObject({ tenantIds: [tenantId], defaultTenantId: tenantId });
  });

  it('answers null when no open invite matches, and writes nothing', async () => {
    const who = await signer(uniqueEmail('uninvited'));
    expect(await acceptPendingInviteForSignup(deps(), who)).toBeNull();
    expect((await adminDb().doc(`users/${who.uid}`).get()).exists).toBe(false);
  });

  it('ignores expired, revoked and accepted invites', async () => {
    const { owner, tenantId } = await practice('Old Town Clinic');
    const email = uniqueEmail('lapsed');
    const { inviteId } = await inviteTo(owner, tenantId, email);
    await owner.call('revokeInvite', { tenantId, inviteId });
    const stale = adminDb().collection(`tenants/${tenantId}/invites`).doc();
    await stale.create({
      email,
      role: 'receptionist',
      invitedBy: owner.user.uid,
      createdAt: Timestamp.fromMillis(Date.now() - 8 * 86_400_000),
      expiresAt: Timestamp.fromMillis(Date.now() - 86_400_000),
      status: 'pending',
    });
    const who = await signer(email);
    expect(await acceptPendingInviteForSignup(deps(), who)).toBeNull();
    expect((await adminDb().doc(`tenants/${tenantId}/members/${who.uid}`).get()).exists).toBe(false);
  });

  it('picks the newest open invite when two practices invited the same address', async () => {
    const first = await practice('First Clinic');
    const second = await practice('Second Clinic');
    const email = uniqueEmail('popular');
    await inviteTo(first.owner, first.tenantId, email);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await inviteTo(second.owner, second.tenantId, email);
    const result = await acceptPendingInviteForSignup(deps(), await signer(email));
    expect(result?.tenantId).toBe(second.tenantId);
    expect(await tenantData(first.tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 1 });
  });

  it('refuses an unverified address that matches an invite, asking the signer to confirm it', async () => {
    const { owner, tenantId } = await practice('Careful Clinic');
    const email = uniqueEmail('unverified');
    await inviteTo(owner, tenantId, email);
    const who = await signer(email, false);
    await expect(acceptPendingInviteForSignup(deps(), who)).rejects.toMatchObject({
      code: 'failed-precondition',
      message: expect.stringMatching(/^Careful Clinic has invited .* Confirm your email address/),
    });
    expect((await adminDb().doc(`tenants/${tenantId}/members/${who.uid}`).get()).exists).toBe(false);
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 1 });
  });
});
