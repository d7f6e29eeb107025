/**
 * The access policy against SPEC §2 (who may do what) and SPEC §3 (what the
 * tenant's billing state leaves of it). The tables below are transcribed from
 * the SPEC, cell by cell; the module's own table is what is under test.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCESS_POLICY,
  OPERATIONS,
  SERVER_ONLY_ROOT_COLLECTIONS,
  TENANT_COLLECTIONS,
  can,
  effectiveGrant,
  roleGrant,
  type Grant,
  type GrantCondition,
  type Operation,
  type RoleGrants,
  type TenantCollection,
} from './access-policy';
import { PLATFORM_ROLES, TENANT_ROLES, type TenantRole } from './roles';
import { TENANT_STATUSES, type TenantStatus } from './tenant-lifecycle';

// ---- SPEC §2, transcribed ---------------------------------------------------

/**
 * A cell reads like the SPEC: C, R, U, D are unconditional grants; a letter
 * followed by `(condition)` is granted only under that condition; '—' is no
 * access. Collections the SPEC marks "writes: server" have no write letters.
 */
function cells(owner: string, admin: string, manager: string, practitioner: string, receptionist: string): Record<TenantRole, string> {
  return { owner, admin, manager, practitioner, receptionist };
}

const SPEC_POLICY: Record<TenantCollection, Record<TenantRole, string>> = {
  //                       owner                      admin                      manager  practitioner                                    receptionist
  tenant: cells(           'R U(nameAndSettingsOnly)', 'R U(nameAndSettingsOnly)', 'R',    'R',                                            'R'),
  members: cells(          'R',                        'R',                        'R',    'R',                                            'R'),
  invites: cells(          'R',                        'R',                        'R',    '—',                                            '—'),
  patients: cells(         'CRUD',                     'CRU',                      'CRUD', 'RU',                                           'CRU'),
  appointments: cells(     'CRUD',                     'CRU',                      'CRUD', 'R U(ownAppointmentStatusOnly)',                'CRU'),
  treatmentNotes: cells(   'R',                        '—',                        '—',    'C(asAuthor) R U(authorWithin24h)',             '—'),
  services: cells(         'CRUD',                     'CRUD',                     'CRUD', 'R',                                            'R'),
  customFields: cells(     'CRUD',                     'CRUD',                     'R',    'R',                                            'R'),
  auditLog: cells(         'R',                        'R',                        '—',    '—',                                            '—'),
  billing: cells(          'R',                        'R',                        '—',    '—',                                            '—'),
  domains: cells(          'R',                        'R',                        '—',    '—',                                            '—'),
  apiKeys: cells(          'R',                        'R',                        '—',    '—',                                            '—'),
};

const SPEC_TENANT_ROLES = ['owner', 'admin', 'manager', 'practitioner', 'receptionist'];
const SPEC_PLATFORM_ROLES = ['super_admin', 'sales'];
const SPEC_SERVER_ONLY_ROOT_COLLECTIONS = [
  'provisioningRequests',
  'stripeEvents',
  'mail',
  'domainIndex',
  'apiKeyIndex',
  'usage',
  'jobs',
];
/** Collections whose documents the SPEC says only the server writes. */
const SERVER_WRITTEN: readonly TenantCollection[] = ['members', 'invites', 'auditLog', 'billing', 'domains', 'apiKeys'];

const LETTER_OP: Record<string, Operation> = { C: 'create', R: 'read', U: 'update', D: 'delete' };
const CELL_SYNTAX = /^(?:—|[CRUD](?:\([A-Za-z0-9]+\))?(?: ?[CRUD](?:\([A-Za-z0-9]+\))?)*)$/;

function parseCell(cell: string): RoleGrants {
  if (!CELL_SYNTAX.test(cell)) throw new Error(`Cannot read policy cell "${cell}"`);
  const grants: RoleGrants = { read: false, create: false, update: false, delete: false };
  for (const [, letter, condition] of cell.matchAll(/([CRUD])(?:\(([A-Za-z0-9]+)\))?/g)) {
    const op = LETTER_OP[letter ?? ''];
    if (op === undefined || grants[op] !== false) throw new Error(`Bad or repeated letter in policy cell "${cell}"`);
    grants[op] = condition === undefined ? true : (condition as GrantCondition);
  }
  return grants;
}

const specGrant = (role: TenantRole, collection: TenantCollection, op: Operation): Grant =>
  parseCell(SPEC_POLICY[collection][role])[op];

// ---- SPEC §3, transcribed ---------------------------------------------------

const DATA_READS_BLOCKED: readonly TenantStatus[] = ['provisioning', 'suspended', 'cancelled'];
const WRITES_BLOCKED: readonly TenantStatus[] = ['provisioning', 'trial_expired', 'suspended', 'cancelled'];
const PAST_DUE_BLOCKING_FAILURES = 2;

