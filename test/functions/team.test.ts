/**
 * The team callables (SPEC §5) through the Functions emulator, the way the
 * web app calls them: each person is a signed-up Auth emulator user with
 * their own web SDK client; tenants come from `provisionTenant`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { doc, getDoc } from 'firebase/firestore';
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
interface AcceptResult {
  tenantId: string;
  inviteId: string;
  tenantName: string;
  role: TenantRole;
  status: string;
}

const clients: TestClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
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
async function practice(plan: 'starter' | 'growth' = 'growth') {
  const owner = await person({ displayName: 'Dr Olive Owner' });
  const { tenantId } = await owner.call<unknown, ProvisionResult>('provisionTenant', {
    idempotencyKey: `team-${crypto.randomUUID()}`,
    tenantName: 'Harbour Skin Clinic',
    plan,
  });
  return { owner, tenantId };
}

const invite = (caller: TestClient, tenantId: string, email: string, role: TenantRole) =>
  caller.call<unknown, InviteResult>('inviteMember', { tenantId, email, role });
const accept = (caller: TestClient, tenantId: string, inviteId: string) =>
  caller.call<unknown, AcceptResult>('acceptInvite', { tenantId, inviteId });

/** Invites a fresh verified user with `role` and has them accept. */
async function join(tenantId: string, inviter: TestClient, role: TenantRole) {
  const member = await person({ displayName: `Pat ${role}` });
  const { inviteId } = await invite(inviter, tenantId, member.user.email!, role);
  await accept(member, tenantId, inviteId);
  return member;
}

const tenantData = async (tenantId: string) => (await adminDb().doc(`tenants/${tenantId}`).get()).data()!;
const memberData = async (tenantId: string, uid: string) =>
  (await adminDb().doc(`tenants/${tenantId}/members/${uid}`).get()).data();
const auditActions = async (tenantId: string) =>
  (await adminDb().collection(`tenants/${tenantId}/auditLog`).get()).docs.map((d) => d.get('action') as string).sort();
const invitesOf = async (tenantId: string) => (await adminDb().collection(`tenants/${tenantId}/invites`).get()).docs;

/** An invite written straight into Firestore, as an older release or a clock jump would leave it. */
async function seedInvite(tenantId: string, email: string, expiresAt: Date, invitedBy: string) {
  const db = adminDb();
  const ref = db.collection(`tenants/${tenantId}/invites`).doc();
  const batch = db.batch();
  batch.create(ref, {
    email,
    role: 'receptionist',
    invitedBy,
    createdAt: Timestamp.fromMillis(expiresAt.getTime() - INVITE_TTL_DAYS * DAY_MS),
    expiresAt: Timestamp.fromDate(expiresAt),
    status: 'pending',
  });
  batch.update(db.doc(`tenants/${tenantId}`), { pendingInvites: (await tenantData(tenantId)).pendingInvites + 1 });
  await batch.commit();
  return ref.id;
}

