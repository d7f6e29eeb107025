/**
 * Which console sections a platform role sees. A UI hint, like the role
 * itself: the rules and the callables decide.
 */
import type { PlatformRole } from '@atrium/domain';

/** Sales and super admins both provision contracted tenants (SPEC §4). */
export const mayProvision = (role: PlatformRole) => role === 'sales' || role === 'super_admin';

/** Support reads under a tenant (members, audit log) and lifecycle overrides are super admin only (SPEC §2, §3). */
export const maySupport = (role: PlatformRole) => role === 'super_admin';
