/**
 * The read-only invite look-ups, through the Functions emulator the way the
 * web app calls them: `describeInvite` (the invite page, signed in or out)
 * and `findMyInvites` (onboarding: the caller's open invitations across
 * practices). Neither may write anything or give out the invited address.
 * Also `provisionTenant`'s `ignorePendingInvites`: an invited signer who
 * chose a practice of their own at onboarding gets one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { DAY_MS, INVITE_TTL_DAYS, type ProvisionResult, type TenantRole } from '@atrium/domain';
import { adminAuth, adminDb, anonymousCaller, callError, signUpClient, uniqueEmail, type TestClient } from '../support/clients';

interface InviteResult {
  tenantId: string;
  inviteId: string;
  email: string;
  role: TenantRole;
  expiresAt: string;
}
interface Description {
  tenantName: string;
  role: TenantRole;
  state: string;
  expiresAt: string;
}
interface MyInvites {
  invites: { tenantId: string; inviteId: string; tenantName: string; role: TenantRole; expiresAt: string }[];
}

const INVALID_LINK = 'This invitation link isn’t valid. Ask the practice for a new one.';

const clients: TestClient[] = [];
const anonymous = anonymousCaller();
afterAll(async () => {
  await Promise.all([...clients.map((c) => c.close()), anonymous.close()]);
});

/** A signed-up user; `verified` marks their email verified in the Auth emulator and refreshes their token. */
async function person(options: { email?: string; displayName?: string; verified?: boolean } = {}) {
  const client = await signUpClient({ email: options.email ?? uniqueEmail('staff'), displayName: options.displayName ?? 'Sam Staff' });
  clients.push(client);
  if (options.verified ?? true) {
    await adminAuth().updateUser(client.user.uid, { emailVerified: true });
    await client.user.getIdToken(true);
  }
  return client;
}

/** A new self-serve practice and its owner. */
async function practice(name = 'Harbour Skin Clinic') {
  const owner = await person({ displayName: 'Dr Olive Owner' });
  const { tenantId } = await owner.call<unknown, ProvisionResult>('provisionTenant', {
    idempotencyKey: `lookup-${crypto.randomUUID()}`,
    tenantName: name,
    plan: 'growth',
  });
  return { owner, tenantId };
}

const invite = (caller: TestClient, tenantId: string, email: string, role: TenantRole) =>
  caller.call<unknown, InviteResult>('inviteMember', { tenantId, email, role });
const describeAs = (caller: Pick<TestClient, 'call'>, data: unknown) => caller.call<unknown, Description>('describeInvite', data);
const findAs = (caller: Pick<TestClient, 'call'>, data: unknown = {}) => caller.call<unknown, MyInvites>('findMyInvites', data);

/** An open invite written straight into Firestore that expired `ago` ms ago, as time passing leaves it. */
async function seedExpiredInvite(tenantId: string, email: string, invitedBy: string, ago = DAY_MS) {
  const db = adminDb();
  const expiresAt = new Date(Date.now() - ago);
  const ref = db.collection(`tenants/${tenantId}/invites`).doc();
  const tenant = await db.doc(`tenants/${tenantId}`).get();
  const batch = db.batch();
  batch.create(ref, {
    email,
    role: 'manager',
    invitedBy,
    createdAt: Timestamp.fromMillis(expiresAt.getTime() - INVITE_TTL_DAYS * DAY_MS),
    expiresAt: Timestamp.fromDate(expiresAt),
    status: 'pending',
  });
  batch.update(tenant.ref, { pendingInvites: (tenant.get('pendingInvites') as number) + 1 });
  await batch.commit();
  return { inviteId: ref.id, expiresAt };
}

/** Every document a look-up could touch in a tenant, with its last update time: equal before and after means nothing was written. */
async function writesIn(tenantId: string) {
  const db = adminDb();
  const stamp = (t: Timestamp | undefined) => (t ? `${t.seconds}.${t.nanoseconds}` : 'missing');
  const [tenant, invites, members, audit, mail, users] = await Promise.all([
    db.doc(`tenants/${tenantId}`).get(),
    db.collection(`tenants/${tenantId}/invites`).get(),
    db.collection(`tenants/${tenantId}/members`).get(),
    db.collection(`tenants/${tenantId}/auditLog`).get(),
    db.collection('mail').where('tenantId', '==', tenantId).get(),
    db.collection('users').where('tenantIds', 'array-contains', tenantId).get(),
  ]);
  return {
    tenant: stamp(tenant.updateTime),
    docs: [...invites.docs, ...members.docs, ...users.docs].map((d) => `${d.ref.path}@${stamp(d.updateTime)}`).sort(),
    audit: audit.size,
    mail: mail.size,
  };
}