describe('inviting and joining', () => {
  it('writes a pending invite, reserves a seat, queues the invite email and audits it', async () => {
    const { owner, tenantId } = await practice();
    const before = Date.now();
    const result = await invite(owner, tenantId, '  Rita.Reception@Example.TEST ', 'receptionist');
    expect(result).toMatchObject({ tenantId, email: 'rita.reception@example.test', role: 'receptionist' });

    const invites = await invitesOf(tenantId);
    expect(invites.map((d) => d.id)).toEqual([result.inviteId]);
    const stored = invites[0]!.data();
    expect(stored).toMatchObject({ email: 'rita.reception@example.test', role: 'receptionist', invitedBy: owner.user.uid, status: 'pending' });
    expect(stored.createdAt.toMillis()).toBeGreaterThanOrEqual(before - 5_000);
    expect(stored.expiresAt.toMillis() - stored.createdAt.toMillis()).toBe(INVITE_TTL_DAYS * DAY_MS);
    expect(new Date(result.expiresAt).getTime()).toBe(stored.expiresAt.toMillis());

    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 1 });

    const mail = await adminDb().collection('mail').where('tenantId', '==', tenantId).where('template', '==', 'invite').get();
    expect(mail.size).toBe(1);
    const email = mail.docs[0]!.data();
    expect(email).toMatchObject({ to: 'rita.reception@example.test', message: { subject: 'Dr Olive Owner invited you to join Harbour Skin Clinic on Atrium' } });
    expect(email.message.text).toContain(`/invite/${tenantId}/${result.inviteId}`);
    expect(email.message.html).toContain(`/invite/${tenantId}/${result.inviteId}`);
    expect(email.message.text).toContain('as Receptionist');

    const audit = await adminDb().collection(`tenants/${tenantId}/auditLog`).where('action', '==', 'member.invited').get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        actorUid: owner.user.uid,
        actorKind: 'user',
        target: `tenants/${tenantId}/invites/${result.inviteId}`,
        details: expect.objectContaining({ email: 'rita.reception@example.test', role: 'receptionist' }),
      }),
    ]);
  });

  it('lets the invitee accept: membership, seat, profile and audit in one go; a second accept answers the same', async () => {
    const { owner, tenantId } = await practice();
    const invitee = await person({ displayName: 'Rita Reception' });
    const { inviteId } = await invite(owner, tenantId, invitee.user.email!, 'receptionist');

    const first = await accept(invitee, tenantId, inviteId);
    expect(first).toEqual({ tenantId, inviteId, tenantName: 'Harbour Skin Clinic', role: 'receptionist', status: 'trial' });
    expect(await memberData(tenantId, invitee.user.uid)).toMatchObject({
      role: 'receptionist',
      email: invitee.user.email,
      displayName: 'Rita Reception',
      disabled: false,
    });
    expect((await invitesOf(tenantId))[0]!.data()).toMatchObject({ status: 'accepted', acceptedBy: invitee.user.uid });
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 2, pendingInvites: 0 });
    const profile = (await adminDb().doc(`users/${invitee.user.uid}`).get()).data();
    expect(profile).toMatchObject({ tenantIds: [tenantId], defaultTenantId: tenantId, email: invitee.user.email });

    const again = await accept(invitee, tenantId, inviteId);
    expect(again).toEqual(first);
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 2, pendingInvites: 0 });
    expect(await auditActions(tenantId)).toEqual(['invite.accepted', 'member.invited', 'tenant.provisioned']);

    // The rules see the new membership at once.
    const tenant = await getDoc(doc(invitee.db, `tenants/${tenantId}`));
    expect(tenant.get('name')).toBe('Harbour Skin Clinic');
  });

  it('counts a seat once when the invitee accepts twice at the same moment', async () => {
    const { owner, tenantId } = await practice();
    const invitee = await person();
    const { inviteId } = await invite(owner, tenantId, invitee.user.email!, 'practitioner');
    const [a, b] = await Promise.all([accept(invitee, tenantId, inviteId), accept(invitee, tenantId, inviteId)]);
    expect(a).toEqual(b);
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 2, pendingInvites: 0 });
    expect((await auditActions(tenantId)).filter((a) => a === 'invite.accepted')).toHaveLength(1);
  });

  it('keeps an existing profile default tenant and adds the new tenant to the list', async () => {
    const first = await practice();
    const second = await practice();
    const member = await join(first.tenantId, first.owner, 'manager');
    const { inviteId } = await invite(second.owner, second.tenantId, member.user.email!, 'admin');
    await accept(member, second.tenantId, inviteId);
    const profile = (await adminDb().doc(`users/${member.user.uid}`).get()).data()!;
    expect(profile.defaultTenantId).toBe(first.tenantId);
    expect([...profile.tenantIds].sort()).toEqual([first.tenantId, second.tenantId].sort());
  });

  it('refuses an invite accepted by someone signed in with another email, and writes nothing', async () => {
    const { owner, tenantId } = await practice();
    const { inviteId } = await invite(owner, tenantId, uniqueEmail('invitee'), 'admin');
    const stranger = await person();
    const error = await callError(accept(stranger, tenantId, inviteId));
    expect(error.code).toBe('permission-denied');
    expect(error.message).toMatch(/different email address/);
    expect(await memberData(tenantId, stranger.user.uid)).toBeUndefined();
    expect((await invitesOf(tenantId))[0]!.get('status')).toBe('pending');
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 1 });
  });

  it('refuses an invitee whose email address is not verified yet', async () => {
    const { owner, tenantId } = await practice();
    const invitee = await person({ verified: false });
    const { inviteId } = await invite(owner, tenantId, invitee.user.email!, 'receptionist');
    const error = await callError(accept(invitee, tenantId, inviteId));
    expect(error.code).toBe('permission-denied');
    expect(error.message).toMatch(/Confirm your email address/);
    expect(await memberData(tenantId, invitee.user.uid)).toBeUndefined();
  });

  it('answers not-found for an invite that does not exist', async () => {
    const { tenantId } = await practice();
    const invitee = await person();
    const error = await callError(accept(invitee, tenantId, 'no-such-invite'));
    expect(error.code).toBe('not-found');
  });

  it('refuses an expired invite, and the expired invite stops holding a seat', async () => {
    const { owner, tenantId } = await practice();
    const invitee = await person();
    const inviteId = await seedInvite(tenantId, invitee.user.email!, new Date(Date.now() - 60_000), owner.user.uid);
    expect(await tenantData(tenantId)).toMatchObject({ pendingInvites: 1 });

    const error = await callError(accept(invitee, tenantId, inviteId));
    expect(error.code).toBe('failed-precondition');
    expect(error.message).toMatch(/expired/);
    expect(await memberData(tenantId, invitee.user.uid)).toBeUndefined();
    expect((await adminDb().doc(`tenants/${tenantId}/invites/${inviteId}`).get()).get('status')).toBe('expired');
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 0 });

    // Still refused the second time, without counting down again.
    expect((await callError(accept(invitee, tenantId, inviteId))).code).toBe('failed-precondition');
    expect(await tenantData(tenantId)).toMatchObject({ pendingInvites: 0 });
  });

  it('releases seats held by expired invites when the next invite needs them', async () => {
    const { owner, tenantId } = await practice('starter');
    const past = new Date(Date.now() - DAY_MS);
    for (let i = 0; i < 4; i++) await seedInvite(tenantId, uniqueEmail('lapsed'), past, owner.user.uid);
    expect(await tenantData(tenantId)).toMatchObject({ seatLimit: 5, seatsUsed: 1, pendingInvites: 4 });

    await invite(owner, tenantId, uniqueEmail('fresh'), 'practitioner');
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 1 });
    const statuses = (await invitesOf(tenantId)).map((d) => d.get('status') as string).sort();
    expect(statuses).toEqual(['expired', 'expired', 'expired', 'expired', 'pending']);
  });

  it('does not let an invite turn a disabled membership back on', async () => {
    const { owner, tenantId } = await practice();
    const member = await join(tenantId, owner, 'receptionist');
    await adminDb().doc(`tenants/${tenantId}/members/${member.user.uid}`).update({ disabled: true });
    const inviteId = await seedInvite(tenantId, member.user.email!, new Date(Date.now() + DAY_MS), owner.user.uid);
    const error = await callError(accept(member, tenantId, inviteId));
    expect(error.code).toBe('failed-precondition');
    expect(error.message).toMatch(/access to Harbour Skin Clinic has been turned off/);
    expect(await memberData(tenantId, member.user.uid)).toMatchObject({ disabled: true, role: 'receptionist' });
    expect((await adminDb().doc(`tenants/${tenantId}/invites/${inviteId}`).get()).get('status')).toBe('pending');
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 2, pendingInvites: 1 });
  });

  it('answers already-exists for an email with an open invite or a membership', async () => {
    const { owner, tenantId } = await practice();
    const email = uniqueEmail('twice');
    await invite(owner, tenantId, email, 'manager');
    const duplicate = await callError(invite(owner, tenantId, email.toUpperCase(), 'admin'));
    expect(duplicate.code).toBe('already-exists');
    expect(duplicate.message).toContain(email);

    const ownerAgain = await callError(invite(owner, tenantId, owner.user.email!, 'admin'));
    expect(ownerAgain.code).toBe('already-exists');
    expect(await invitesOf(tenantId)).toHaveLength(1);
    expect(await tenantData(tenantId)).toMatchObject({ pendingInvites: 1 });
  });
});

