/** Which roles a manager may hand out, and how roles read and sort on the team page. */
import { ROLE_LABELS, TENANT_ROLES } from '@atrium/domain';
import { describe, expect, it } from 'vitest';
import { ROLE_SUMMARIES, assignableRoles, roleOptions, roleRank } from './team-roles';

describe('assignableRoles', () => {
  it('an owner may hand out every role, owner included', () => {
    expect(assignableRoles('owner')).toEqual(['owner', 'admin', 'manager', 'practitioner', 'receptionist']);
  });

  it('an admin may hand out every role but owner', () => {
    expect(assignableRoles('admin')).toEqual(['admin', 'manager', 'practitioner', 'receptionist']);
  });

  it.each(['manager', 'practitioner', 'receptionist'] as const)('a %s may hand out none', (role) => {
    expect(assignableRoles(role)).toEqual([]);
  });
});

describe('roleOptions', () => {
  it('labels each role in words', () => {
    expect(roleOptions(['admin', 'receptionist'])).toEqual([
      { value: 'admin', label: 'Administrator' },
      { value: 'receptionist', label: 'Receptionist' },
    ]);
  });
});

describe('roleRank', () => {
  it('sorts the most senior first', () => {
    const shuffled = ['receptionist', 'owner', 'practitioner', 'admin', 'manager'] as const;
    expect([...shuffled].sort((a, b) => roleRank(a) - roleRank(b))).toEqual(['owner', 'admin', 'manager', 'practitioner', 'receptionist']);
  });
});

describe('ROLE_SUMMARIES', () => {
  it('describes every role, and says which roles do not see treatment notes', () => {
    for (const role of TENANT_ROLES) {
      expect(ROLE_SUMMARIES[role]).toMatch(/^[A-Z].*\.$/);
      expect(ROLE_LABELS[role]).toBeTruthy();
    }
    for (const role of ['admin', 'manager', 'receptionist'] as const) expect(ROLE_SUMMARIES[role]).toContain('No treatment notes');
  });
});
