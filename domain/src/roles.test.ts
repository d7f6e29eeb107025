/** What each platform role may do (SPEC §2, §4): the callables and the admin console both ask these. */
import { describe, expect, it } from 'vitest';
import { PLATFORM_ROLES, canProvisionTenants, canSupportTenants } from './roles';

describe('platform roles', () => {
  it('sales and super admins provision contracted practices', () => {
    expect(PLATFORM_ROLES.filter(canProvisionTenants)).toEqual(['super_admin', 'sales']);
    expect(canProvisionTenants(null)).toBe(false);
  });

  it('only super admins support practices and override their lifecycle', () => {
    expect(PLATFORM_ROLES.filter(canSupportTenants)).toEqual(['super_admin']);
    expect(canSupportTenants(undefined)).toBe(false);
  });
});
