/**
 * The team policy (SPEC §2, §5) with fixed inputs: every actor role against
 * every target and new role, the last-owner guard, the seat and open-invite
 * caps, the billing-state gate and invite expiry.
 */
import { describe, expect, it } from 'vitest';
import { PLANS } from './plans';
import { TENANT_ROLES, type TenantRole } from './roles';
import {
  INVITE_TTL_DAYS,
  TEAM_MESSAGES,
  canManageTeam,
  checkInvite,
  checkInviteCapacity,
  checkRemoval,
  checkRevoke,
  checkRoleChange,
  checkTeamWritable,
  inviteExpiresAt,
  isInviteExpired,
  teamPaths,
} from './team-policy';
import { DAY_MS, TENANT_STATUSES } from './tenant-lifecycle';

const managers: TenantRole[] = ['owner', 'admin'];
const staff: TenantRole[] = ['manager', 'practitioner', 'receptionist'];

describe('who manages the team', () => {
  it('is owners and admins only', () => {
    expect(TENANT_ROLES.filter(canManageTeam)).toEqual(managers);
  });

  it.each(TENANT_ROLES.flatMap((actor) => TENANT_ROLES.map((invited) => [actor, invited] as const)))(
    '%s inviting a %s',
    (actor, invited) => {
      const decision = checkInvite(actor, invited);
      const allowed = actor === 'owner' || (actor === 'admin' && invited !== 'owner');
      expect(decision.ok).toBe(allowed);
      if (!decision.ok) {
        expect(decision.code).toBe('permission-denied');
        expect(decision.message).toBe(staff.includes(actor) ? TEAM_MESSAGES.notManager : TEAM_MESSAGES.ownerOnlyCreate);
      }
      expect(checkRevoke(actor, invited).ok).toBe(allowed);
    },
  );
});

describe('checkRoleChange', () => {
  const owner = { uid: 'o1', role: 'owner' as const };
  const admin = { uid: 'a1', role: 'admin' as const };
  const target = (role: TenantRole, uid = 't1', disabled = false) => ({ uid, role, disabled });

  it('refuses staff roles before anything else', () => {
    for (const role of staff) {
      const decision = checkRoleChange({ actor: { uid: 'x', role }, target: target('receptionist'), newRole: 'manager', enabledOwnerCount: 1 });
      expect(decision).toEqual({ ok: false, code: 'permission-denied', message: TEAM_MESSAGES.notManager });
    }
  });

  it('lets an admin move staff between non-owner roles, but not touch owners', () => {
    expect(checkRoleChange({ actor: admin, target: target('receptionist'), newRole: 'admin', enabledOwnerCount: 1 }).ok).toBe(true);
    expect(checkRoleChange({ actor: admin, target: target('receptionist'), newRole: 'owner', enabledOwnerCount: 1 })).toMatchObject({
      ok: false,
      message: TEAM_MESSAGES.ownerOnlyCreate,
    });
    expect(checkRoleChange({ actor: admin, target: target('owner'), newRole: 'admin', enabledOwnerCount: 3 })).toMatchObject({
      ok: false,
      message: TEAM_MESSAGES.ownerOnlyChange,
    });
  });

  it('lets an owner promote and demote owners while another enabled owner remains', () => {
    expect(checkRoleChange({ actor: owner, target: target('admin'), newRole: 'owner', enabledOwnerCount: 1 }).ok).toBe(true);
    expect(checkRoleChange({ actor: owner, target: target('owner'), newRole: 'admin', enabledOwnerCount: 2 }).ok).toBe(true);
  });

  it('protects the last enabled owner, including from themselves', () => {
    expect(checkRoleChange({ actor: owner, target: target('owner', 'o1'), newRole: 'admin', enabledOwnerCount: 1 })).toEqual({
      ok: false,
      code: 'failed-precondition',
      message: TEAM_MESSAGES.lastOwnerSelf,
    });
    expect(checkRoleChange({ actor: owner, target: target('owner', 'o2'), newRole: 'admin', enabledOwnerCount: 1 })).toMatchObject({
      message: TEAM_MESSAGES.lastOwnerOther,
    });
    // Keeping the role is not a demotion.
    expect(checkRoleChange({ actor: owner, target: target('owner', 'o1'), newRole: 'owner', enabledOwnerCount: 1 }).ok).toBe(true);
    // A disabled owner is not the one keeping the practice owned.
    expect(checkRoleChange({ actor: owner, target: target('owner', 'o2', true), newRole: 'admin', enabledOwnerCount: 1 }).ok).toBe(true);
  });
});