describe('seat limits', () => {
  it('refuses the invite past the seat limit, naming it; revoking an invite frees the seat', async () => {
    const { owner, tenantId } = await practice('starter');
    const sent: InviteResult[] = [];
    for (let i = 0; i < 4; i++) sent.push(await invite(owner, tenantId, uniqueEmail('seat'), 'practitioner'));
    expect(await tenantData(tenantId)).toMatchObject({ seatLimit: 5, seatsUsed: 1, pendingInvites: 4 });

    const full = await callError(invite(owner, tenantId, uniqueEmail('one-too-many'), 'practitioner'));
    expect(full.code).toBe('failed-precondition');
    expect(full.message).toBe(
      'All 5 seats are in use (5 of 5 including pending invites). Remove a member or revoke an invite, or upgrade the plan.',
    );

    const revoked = await owner.call<unknown, { status: string }>('revokeInvite', { tenantId, inviteId: sent[0]!.inviteId });
    expect(revoked).toMatchObject({ status: 'revoked' });
    expect(await tenantData(tenantId)).toMatchObject({ pendingInvites: 3 });
    expect((await adminDb().doc(`tenants/${tenantId}/invites/${sent[0]!.inviteId}`).get()).data()).toMatchObject({
      status: 'revoked',
      revokedBy: owner.user.uid,
    });

    await invite(owner, tenantId, uniqueEmail('now-fits'), 'practitioner');
    expect(await tenantData(tenantId)).toMatchObject({ pendingInvites: 4 });
    expect((await auditActions(tenantId)).filter((a) => a === 'invite.revoked')).toHaveLength(1);
  });

  it('refuses a revoked invite to its invitee', async () => {
    const { owner, tenantId } = await practice();
    const invitee = await person();
    const { inviteId } = await invite(owner, tenantId, invitee.user.email!, 'receptionist');
    await owner.call('revokeInvite', { tenantId, inviteId });
    const error = await callError(accept(invitee, tenantId, inviteId));
    expect(error.code).toBe('failed-precondition');
    expect(error.message).toMatch(/withdrew this invite/);
    expect(await memberData(tenantId, invitee.user.uid)).toBeUndefined();
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 0 });
  });

  it('lets exactly 5 of 30 concurrent invites through when 5 seats are free', { timeout: 180_000 }, async () => {
    const { owner, tenantId } = await practice('starter');
    // Starter: 5 seats, the owner holds one. One more makes 5 free, which is also the plan's open-invite cap.
    await adminDb().doc(`tenants/${tenantId}`).update({ seatLimit: 6 });
    const emails = Array.from({ length: 30 }, (_, i) => uniqueEmail(`race-${i}`));
    // The Functions emulator runs each concurrent request in its own worker process. Thirty cold
    // starts at once on two cores starve the transactions (single calls then took 40+ s), which
    // tests the emulator's process start-up, not the seat check. Warm thirty workers first with
    // calls refused at input parsing, which touch no data.
    const warmUp = await Promise.allSettled(emails.map(() => owner.call('inviteMember', { tenantId })));
    expect(warmUp.every((o) => o.status === 'rejected')).toBe(true);
    expect(await tenantData(tenantId)).toMatchObject({ pendingInvites: 0 });

    const started = performance.now();
    const outcomes = await Promise.allSettled(emails.map((email) => invite(owner, tenantId, email, 'practitioner')));
    const elapsed = performance.now() - started;

    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const refusals = await Promise.all(
      outcomes.filter((o) => o.status === 'rejected').map((o) => callError(Promise.reject((o as PromiseRejectedResult).reason))),
    );
    console.info(`[team] 30 concurrent inviteMember calls took ${Math.round(elapsed)} ms`);
    expect(succeeded).toHaveLength(5);
    expect(refusals).toHaveLength(25);
    for (const refusal of refusals) {
      expect(refusal.code).toBe('failed-precondition');
      expect(refusal.message).toMatch(/All 6 seats are in use \(6 of 6 including pending invites\)/);
    }
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 5 });
    const invites = await invitesOf(tenantId);
    expect(invites).toHaveLength(5);
    expect(invites.every((d) => d.get('status') === 'pending')).toBe(true);
    const winners = succeeded.map((o) => (o as PromiseFulfilledResult<InviteResult>).value.inviteId).sort();
    expect(invites.map((d) => d.id).sort()).toEqual(winners);
    const mail = await adminDb().collection('mail').where('tenantId', '==', tenantId).where('template', '==', 'invite').get();
    expect(mail.size).toBe(5);
    expect((await auditActions(tenantId)).filter((a) => a === 'member.invited')).toHaveLength(5);
  });
});