describe('describeInvite', () => {
  it('names the practice and the role of an open invite to anyone holding the link, and nothing more', async () => {
    const { owner, tenantId } = await practice('Sunrise Aesthetics');
    const email = uniqueEmail('rita');
    const sent = await invite(owner, tenantId, email, 'receptionist');
    const before = await writesIn(tenantId);

    const signedOut = await describeAs(anonymous, { tenantId, inviteId: sent.inviteId });
    expect(signedOut).toEqual({ tenantName: 'Sunrise Aesthetics', role: 'receptionist', state: 'pending', expiresAt: sent.expiresAt });
    // Never the invited address, who sent it, or anything else about the practice.
    expect(Object.keys(signedOut).sort()).toEqual(['expiresAt', 'role', 'state', 'tenantName']);
    const raw = JSON.stringify(signedOut).toLowerCase();
    expect(raw).not.toContain(email);
    expect(raw).not.toContain(email.split('@')[0]);
    expect(raw).not.toContain(owner.user.uid.toLowerCase());

    // Signed in, as a stranger or as the invitee, the answer is the same.
    const stranger = await person();
    expect(await describeAs(stranger, { tenantId, inviteId: sent.inviteId })).toEqual(signedOut);
    const invitee = await person({ email, verified: false });
    expect(await describeAs(invitee, { tenantId, inviteId: sent.inviteId })).toEqual(signedOut);

    expect(await writesIn(tenantId)).toEqual(before);
  });

  it('answers an open invite past its expiry as expired, and leaves marking it to acceptInvite', async () => {
    const { owner, tenantId } = await practice();
    const { inviteId, expiresAt } = await seedExpiredInvite(tenantId, uniqueEmail('late'), owner.user.uid);
    const before = await writesIn(tenantId);

    expect(await describeAs(anonymous, { tenantId, inviteId })).toEqual({
      tenantName: 'Harbour Skin Clinic',
      role: 'manager',
      state: 'expired',
      expiresAt: expiresAt.toISOString(),
    });
    expect(await writesIn(tenantId)).toEqual(before);
    const stored = await adminDb().doc(`tenants/${tenantId}/invites/${inviteId}`).get();
    expect(stored.get('status')).toBe('pending');
    expect((await adminDb().doc(`tenants/${tenantId}`).get()).get('pendingInvites')).toBe(1);
  });

  it('says when an invite was withdrawn or already used', async () => {
    const { owner, tenantId } = await practice();
    const withdrawn = await invite(owner, tenantId, uniqueEmail('paul'), 'practitioner');
    await owner.call('revokeInvite', { tenantId, inviteId: withdrawn.inviteId });

    const joiner = await person({ displayName: 'Ada Admin' });
    const used = await invite(owner, tenantId, joiner.user.email!, 'admin');
    await joiner.call('acceptInvite', { tenantId, inviteId: used.inviteId });
    const before = await writesIn(tenantId);

    expect(await describeAs(anonymous, { tenantId, inviteId: withdrawn.inviteId })).toEqual({
      tenantName: 'Harbour Skin Clinic',
      role: 'practitioner',
      state: 'revoked',
      expiresAt: withdrawn.expiresAt,
    });
    expect(await describeAs(joiner, { tenantId, inviteId: used.inviteId })).toEqual({
      tenantName: 'Harbour Skin Clinic',
      role: 'admin',
      state: 'accepted',
      expiresAt: used.expiresAt,
    });
    expect(await writesIn(tenantId)).toEqual(before);
  });

  it('answers an unknown link as not valid, in words, whether the tenant or the invite is unknown', async () => {
    const { owner, tenantId } = await practice();
    const other = await practice('Other Clinic');
    const sent = await invite(owner, tenantId, uniqueEmail('nia'), 'receptionist');

    const unknownInvite = await callError(describeAs(anonymous, { tenantId, inviteId: 'noSuchInvite0000' }));
    const unknownTenant = await callError(describeAs(anonymous, { tenantId: 'noSuchTenant0000', inviteId: sent.inviteId }));
    // The invite's id with another practice's id: it is not that practice's invite.
    const crossed = await callError(describeAs(other.owner, { tenantId: other.tenantId, inviteId: sent.inviteId }));
    for (const error of [unknownInvite, unknownTenant, crossed]) {
      expect(error.code).toBe('not-found');
      expect(error.message).toBe(INVALID_LINK);
    }
  });

  it('refuses malformed input with invalid-argument and writes nothing', async () => {
    const { owner, tenantId } = await practice();
    const sent = await invite(owner, tenantId, uniqueEmail('rita'), 'receptionist');
    const before = await writesIn(tenantId);

    const bad: unknown[] = [
      null,
      {},
      { tenantId },
      { inviteId: sent.inviteId },
      { tenantId, inviteId: sent.inviteId, email: 'rita@example.test' },
      { tenantId, inviteId: `../${sent.inviteId}` },
      { tenantId: `${tenantId}/invites`, inviteId: sent.inviteId },
      { tenantId, inviteId: '' },
      { tenantId, inviteId: 42 },
      { tenantId, inviteId: 'x'.repeat(129) },
    ];
    for (const data of bad) {
      const error = await callError(describeAs(anonymous, data));
      expect(error.code, JSON.stringify(data)).toBe('invalid-argument');
    }
    expect(await writesIn(tenantId)).toEqual(before);
  });
});