/** What SPEC §2 and §3 together grant. */
function specEffective(role: TenantRole, collection: TenantCollection, op: Operation, status: TenantStatus, failures: number): Grant {
  const grant = specGrant(role, collection, op);
  if (grant === false) return false;
  if (op === 'read') {
    // Members always read the tenant doc, to see why they are blocked.
    if (collection === 'tenant') return grant;
    // Owner and admin read billing/subscription even when suspended or cancelled; a provisioning tenant shows the tenant doc only.
    if (collection === 'billing') return status === 'provisioning' ? false : grant;
    return DATA_READS_BLOCKED.includes(status) ? false : grant;
  }
  const blocked = WRITES_BLOCKED.includes(status) || (status === 'past_due' && failures >= PAST_DUE_BLOCKING_FAILURES);
  return blocked ? false : grant;
}

interface Cell {
  role: TenantRole;
  collection: TenantCollection;
  op: Operation;
}
const ALL_CELLS: readonly Cell[] = TENANT_COLLECTIONS.flatMap((collection) =>
  TENANT_ROLES.flatMap((role) => OPERATIONS.map((op) => ({ role, collection, op }))),
);
const WRITE_CELLS = ALL_CELLS.filter((c) => c.op !== 'read');
const FAILURE_COUNTS = [0, 1, 2, 3];

// ---- Shape ---------------------------------------------------------------------

describe('roles and collections', () => {
  it('has the five tenant roles of SPEC §2', () => {
    expect([...TENANT_ROLES].sort()).toEqual([...SPEC_TENANT_ROLES].sort());
  });

  it('has the two platform roles of SPEC §2', () => {
    expect([...PLATFORM_ROLES].sort()).toEqual([...SPEC_PLATFORM_ROLES].sort());
  });

  it('has a policy row for each collection of SPEC §2 and no other', () => {
    expect([...TENANT_COLLECTIONS].sort()).toEqual(Object.keys(SPEC_POLICY).sort());
    expect(Object.keys(ACCESS_POLICY).sort()).toEqual(Object.keys(SPEC_POLICY).sort());
  });

  it('has every tenant role in every row', () => {
    for (const collection of TENANT_COLLECTIONS) {
      expect({ collection, roles: Object.keys(ACCESS_POLICY[collection]).sort() }).toEqual({
        collection,
        roles: [...SPEC_TENANT_ROLES].sort(),
      });
    }
  });

  it('closes exactly the root collections SPEC §2 lists to clients', () => {
    expect([...SERVER_ONLY_ROOT_COLLECTIONS].sort()).toEqual([...SPEC_SERVER_ONLY_ROOT_COLLECTIONS].sort());
    expect(new Set(SERVER_ONLY_ROOT_COLLECTIONS).size).toBe(SERVER_ONLY_ROOT_COLLECTIONS.length);
  });
});

// ---- ACCESS_POLICY, cell by cell ------------------------------------------------

describe('ACCESS_POLICY matches SPEC §2', () => {
  for (const collection of TENANT_COLLECTIONS) {
    for (const role of TENANT_ROLES) {
      const cell = SPEC_POLICY[collection][role];
      it(`${collection} × ${role}: ${cell}`, () => {
        expect(ACCESS_POLICY[collection][role]).toEqual(parseCell(cell));
      });
    }
  }

  it('roleGrant reads the same table', () => {
    const mismatches = ALL_CELLS.filter(({ role, collection, op }) => roleGrant(role, collection, op) !== specGrant(role, collection, op));
    expect(mismatches).toEqual([]);
  });

  it('lets no role write the collections the server writes', () => {
    const writable = WRITE_CELLS.filter((c) => SERVER_WRITTEN.includes(c.collection) && roleGrant(c.role, c.collection, c.op) !== false);
    expect(writable).toEqual([]);
  });

  it('lets no role delete a treatment note', () => {
    expect(TENANT_ROLES.filter((role) => roleGrant(role, 'treatmentNotes', 'delete') !== false)).toEqual([]);
  });

  it('reads its own cell notation correctly', () => {
    expect(parseCell('—')).toEqual({ read: false, create: false, update: false, delete: false });
    expect(parseCell('CRU')).toEqual({ read: true, create: true, update: true, delete: false });
    expect(parseCell('C(asAuthor) R')).toEqual({ read: true, create: 'asAuthor', update: false, delete: false });
    expect(() => parseCell('R, U')).toThrow();
    expect(() => parseCell('RR')).toThrow();
  });
});

// ---- effectiveGrant: SPEC §2 × SPEC §3 -------------------------------------------