describe('who may change the team', () => {
  it('refuses a receptionist, a practitioner and a manager every team change, in words they understand', async () => {
    const { owner, tenantId } = await practice();
    const { inviteId } = await invite(owner, tenantId, uniqueEmail('pending'), 'receptionist');
    const colleague = await join(tenantId, owner, 'practitioner');
    for (const role of ['receptionist', 'practitioner', 'manager'] as const) {
      const member = await join(tenantId, owner, role);
      // Thunks: each call starts only when its refusal is awaited.
      const attempts = [
        () => invite(member, tenantId, uniqueEmail('sneaky'), 'receptionist'),
        () => member.call('revokeInvite', { tenantId, inviteId }),
        () => member.call('changeMemberRole', { tenantId, uid: member.user.uid, role: 'admin' }),
        () => member.call('changeMemberRole', { tenantId, uid: colleague.user.uid, role: 'receptionist' }),
        () => member.call('removeMember', { tenantId, uid: colleague.user.uid }),
      ];
      for (const attempt of attempts) {
        const error = await callError(attempt());
        expect(error.code, role).toBe('permission-denied');
        expect(error.message).toBe('Only an owner or an administrator of the practice can invite, change or remove team members.');
      }
      expect((await memberData(tenantId, member.user.uid))!.role).toBe(role);
    }
    expect((await memberData(tenantId, colleague.user.uid))!.role).toBe('practitioner');
    expect((await adminDb().doc(`tenants/${tenantId}/invites/${inviteId}`).get()).get('status')).toBe('pending');
    expect((await invitesOf(tenantId)).filter((d) => d.get('status') === 'pending')).toHaveLength(1);
  });

  it('refuses a stranger and a disabled member as not members', async () => {
    const { owner, tenantId } = await practice();
    const stranger = await person();
    expect((await callError(invite(stranger, tenantId, uniqueEmail('x'), 'receptionist'))).code).toBe('permission-denied');

    const admin = await join(tenantId, owner, 'admin');
    await adminDb().doc(`tenants/${tenantId}/members/${admin.user.uid}`).update({ disabled: true });
    const error = await callError(invite(admin, tenantId, uniqueEmail('x'), 'receptionist'));
    expect(error.code).toBe('permission-denied');
    expect(error.message).toMatch(/not a member of this practice/);
    expect(await tenantData(tenantId)).toMatchObject({ pendingInvites: 0 });
  });

  it('refuses a signed-out caller with unauthenticated', async () => {
    const { tenantId } = await practice();
    const anon = anonymousCaller();
    try {
      const error = await callError(anon.call('inviteMember', { tenantId, email: uniqueEmail('x'), role: 'admin' }));
      expect(error.code).toBe('unauthenticated');
    } finally {
      await anon.close();
    }
  });

  it('lets an admin manage staff but not create, change, remove or un-invite an owner', async () => {
    const { owner, tenantId } = await practice();
    const admin = await join(tenantId, owner, 'admin');
    const staff = await join(tenantId, admin, 'receptionist');
    const ownerInvite = await invite(owner, tenantId, uniqueEmail('co-owner'), 'owner');

    const refusals = [
      ['invite an owner', () => invite(admin, tenantId, uniqueEmail('new-owner'), 'owner'), 'Only an owner can make someone an owner.'],
      ['promote to owner', () => admin.call('changeMemberRole', { tenantId, uid: staff.user.uid, role: 'owner' }), 'Only an owner can make someone an owner.'],
      ['promote self', () => admin.call('changeMemberRole', { tenantId, uid: admin.user.uid, role: 'owner' }), 'Only an owner can make someone an owner.'],
      ['demote the owner', () => admin.call('changeMemberRole', { tenantId, uid: owner.user.uid, role: 'receptionist' }), 'Only an owner can change or remove another owner.'],
      ['remove the owner', () => admin.call('removeMember', { tenantId, uid: owner.user.uid }), 'Only an owner can change or remove another owner.'],
      ['revoke an owner invite', () => admin.call('revokeInvite', { tenantId, inviteId: ownerInvite.inviteId }), 'Only an owner can withdraw an invite to become an owner.'],
    ] as const;
    for (const [label, attempt, message] of refusals) {
      const error = await callError(attempt());
      expect(error.code, label).toBe('permission-denied');
      expect(error.message, label).toBe(message);
    }
    expect((await memberData(tenantId, owner.user.uid))!.role).toBe('owner');
    expect((await memberData(tenantId, admin.user.uid))!.role).toBe('admin');
    expect((await memberData(tenantId, staff.user.uid))!.role).toBe('receptionist');

    const changed = await admin.call('changeMemberRole', { tenantId, uid: staff.user.uid, role: 'manager' });
    expect(changed).toEqual({ tenantId, uid: staff.user.uid, role: 'manager', changed: true });
    expect((await memberData(tenantId, staff.user.uid))!.role).toBe('manager');
    const audit = await adminDb().collection(`tenants/${tenantId}/auditLog`).where('action', '==', 'member.role_changed').get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({ actorUid: admin.user.uid, details: expect.objectContaining({ from: 'receptionist', to: 'manager' }) }),
    ]);
  });

  it('lets an owner make another owner, who can then be demoted while one owner remains', async () => {
    const { owner, tenantId } = await practice();
    const colleague = await join(tenantId, owner, 'admin');
    await owner.call('changeMemberRole', { tenantId, uid: colleague.user.uid, role: 'owner' });
    expect((await memberData(tenantId, colleague.user.uid))!.role).toBe('owner');
    await colleague.call('changeMemberRole', { tenantId, uid: owner.user.uid, role: 'admin' });
    expect((await memberData(tenantId, owner.user.uid))!.role).toBe('admin');
    // The owner of record moves to an owner who is still one.
    expect((await tenantData(tenantId)).ownerUid).toBe(colleague.user.uid);
  });
});

