/**
 * What a page may offer (allowed), show disabled with a reason (paused) or
 * hide (denied), for a role in a billing state; and the reason wording.
 * Spot checks from SPEC §2/§3 first, then the invariants over every role,
 * collection, operation and state.
 */
import { OPERATIONS, TENANT_COLLECTIONS, TENANT_ROLES, TENANT_STATUSES, type TenantRole, type TenantStatus } from '@atrium/domain';
import type { User } from 'firebase/auth';
import { describe, expect, it } from 'vitest';
import type { Tenant } from './use-workspace';
import { pausedReason, workspaceContextOf } from './workspace-context';

const NOW = new Date('2026-03-12T10:00:00Z');

function tenantIn(status: TenantStatus, paymentFailures = 0): Tenant {
  return {
    name: 'Harbour Physio',
    status,
    plan: 'growth',
    seatLimit: 20,
    seatsUsed: 3,
    pendingInvites: 0,
    trialEndsAt: null,
    paymentFailures,
    features: { customFields: true, dataApi: true, domainCapture: false, auditExport: false },
    channel: 'self_serve',
    subdomain: null,
    retentionDays: 30,
    settings: {},
    ownerUid: 'owner-1',
    pendingOwner: null,
    goLiveAt: null,
    dealId: null,
  } as unknown as Tenant;
}

function contextFor(role: TenantRole | null, status: TenantStatus, paymentFailures = 0) {
  return workspaceContextOf({
    user: { uid: 'u1' } as User,
    tenantId: 't1',
    tenant: tenantIn(status, paymentFailures),
    member: null,
    role,
    name: 'Rita',
    now: NOW,
  });
}

describe('permission: spot checks from the access table', () => {
  it('a receptionist creates patients in a trial', () => {
    expect(contextFor('receptionist', 'trial').permission('patients', 'create')).toBe('allowed');
  });

  it('a receptionist’s patient create is paused once the trial has ended, but reading stays allowed', () => {
    const ctx = contextFor('receptionist', 'trial_expired');
    expect(ctx.permission('patients', 'create')).toBe('paused');
    expect(ctx.permission('patients', 'read')).toBe('allowed');
  });

  it('a receptionist never deletes patients nor sees treatment notes, whatever the state', () => {
    for (const status of ['trial', 'active', 'trial_expired'] as const) {
      expect(contextFor('receptionist', status).permission('patients', 'delete')).toBe('denied');
      expect(contextFor('receptionist', status).permission('treatmentNotes', 'read')).toBe('denied');
    }
  });

  it('a practitioner writes treatment notes (as their author) in an active practice', () => {
    const ctx = contextFor('practitioner', 'active');
    expect(ctx.permission('treatmentNotes', 'create')).toBe('allowed');
    expect(ctx.permission('treatmentNotes', 'update')).toBe('allowed');
    expect(ctx.permission('treatmentNotes', 'delete')).toBe('denied');
  });

  it('a practitioner’s note writing is paused, not hidden, when the trial has ended', () => {
    expect(contextFor('practitioner', 'trial_expired').permission('treatmentNotes', 'create')).toBe('paused');
  });

  it('an admin cannot read treatment notes; the owner can', () => {
    expect(contextFor('admin', 'active').permission('treatmentNotes', 'read')).toBe('denied');
    expect(contextFor('owner', 'active').permission('treatmentNotes', 'read')).toBe('allowed');
    expect(contextFor('owner', 'active').permission('treatmentNotes', 'create')).toBe('denied');
  });

  it('a practitioner updates (their own) appointments but does not book them', () => {
    const ctx = contextFor('practitioner', 'active');
    expect(ctx.permission('appointments', 'update')).toBe('allowed');
    expect(ctx.permission('appointments', 'create')).toBe('denied');
  });

  it('past due: writes allowed after one failed payment, paused after two', () => {
    expect(contextFor('receptionist', 'past_due', 0).permission('appointments', 'create')).toBe('allowed');
    expect(contextFor('receptionist', 'past_due', 1).permission('appointments', 'create')).toBe('allowed');
    expect(contextFor('receptionist', 'past_due', 2).permission('appointments', 'create')).toBe('paused');
    expect(contextFor('receptionist', 'past_due', 2).permission('appointments', 'read')).toBe('allowed');
  });

  it('suspended and cancelled practices pause even reads of their data', () => {
    expect(contextFor('owner', 'suspended').permission('patients', 'read')).toBe('paused');
    expect(contextFor('owner', 'cancelled').permission('patients', 'read')).toBe('paused');
    expect(contextFor('owner', 'suspended').permission('tenant', 'read')).toBe('allowed');
  });

  it('a viewer whose membership is hidden (role null) is denied everything', () => {
    const ctx = contextFor(null, 'active');
    for (const collection of TENANT_COLLECTIONS) {
      for (const op of OPERATIONS) expect(ctx.permission(collection, op)).toBe('denied');
    }
  });
});