describe('findMyInvites', () => {
  it('lists only the caller’s open invitations, across practices, newest first, without writing', async () => {
    const sunrise = await practice('Sunrise Aesthetics');
    const harbour = await practice('Harbour Skin Clinic');
    const lapsed = await practice('Lapsed Clinic');
    const withdrawn = await practice('Withdrawn Clinic');
    const email = uniqueEmail('rosa');

    const fromSunrise = await invite(sunrise.owner, sunrise.tenantId, email, 'receptionist');
    const fromHarbour = await invite(harbour.owner, harbour.tenantId, email, 'practitioner');
    await seedExpiredInvite(lapsed.tenantId, email, lapsed.owner.user.uid);
    const revoked = await invite(withdrawn.owner, withdrawn.tenantId, email, 'manager');
    await withdrawn.owner.call('revokeInvite', { tenantId: withdrawn.tenantId, inviteId: revoked.inviteId });
    // Someone else's invite in the same practice.
    await invite(sunrise.owner, sunrise.tenantId, uniqueEmail('someone-else'), 'admin');
    const before = await Promise.all([sunrise, harbour, lapsed, withdrawn].map((p) => writesIn(p.tenantId)));

    // Signed up with a password and not confirmed yet: the list is still theirs to see (joining needs the confirmation).
    const rosa = await person({ email, verified: false });
    const found = await findAs(rosa);
    expect(found).toEqual({
      invites: [
        {
          tenantId: harbour.tenantId,
          inviteId: fromHarbour.inviteId,
          tenantName: 'Harbour Skin Clinic',
          role: 'practitioner',
          expiresAt: fromHarbour.expiresAt,
        },
        {
          tenantId: sunrise.tenantId,
          inviteId: fromSunrise.inviteId,
          tenantName: 'Sunrise Aesthetics',
          role: 'receptionist',
          expiresAt: fromSunrise.expiresAt,
        },
      ],
    });
    expect(JSON.stringify(found)).not.toContain(email);

    // Someone else sees none of Rosa's.
    expect(await findAs(await person())).toEqual({ invites: [] });
    // The expired one stays as it was: marking it is acceptInvite's and inviteMember's job.
    expect(await Promise.all([sunrise, harbour, lapsed, withdrawn].map((p) => writesIn(p.tenantId)))).toEqual(before);
  });

  it('drops an invitation once it is accepted', async () => {
    const { owner, tenantId } = await practice('Sunrise Aesthetics');
    const nia = await person({ displayName: 'Nia Newcomer' });
    const sent = await invite(owner, tenantId, nia.user.email!, 'practitioner');
    expect((await findAs(nia)).invites.map((i) => i.inviteId)).toEqual([sent.inviteId]);
    await nia.call('acceptInvite', { tenantId, inviteId: sent.inviteId });
    expect(await findAs(nia)).toEqual({ invites: [] });
  });

  it('requires sign-in and takes an empty object only', async () => {
    const { owner, tenantId } = await practice();
    const email = uniqueEmail('ivy');
    await invite(owner, tenantId, email, 'receptionist');

    const signedOut = await callError(findAs(anonymous));
    expect(signedOut.code).toBe('unauthenticated');
    // Asking for someone else's address is not a thing: the address comes from the ID token only.
    const stranger = await person();
    for (const data of [{ email }, null, [], 'me']) {
      expect((await callError(findAs(stranger, data))).code, JSON.stringify(data)).toBe('invalid-argument');
    }
  });
});

describe('provisionTenant for an invited signer who chose their own practice', () => {
  it('creates their practice and leaves the invitation open', async () => {
    const { owner, tenantId } = await practice('Sunrise Aesthetics');
    const email = uniqueEmail('own');
    const sent = await invite(owner, tenantId, email, 'receptionist');

    for (const verified of [true, false]) {
      const signer = verified ? await person({ email }) : await person({ email: uniqueEmail('own-unconfirmed'), verified: false });
      if (!verified) await invite(owner, tenantId, signer.user.email!, 'practitioner');
      const result = await signer.call<unknown, ProvisionResult>('provisionTenant', {
        idempotencyKey: `own-${crypto.randomUUID()}`,
        tenantName: 'My Own Clinic',
        plan: 'starter',
        ignorePendingInvites: true,
      });
      expect(result).toMatchObject({ status: 'trial', created: true });
      expect(result.tenantId).not.toBe(tenantId);
      const own = await adminDb().doc(`tenants/${result.tenantId}`).get();
      expect(own.get('ownerUid')).toBe(signer.user.uid);
      expect((await adminDb().doc(`tenants/${tenantId}/members/${signer.user.uid}`).get()).exists).toBe(false);
    }
    expect((await adminDb().doc(`tenants/${tenantId}/invites/${sent.inviteId}`).get()).get('status')).toBe('pending');
    expect((await adminDb().doc(`tenants/${tenantId}`).get()).get('pendingInvites')).toBe(2);
  });
});