describe('the last owner', () => {
  it('cannot be demoted or removed, by themselves or anyone', async () => {
    const { owner, tenantId } = await practice();
    const admin = await join(tenantId, owner, 'admin');
    const attempts = [
      () => owner.call('changeMemberRole', { tenantId, uid: owner.user.uid, role: 'admin' }),
      () => owner.call('removeMember', { tenantId, uid: owner.user.uid }),
    ];
    for (const attempt of attempts) {
      const error = await callError(attempt());
      expect(error.code).toBe('failed-precondition');
      expect(error.message).toBe('You are the only owner of this practice. Make someone else an owner first.');
    }
    // A disabled second owner does not count: the enabled one is still the last.
    const other = await join(tenantId, owner, 'owner');
    await adminDb().doc(`tenants/${tenantId}/members/${other.user.uid}`).update({ disabled: true });
    const error = await callError(owner.call('changeMemberRole', { tenantId, uid: owner.user.uid, role: 'manager' }));
    expect(error.code).toBe('failed-precondition');
    expect((await memberData(tenantId, owner.user.uid))!.role).toBe('owner');
    expect((await callError(admin.call('removeMember', { tenantId, uid: owner.user.uid }))).code).toBe('permission-denied');
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 3 });
  });

  it('survives concurrent demotions of the last two owners: at least one owner remains', { timeout: 120_000 }, async () => {
    for (let round = 0; round < 3; round++) {
      const { owner, tenantId } = await practice();
      const second = await join(tenantId, owner, 'owner');
      const outcomes = await Promise.allSettled([
        owner.call('changeMemberRole', { tenantId, uid: owner.user.uid, role: 'admin' }),
        second.call('changeMemberRole', { tenantId, uid: second.user.uid, role: 'admin' }),
        owner.call('changeMemberRole', { tenantId, uid: second.user.uid, role: 'manager' }),
        second.call('changeMemberRole', { tenantId, uid: owner.user.uid, role: 'manager' }),
      ]);
      const owners = await adminDb().collection(`tenants/${tenantId}/members`).where('role', '==', 'owner').get();
      expect(owners.size, `round ${round}`).toBeGreaterThanOrEqual(1);
      const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
      expect(fulfilled.length, `round ${round}`).toBeGreaterThanOrEqual(1);
      for (const o of outcomes) {
        if (o.status === 'rejected') {
          const error = await callError(Promise.reject(o.reason));
          expect(['failed-precondition', 'permission-denied']).toContain(error.code);
        }
      }
    }
  });
});

