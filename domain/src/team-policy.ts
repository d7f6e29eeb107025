/**
 * Who may change the team, and when (SPEC §2, §5). Pure: the team callables
 * run these checks inside their Firestore transactions, with the roles read
 * from the membership documents there (never from claims or the client), and
 * the web app uses them to show only the actions a role may take.
 */
import { PLANS, type PlanId } from './plans';
import type { TenantRole } from './roles';
import { DAY_MS, lifecycleAccess, type TenantStatus } from './tenant-lifecycle';

export const INVITE_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

/** An invite stays open this long. */
export const INVITE_TTL_DAYS = 7;

/** `tenants/{t}/invites/{inviteId}`: written only by the team callables. */
export interface InviteDoc<T> {
  /** Lowercased; the invitee must sign in with this address, verified. */
  email: string;
  role: TenantRole;
  invitedBy: string;
  createdAt: T;
  expiresAt: T;
  status: InviteStatus;
  acceptedBy?: string;
  acceptedAt?: T;
  revokedBy?: string;
  revokedAt?: T;
  expiredAt?: T;
}

export const teamPaths = {
  invites: (tenantId: string) => `tenants/${tenantId}/invites`,
  invite: (tenantId: string, inviteId: string) => `tenants/${tenantId}/invites/${inviteId}`,
  /** The web app's invite acceptance page. */
  inviteLink: (appBaseUrl: string, tenantId: string, inviteId: string) =>
    `${appBaseUrl.replace(/\/$/, '')}/invite/${tenantId}/${inviteId}`,
} as const;

export function inviteExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITE_TTL_DAYS * DAY_MS);
}

export function isInviteExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}

/** Roles that may invite, revoke, change roles and remove members. */
export const TEAM_MANAGER_ROLES: readonly TenantRole[] = ['owner', 'admin'];

export function canManageTeam(role: TenantRole): boolean {
  return TEAM_MANAGER_ROLES.includes(role);
}

/** Whether `actorRole` may change or remove a member holding `targetRole` at all: only an owner touches an owner. The last-owner rule comes on top. */
export function mayManageMember(actorRole: TenantRole, targetRole: TenantRole): boolean {
  return canManageTeam(actorRole) && (targetRole !== 'owner' || actorRole === 'owner');
}

export type TeamRefusalCode = 'permission-denied' | 'failed-precondition';
export type TeamDecision = { ok: true } | { ok: false; code: TeamRefusalCode; message: string };

const allow: TeamDecision = { ok: true };
const deny = (message: string): TeamDecision => ({ ok: false, code: 'permission-denied', message });
const precondition = (message: string): TeamDecision => ({ ok: false, code: 'failed-precondition', message });

export const TEAM_MESSAGES = {
  notMember: 'You are not a member of this practice, or your access has been turned off.',
  notManager: 'Only an owner or an administrator of the practice can invite, change or remove team members.',
  ownerOnlyCreate: 'Only an owner can make someone an owner.',
  ownerOnlyChange: 'Only an owner can change or remove another owner.',
  ownerOnlyRevoke: 'Only an owner can withdraw an invite to become an owner.',
  lastOwnerSelf: 'You are the only owner of this practice. Make someone else an owner first.',
  lastOwnerOther: 'This person is the only owner of the practice. Make someone else an owner first.',
} as const;

/** Tenant data writes (SPEC §3) gate every team change: a read-only practice cannot change its team. */
export function checkTeamWritable(tenant: { name: string; status: TenantStatus; paymentFailures: number }): TeamDecision {
  if (lifecycleAccess(tenant.status, tenant.paymentFailures).dataWrite) return allow;
  if (tenant.status === 'provisioning') {
    return precondition(`${tenant.name} is still being set up. Try again in a minute.`);
  }
  return precondition(
    `${tenant.name} is read-only until billing is sorted, so the team cannot be changed. An owner or administrator can fix this on the Billing page.`,
  );
}

