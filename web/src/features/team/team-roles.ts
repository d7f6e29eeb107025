/**
 * What each role can do, in a line, for the invite form and the role
 * pickers; and which roles this viewer may hand out (domain team policy).
 * The descriptions follow the access table (SPEC §2, domain access-policy).
 */
import { ROLE_LABELS, TENANT_ROLES, checkInvite, type TenantRole } from '@atrium/domain';

export const ROLE_SUMMARIES: Record<TenantRole, string> = {
  owner: 'Everything, including billing, the team and treatment notes.',
  admin: 'Runs the practice: team, settings, patients, appointments and services. No treatment notes.',
  manager: 'Patients, appointments and services. Sees the team. No treatment notes.',
  practitioner: 'Writes treatment notes, sees patients and the diary, updates their own appointments.',
  receptionist: 'Books appointments and keeps patient details up to date. No treatment notes.',
};

/** Roles `actorRole` may invite someone as, or give an existing member (only an owner makes owners). */
export function assignableRoles(actorRole: TenantRole): TenantRole[] {
  return TENANT_ROLES.filter((role) => checkInvite(actorRole, role).ok);
}

export const roleOptions = (roles: readonly TenantRole[]) => roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Most senior first: owners, then admins, managers, practitioners, receptionists. */
export const roleRank = (role: TenantRole) => TENANT_ROLES.indexOf(role);