describe('removing a member', () => {
  it('ends their access at once, frees the seat, updates their profile and audits it', async () => {
    const { owner, tenantId } = await practice();
    const member = await join(tenantId, owner, 'practitioner');
    expect((await getDoc(doc(member.db, `tenants/${tenantId}`))).get('name')).toBe('Harbour Skin Clinic');
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 2 });

    const result = await owner.call('removeMember', { tenantId, uid: member.user.uid });
    expect(result).toEqual({ tenantId, uid: member.user.uid, removed: true });
    await expect(getDoc(doc(member.db, `tenants/${tenantId}`))).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(getDoc(doc(member.db, `tenants/${tenantId}/members/${owner.user.uid}`))).rejects.toMatchObject({
      code: 'permission-denied',
    });

    expect(await memberData(tenantId, member.user.uid)).toBeUndefined();
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1 });
    const profile = (await adminDb().doc(`users/${member.user.uid}`).get()).data();
    expect(profile).toMatchObject({ tenantIds: [], defaultTenantId: null });
    const audit = await adminDb().collection(`tenants/${tenantId}/auditLog`).where('action', '==', 'member.removed').get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({ actorUid: owner.user.uid, target: `tenants/${tenantId}/members/${member.user.uid}` }),
    ]);
    // Their team calls are refused too.
    expect((await callError(member.call('removeMember', { tenantId, uid: member.user.uid }))).code).toBe('permission-denied');
  });

  it('lets any member leave, and answers not-found for someone who is not a member', async () => {
    const { owner, tenantId } = await practice();
    const member = await join(tenantId, owner, 'receptionist');
    await member.call('removeMember', { tenantId, uid: member.user.uid });
    expect(await memberData(tenantId, member.user.uid)).toBeUndefined();
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1 });
    expect(await auditActions(tenantId)).toContain('member.left');
    const error = await callError(owner.call('removeMember', { tenantId, uid: member.user.uid }));
    expect(error.code).toBe('not-found');
  });
});