describe('checkRemoval', () => {
  const target = (role: TenantRole, uid = 't1') => ({ uid, role, disabled: false });

  it('lets owners and admins remove staff, and only owners remove owners', () => {
    for (const role of managers) {
      expect(checkRemoval({ actor: { uid: 'm', role }, target: target('practitioner'), enabledOwnerCount: 1 }).ok).toBe(true);
    }
    expect(checkRemoval({ actor: { uid: 'a', role: 'admin' }, target: target('owner'), enabledOwnerCount: 2 })).toMatchObject({
      code: 'permission-denied',
      message: TEAM_MESSAGES.ownerOnlyChange,
    });
    expect(checkRemoval({ actor: { uid: 'o', role: 'owner' }, target: target('owner'), enabledOwnerCount: 2 }).ok).toBe(true);
  });

  it('refuses staff removing others but lets anyone leave', () => {
    for (const role of staff) {
      expect(checkRemoval({ actor: { uid: 's', role }, target: target('receptionist'), enabledOwnerCount: 1 })).toMatchObject({
        code: 'permission-denied',
      });
      expect(checkRemoval({ actor: { uid: 's', role }, target: target(role, 's'), enabledOwnerCount: 1 }).ok).toBe(true);
    }
  });

  it('keeps the last enabled owner', () => {
    expect(checkRemoval({ actor: { uid: 'o', role: 'owner' }, target: target('owner', 'o'), enabledOwnerCount: 1 })).toEqual({
      ok: false,
      code: 'failed-precondition',
      message: TEAM_MESSAGES.lastOwnerSelf,
    });
    expect(checkRemoval({ actor: { uid: 'o', role: 'owner' }, target: target('owner', 'o'), enabledOwnerCount: 2 }).ok).toBe(true);
  });
});

describe('checkInviteCapacity', () => {
  const starter = { plan: 'starter' as const, seatLimit: 5 };

  it('allows an invite while seatsUsed + pendingInvites < seatLimit', () => {
    expect(checkInviteCapacity({ ...starter, seatsUsed: 1, pendingInvites: 3 }).ok).toBe(true);
  });

  it('refuses at the seat limit with a message naming it', () => {
    expect(checkInviteCapacity({ ...starter, seatsUsed: 1, pendingInvites: 4 })).toEqual({
      ok: false,
      code: 'failed-precondition',
      message: 'All 5 seats are in use (5 of 5 including pending invites). Remove a member or revoke an invite, or upgrade the plan.',
    });
    // A contract lowered below what is taken: the true count, not a clamped one.
    expect(checkInviteCapacity({ ...starter, seatsUsed: 7, pendingInvites: 0 })).toMatchObject({
      message: expect.stringContaining('(7 of 5 including pending invites)'),
    });
  });

  it("refuses past the plan's open-invite cap even with seats free", () => {
    const limit = PLANS.enterprise.pendingInviteLimit;
    expect(checkInviteCapacity({ plan: 'enterprise', seatLimit: 500, seatsUsed: 1, pendingInvites: limit - 1 }).ok).toBe(true);
    const decision = checkInviteCapacity({ plan: 'enterprise', seatLimit: 500, seatsUsed: 1, pendingInvites: limit });
    expect(decision).toMatchObject({ ok: false, code: 'failed-precondition' });
    expect(!decision.ok && decision.message).toMatch(new RegExp(`Enterprise plan allows ${limit} open invites`));
  });
});

describe('checkTeamWritable', () => {
  it.each(TENANT_STATUSES)('follows lifecycleAccess for %s', (status) => {
    const decision = checkTeamWritable({ name: 'Rose Clinic', status, paymentFailures: 0 });
    expect(decision.ok).toBe(['trial', 'active', 'past_due'].includes(status));
    if (!decision.ok) {
      expect(decision.code).toBe('failed-precondition');
      expect(decision.message).toMatch(status === 'provisioning' ? /still being set up/ : /Rose Clinic is read-only until billing is sorted/);
    }
  });

  it('blocks a past-due tenant from the second failed payment', () => {
    expect(checkTeamWritable({ name: 'R', status: 'past_due', paymentFailures: 1 }).ok).toBe(true);
    expect(checkTeamWritable({ name: 'R', status: 'past_due', paymentFailures: 2 }).ok).toBe(false);
  });
});

describe('invite expiry and links', () => {
  const now = new Date('2026-03-01T10:00:00Z');

  it(`expires ${INVITE_TTL_DAYS} days after it was sent, at that instant`, () => {
    const expiresAt = inviteExpiresAt(now);
    expect(expiresAt.getTime() - now.getTime()).toBe(7 * DAY_MS);
    expect(isInviteExpired(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(false);
    expect(isInviteExpired(expiresAt, expiresAt)).toBe(true);
  });

  it('links to the web app invite page, with or without a trailing slash on the base URL', () => {
    expect(teamPaths.inviteLink('https://app.atrium.test/', 't1', 'i1')).toBe('https://app.atrium.test/invite/t1/i1');
    expect(teamPaths.inviteLink('https://app.atrium.test', 't1', 'i1')).toBe('https://app.atrium.test/invite/t1/i1');
  });
});