describe('effectiveGrant blocks by billing state', () => {
  it.each(['trial_expired', 'suspended', 'cancelled', 'provisioning'] as const)('blocks every write in %s', (status) => {
    const allowedWrites = WRITE_CELLS.filter(({ role, collection, op }) => effectiveGrant(role, collection, op, status) !== false);
    expect(allowedWrites).toEqual([]);
  });

  it.each([
    { failures: 0, writes: true },
    { failures: 1, writes: true },
    { failures: 2, writes: false },
    { failures: 3, writes: false },
  ])('past_due with $failures payment failures: writes allowed = $writes', ({ failures, writes }) => {
    expect(effectiveGrant('receptionist', 'patients', 'create', 'past_due', failures)).toBe(writes);
    expect(effectiveGrant('owner', 'services', 'delete', 'past_due', failures)).toBe(writes);
    expect(effectiveGrant('owner', 'tenant', 'update', 'past_due', failures)).toBe(writes && 'nameAndSettingsOnly');
    // Reads stay per role.
    expect(effectiveGrant('practitioner', 'treatmentNotes', 'read', 'past_due', failures)).toBe(true);
  });

  it('treats past_due without a failure count as 0 failures', () => {
    expect(effectiveGrant('manager', 'appointments', 'update', 'past_due')).toBe(true);
  });

  it.each(['suspended', 'cancelled', 'provisioning'] as const)('blocks data reads in %s', (status) => {
    const dataCollections = TENANT_COLLECTIONS.filter((c) => c !== 'tenant' && c !== 'billing');
    const readable = TENANT_ROLES.flatMap((role) =>
      dataCollections.filter((collection) => effectiveGrant(role, collection, 'read', status) !== false).map((c) => `${role}:${c}`),
    );
    expect(readable).toEqual([]);
  });

  it.each(TENANT_STATUSES)('every member reads the tenant doc in %s', (status) => {
    expect(TENANT_ROLES.map((role) => effectiveGrant(role, 'tenant', 'read', status))).toEqual(TENANT_ROLES.map(() => true));
  });

  it.each(['suspended', 'cancelled'] as const)('only owner and admin read billing in %s', (status) => {
    expect(Object.fromEntries(TENANT_ROLES.map((role) => [role, effectiveGrant(role, 'billing', 'read', status)]))).toEqual({
      owner: true,
      admin: true,
      manager: false,
      practitioner: false,
      receptionist: false,
    });
  });

  it('shows a provisioning tenant doc only: no billing either', () => {
    expect(effectiveGrant('owner', 'billing', 'read', 'provisioning')).toBe(false);
    expect(effectiveGrant('admin', 'billing', 'read', 'provisioning')).toBe(false);
  });

  it('keeps reads per role in trial_expired', () => {
    expect(effectiveGrant('receptionist', 'patients', 'read', 'trial_expired')).toBe(true);
    expect(effectiveGrant('practitioner', 'treatmentNotes', 'read', 'trial_expired')).toBe(true);
    expect(effectiveGrant('admin', 'treatmentNotes', 'read', 'trial_expired')).toBe(false);
  });

  it('keeps the role condition when the state allows the operation', () => {
    expect(effectiveGrant('practitioner', 'appointments', 'update', 'active')).toBe('ownAppointmentStatusOnly');
    expect(effectiveGrant('practitioner', 'treatmentNotes', 'create', 'trial')).toBe('asAuthor');
    expect(effectiveGrant('practitioner', 'treatmentNotes', 'update', 'past_due', 1)).toBe('authorWithin24h');
    expect(effectiveGrant('practitioner', 'treatmentNotes', 'update', 'past_due', 2)).toBe(false);
  });
});

describe('effectiveGrant over the whole matrix', () => {
  for (const status of TENANT_STATUSES) {
    for (const failures of FAILURE_COUNTS) {
      it(`${status} with ${failures} payment failures matches SPEC §2 × §3`, () => {
        const mismatches = ALL_CELLS.flatMap(({ role, collection, op }) => {
          const actual = effectiveGrant(role, collection, op, status, failures);
          const expected = specEffective(role, collection, op, status, failures);
          return actual === expected ? [] : [{ role, collection, op, expected, actual }];
        });
        expect(mismatches).toEqual([]);
      });
    }
  }

  it('can() is true exactly when effectiveGrant is not false', () => {
    const mismatches = TENANT_STATUSES.flatMap((status) =>
      FAILURE_COUNTS.flatMap((failures) =>
        ALL_CELLS.filter(
          ({ role, collection, op }) =>
            can(role, collection, op, status, failures) !== (effectiveGrant(role, collection, op, status, failures) !== false),
        ).map((c) => ({ ...c, status, failures })),
      ),
    );
    expect(mismatches).toEqual([]);
  });
});