describe('billing state', () => {
  it.each(['trial_expired', 'suspended', 'cancelled'] as const)('refuses team changes while the tenant is %s', async (status) => {
    const { owner, tenantId } = await practice();
    const member = await join(tenantId, owner, 'receptionist');
    const invitee = await person();
    const { inviteId } = await invite(owner, tenantId, invitee.user.email!, 'manager');
    await adminDb().doc(`tenants/${tenantId}`).update({ status });

    const attempts = [
      () => invite(owner, tenantId, uniqueEmail('blocked'), 'receptionist'),
      () => accept(invitee, tenantId, inviteId),
      () => owner.call('revokeInvite', { tenantId, inviteId }),
      () => owner.call('changeMemberRole', { tenantId, uid: member.user.uid, role: 'manager' }),
      () => owner.call('removeMember', { tenantId, uid: member.user.uid }),
    ];
    for (const attempt of attempts) {
      const error = await callError(attempt());
      expect(error.code).toBe('failed-precondition');
      expect(error.message).toMatch(/Harbour Skin Clinic is read-only until billing is sorted/);
    }
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 2, pendingInvites: 1 });
    expect((await memberData(tenantId, member.user.uid))!.role).toBe('receptionist');
  });

  it('refuses a past-due tenant from the second failed payment, not before', async () => {
    const { owner, tenantId } = await practice();
    await adminDb().doc(`tenants/${tenantId}`).update({ status: 'past_due', paymentFailures: 1 });
    await invite(owner, tenantId, uniqueEmail('still-ok'), 'receptionist');
    await adminDb().doc(`tenants/${tenantId}`).update({ paymentFailures: 2 });
    const error = await callError(invite(owner, tenantId, uniqueEmail('blocked'), 'receptionist'));
    expect(error.code).toBe('failed-precondition');
    expect(await tenantData(tenantId)).toMatchObject({ pendingInvites: 1 });
  });
});

