/** Which console sections each platform role sees (SPEC §2, §4). */
import { PLATFORM_ROLES } from '@atrium/domain';
import { describe, expect, it } from 'vitest';
import { mayProvision, maySupport } from './console-access';

describe('console access', () => {
  it('sales and super admins provision contracted practices', () => {
    expect(PLATFORM_ROLES.filter(mayProvision)).toEqual(['super_admin', 'sales']);
  });

  it('only super admins support practices and override their lifecycle', () => {
    expect(PLATFORM_ROLES.filter(maySupport)).toEqual(['super_admin']);
  });
});