describe('permission: invariants over every role, collection, operation and state', () => {
  const roles = TENANT_ROLES;

  it('nothing is ever paused in a trial or an active practice', () => {
    for (const status of ['trial', 'active'] as const) {
      for (const role of roles) {
        const ctx = contextFor(role, status);
        for (const collection of TENANT_COLLECTIONS) {
          for (const op of OPERATIONS) expect(ctx.permission(collection, op)).not.toBe('paused');
        }
      }
    }
  });

  it('the state never turns a denial into something else, nor grants what the role lacks', () => {
    for (const role of roles) {
      const inActive = contextFor(role, 'active');
      for (const status of TENANT_STATUSES) {
        const ctx = contextFor(role, status, 2);
        for (const collection of TENANT_COLLECTIONS) {
          for (const op of OPERATIONS) {
            const denied = inActive.permission(collection, op) === 'denied';
            expect(ctx.permission(collection, op) === 'denied', `${role} ${op} ${collection} in ${status}`).toBe(denied);
          }
        }
      }
    }
  });

  it('once the trial has ended every granted write is paused and every granted data read stays allowed', () => {
    for (const role of roles) {
      const ctx = contextFor(role, 'trial_expired');
      for (const collection of TENANT_COLLECTIONS) {
        for (const op of OPERATIONS) {
          const permission = ctx.permission(collection, op);
          if (permission === 'denied') continue;
          expect(permission, `${role} ${op} ${collection}`).toBe(op === 'read' ? 'allowed' : 'paused');
        }
      }
    }
  });
});

describe('writable', () => {
  it.each([
    ['trial', 0, true],
    ['active', 0, true],
    ['past_due', 1, true],
    ['past_due', 2, false],
    ['trial_expired', 0, false],
    ['suspended', 0, false],
    ['cancelled', 0, false],
    ['provisioning', 0, false],
  ] as const)('is %s in %s with %i failed payments', (status, failures, writable) => {
    expect(contextFor('owner', status, failures).writable).toBe(writable);
  });

  it('keeps the rest of what the layout passed', () => {
    const ctx = contextFor('manager', 'active');
    expect(ctx).toMatchObject({ tenantId: 't1', role: 'manager', name: 'Rita', now: NOW, member: null });
    expect(ctx.user.uid).toBe('u1');
  });
});

describe('pausedReason', () => {
  it.each([
    ['trial_expired', 'Changes are paused because the free trial has ended.'],
    ['past_due', 'Changes are paused until the overdue payment is made.'],
    ['suspended', 'Changes are paused while the practice is suspended.'],
    ['cancelled', 'Changes are paused because the subscription was cancelled.'],
    ['provisioning', 'Changes are paused while the practice is being set up.'],
  ] as const)('explains %s in words', (status, reason) => {
    expect(pausedReason(tenantIn(status))).toBe(reason);
  });
});