describe('bad input', () => {
  const cases: [string, string, (tenantId: string) => Record<string, unknown>, string][] = [
    ['inviteMember', 'a malformed email', (t) => ({ tenantId: t, email: 'not-an-email', role: 'admin' }), 'email'],
    ['inviteMember', 'an unknown role', (t) => ({ tenantId: t, email: 'a@example.test', role: 'superuser' }), 'role'],
    ['inviteMember', 'a client-chosen seat limit', (t) => ({ tenantId: t, email: 'a@example.test', role: 'admin', seatLimit: 99 }), ''],
    ['inviteMember', 'a tenant id with a slash', () => ({ tenantId: 'a/b', email: 'a@example.test', role: 'admin' }), 'tenantId'],
    ['acceptInvite', 'a missing invite id', (t) => ({ tenantId: t }), 'inviteId'],
    ['revokeInvite', 'an invite id path', (t) => ({ tenantId: t, inviteId: '../members/x' }), 'inviteId'],
    ['changeMemberRole', 'an unknown role', (t) => ({ tenantId: t, uid: 'someone', role: 'platform_admin' }), 'role'],
    ['removeMember', 'a missing uid', (t) => ({ tenantId: t }), 'uid'],
  ];
  it.each(cases)('%s answers %s with invalid-argument naming the field, and writes nothing', async (name, _label, input, field) => {
    const { owner, tenantId } = await practice();
    const error = await callError(owner.call(name, input(tenantId)));
    expect(error.code).toBe('invalid-argument');
    const issues = (error.details as { issues: { path: string }[] }).issues;
    expect(issues.map((i) => i.path)).toContain(field);
    expect(await invitesOf(tenantId)).toHaveLength(0);
    expect(await tenantData(tenantId)).toMatchObject({ seatsUsed: 1, pendingInvites: 0 });
    expect(await auditActions(tenantId)).toEqual(['tenant.provisioned']);
  });
});
