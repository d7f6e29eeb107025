/**
 * The six roles (SPEC §2). Tenant roles live in `tenants/{t}/members/{uid}.role`
 * and are the source of truth for rules; platform roles are custom claims set
 * only by server code.
 */
export const TENANT_ROLES = ['owner', 'admin', 'manager', 'practitioner', 'receptionist'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export const PLATFORM_ROLES = ['super_admin', 'sales'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export function isTenantRole(value: unknown): value is TenantRole {
  return typeof value === 'string' && (TENANT_ROLES as readonly string[]).includes(value);
}

export function isPlatformRole(value: unknown): value is PlatformRole {
  return typeof value === 'string' && (PLATFORM_ROLES as readonly string[]).includes(value);
}

/** Platform roles that provision contracted practices: `salesProvisionTenant` and the console's form (SPEC §4). */
export const PROVISIONING_PLATFORM_ROLES: readonly PlatformRole[] = ['super_admin', 'sales'];

export function canProvisionTenants(role: PlatformRole | null | undefined): boolean {
  return role != null && PROVISIONING_PLATFORM_ROLES.includes(role);
}

/**
 * Support access: reading everything under a tenant and applying audited
 * lifecycle overrides. Super admins only (SPEC §2, §3); sales read top-level
 * tenant documents and nothing beneath them.
 */
export function canSupportTenants(role: PlatformRole | null | undefined): boolean {
  return role === 'super_admin';
}

/** Human labels, used by the web app and emails. */
export const ROLE_LABELS: Record<TenantRole | PlatformRole, string> = {
  owner: 'Owner',
  admin: 'Administrator',
  manager: 'Practice manager',
  practitioner: 'Practitioner',
  receptionist: 'Receptionist',
  super_admin: 'Platform administrator',
  sales: 'Sales',
};
