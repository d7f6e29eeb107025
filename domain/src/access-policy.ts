/**
 * The tenant access policy (SPEC §2) as data. `firestore.rules` mirrors this
 * table and the rules tests are generated from it, so a change here without a
 * change in the rules fails the matrix.
 */
import type { TenantRole } from './roles';
import { lifecycleAccess, type TenantStatus } from './tenant-lifecycle';

export const TENANT_COLLECTIONS = [
  'tenant',
  'members',
  'invites',
  'patients',
  'appointments',
  'treatmentNotes',
  'services',
  'customFields',
  'auditLog',
  'billing',
  'domains',
  'apiKeys',
] as const;
/** `tenant` is the tenant document itself; the rest are subcollections of it. */
export type TenantCollection = (typeof TENANT_COLLECTIONS)[number];

export const OPERATIONS = ['read', 'create', 'update', 'delete'] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * A grant is `true` (allowed), `false` (denied; for member/invite/billing-like
 * collections the server writes them with the Admin SDK) or a named condition
 * the rules check on top of the role.
 */
export type GrantCondition =
  /** Tenant doc update limited to `name` and `settings`. */
  | 'nameAndSettingsOnly'
  /** Practitioner: only `status` of an appointment whose `practitionerId` is the caller. */
  | 'ownAppointmentStatusOnly'
  /** Treatment note created with `authorId` == caller. */
  | 'asAuthor'
  /** Treatment note updated by its author within 24 h of `createdAt`. */
  | 'authorWithin24h';
export type Grant = boolean | GrantCondition;

export type RoleGrants = Record<Operation, Grant>;
export type CollectionPolicy = Record<TenantRole, RoleGrants>;

const g = (spec: string, conditions: Partial<Record<Operation, GrantCondition>> = {}): RoleGrants => ({
  read: conditions.read ?? spec.includes('R'),
  create: conditions.create ?? spec.includes('C'),
  update: conditions.update ?? spec.includes('U'),
  delete: conditions.delete ?? spec.includes('D'),
});
const none = g('');

export const ACCESS_POLICY: Readonly<Record<TenantCollection, CollectionPolicy>> = {
  tenant: {
    owner: g('R', { update: 'nameAndSettingsOnly' }),
    admin: g('R', { update: 'nameAndSettingsOnly' }),
    manager: g('R'),
    practitioner: g('R'),
    receptionist: g('R'),
  },
  members: { owner: g('R'), admin: g('R'), manager: g('R'), practitioner: g('R'), receptionist: g('R') },
  invites: { owner: g('R'), admin: g('R'), manager: g('R'), practitioner: none, receptionist: none },
  patients: {
    owner: g('CRUD'),
    admin: g('CRU'),
    manager: g('CRUD'),
    practitioner: g('RU'),
    receptionist: g('CRU'),
  },
  appointments: {
    owner: g('CRUD'),
    admin: g('CRU'),
    manager: g('CRUD'),
    practitioner: g('R', { update: 'ownAppointmentStatusOnly' }),
    receptionist: g('CRU'),
  },
  treatmentNotes: {
    owner: g('R'),
    admin: none,
    manager: none,
    practitioner: g('R', { create: 'asAuthor', update: 'authorWithin24h' }),
    receptionist: none,
  },
  services: { owner: g('CRUD'), admin: g('CRUD'), manager: g('CRUD'), practitioner: g('R'), receptionist: g('R') },
  customFields: { owner: g('CRUD'), admin: g('CRUD'), manager: g('R'), practitioner: g('R'), receptionist: g('R') },
  auditLog: { owner: g('R'), admin: g('R'), manager: none, practitioner: none, receptionist: none },
  billing: { owner: g('R'), admin: g('R'), manager: none, practitioner: none, receptionist: none },
  domains: { owner: g('R'), admin: g('R'), manager: none, practitioner: none, receptionist: none },
  apiKeys: { owner: g('R'), admin: g('R'), manager: none, practitioner: none, receptionist: none },
};

/** Treatment notes stay editable by their author for this long after creation. */
export const NOTE_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Root collections written only by Cloud Functions; closed to every client.
 */
export const SERVER_ONLY_ROOT_COLLECTIONS = [
  'provisioningRequests',
  'stripeEvents',
  'mail',
  'domainIndex',
  'apiKeyIndex',
  'usage',
  'jobs',
] as const;

/** The role's grant for an operation, before the tenant's billing state is applied. */
export function roleGrant(role: TenantRole, collection: TenantCollection, op: Operation): Grant {
  return ACCESS_POLICY[collection][role][op];
}

/**
 * The grant once the tenant's lifecycle status is applied (SPEC §3): data
 * reads and writes are blocked per state; the tenant doc stays readable so
 * members can see why; owner and admin keep reading `billing/subscription`.
 */
export function effectiveGrant(
  role: TenantRole,
  collection: TenantCollection,
  op: Operation,
  status: TenantStatus,
  paymentFailures = 0,
): Grant {
  const grant = roleGrant(role, collection, op);
  if (grant === false) return false;
  const access = lifecycleAccess(status, paymentFailures);
  if (op === 'read') {
    if (collection === 'tenant') return access.tenantDocRead && grant;
    if (collection === 'billing') return (access.dataRead || access.billingReadWhenBlocked) && grant;
    return access.dataRead && grant;
  }
  return access.dataWrite && grant;
}

/** True when the role may at least attempt the operation in this state (UI hint; rules decide). */
export function can(
  role: TenantRole,
  collection: TenantCollection,
  op: Operation,
  status: TenantStatus,
  paymentFailures = 0,
): boolean {
  return effectiveGrant(role, collection, op, status, paymentFailures) !== false;
}

/**
 * Decision where SPEC §3 is silent: an enabled member reads their own
 * membership document in every state (members of a suspended or cancelled
 * tenant are otherwise blocked from tenant data), so a blocked workspace can
 * still tell an owner or admin from other staff and show them the way to
 * billing. Other members' documents stay blocked.
 */
export const OWN_MEMBERSHIP_READABLE_IN_EVERY_STATE = true;