export function checkInvite(actorRole: TenantRole, inviteRole: TenantRole): TeamDecision {
  if (!canManageTeam(actorRole)) return deny(TEAM_MESSAGES.notManager);
  if (inviteRole === 'owner' && actorRole !== 'owner') return deny(TEAM_MESSAGES.ownerOnlyCreate);
  return allow;
}

export function checkRevoke(actorRole: TenantRole, inviteRole: TenantRole): TeamDecision {
  if (!canManageTeam(actorRole)) return deny(TEAM_MESSAGES.notManager);
  if (inviteRole === 'owner' && actorRole !== 'owner') return deny(TEAM_MESSAGES.ownerOnlyRevoke);
  return allow;
}

export interface TeamTarget {
  uid: string;
  role: TenantRole;
  disabled: boolean;
}

/**
 * `enabledOwnerCount` must come from the same transaction as the write, so
 * two concurrent demotions cannot both see "another owner remains".
 */
export function checkRoleChange(input: {
  actor: { uid: string; role: TenantRole };
  target: TeamTarget;
  newRole: TenantRole;
  enabledOwnerCount: number;
}): TeamDecision {
  const { actor, target, newRole } = input;
  if (!canManageTeam(actor.role)) return deny(TEAM_MESSAGES.notManager);
  if (!mayManageMember(actor.role, target.role)) return deny(TEAM_MESSAGES.ownerOnlyChange);
  if (newRole === 'owner' && actor.role !== 'owner') return deny(TEAM_MESSAGES.ownerOnlyCreate);
  if (isLastEnabledOwner(target, input.enabledOwnerCount) && newRole !== 'owner') {
    return precondition(actor.uid === target.uid ? TEAM_MESSAGES.lastOwnerSelf : TEAM_MESSAGES.lastOwnerOther);
  }
  return allow;
}

/**
 * Owners and admins remove members (only an owner removes an owner); any
 * member may remove themselves, that is leave the practice, unless they are
 * its last owner.
 */
export function checkRemoval(input: {
  actor: { uid: string; role: TenantRole };
  target: TeamTarget;
  enabledOwnerCount: number;
}): TeamDecision {
  const { actor, target } = input;
  const leaving = actor.uid === target.uid;
  if (!leaving) {
    if (!canManageTeam(actor.role)) return deny(TEAM_MESSAGES.notManager);
    if (!mayManageMember(actor.role, target.role)) return deny(TEAM_MESSAGES.ownerOnlyChange);
  }
  if (isLastEnabledOwner(target, input.enabledOwnerCount)) {
    return precondition(leaving ? TEAM_MESSAGES.lastOwnerSelf : TEAM_MESSAGES.lastOwnerOther);
  }
  return allow;
}

function isLastEnabledOwner(target: TeamTarget, enabledOwnerCount: number): boolean {
  return target.role === 'owner' && !target.disabled && enabledOwnerCount <= 1;
}

/**
 * The seat cap (`seatsUsed + pendingInvites < seatLimit`) and the plan's
 * pending-invite cap, for one more invite. Run inside the transaction that
 * writes the invite and increments `pendingInvites`.
 */
export function checkInviteCapacity(tenant: {
  plan: PlanId;
  seatLimit: number;
  seatsUsed: number;
  pendingInvites: number;
}): TeamDecision {
  const taken = tenant.seatsUsed + tenant.pendingInvites;
  if (taken >= tenant.seatLimit) {
    return precondition(
      `All ${tenant.seatLimit} seats are in use (${taken} of ${tenant.seatLimit} including pending invites). ` +
        'Remove a member or revoke an invite, or upgrade the plan.',
    );
  }
  const plan = PLANS[tenant.plan];
  if (tenant.pendingInvites >= plan.pendingInviteLimit) {
    return precondition(
      `The ${plan.label} plan allows ${plan.pendingInviteLimit} open invites at a time, and ${tenant.pendingInvites} are waiting. ` +
        'Revoke an invite or wait for one to be accepted, or upgrade the plan.',
    );
  }
  return allow;
}
