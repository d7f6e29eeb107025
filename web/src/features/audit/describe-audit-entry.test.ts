/**
 * Audit entries as sentences for a practice's owners, for every action the
 * server writes, and the fallback for one this page does not know yet (its
 * action and target still show, so nothing is hidden).
 */
import type { AuditEntryDoc } from '@atrium/domain';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, actionLabel, actorName, describeAuditEntry, type NameOf } from './describe-audit-entry';

type Entry = Pick<AuditEntryDoc<unknown>, 'actorUid' | 'actorKind' | 'action' | 'target' | 'details'>;

const names = new Map([
  ['olive', 'Olive Owner'],
  ['rita', 'Rita Reception'],
  ['paul', 'Paul Practitioner'],
]);
const nameOf: NameOf = (uid) => names.get(uid) ?? null;

const entry = (fields: Partial<Entry>): Entry => ({
  actorUid: 'olive',
  actorKind: 'user',
  action: 'member.invited',
  target: 'tenants/t1/invites/i1',
  details: {},
  ...fields,
});

describe('describeAuditEntry', () => {
  it('an invite sent', () => {
    expect(describeAuditEntry(entry({ details: { email: 'rita@example.com', role: 'receptionist' } }), nameOf)).toBe(
      'Olive Owner invited rita@example.com as Receptionist',
    );
  });

  it('an invite accepted', () => {
    expect(
      describeAuditEntry(entry({ actorUid: 'rita', action: 'invite.accepted', details: { role: 'receptionist' } }), nameOf),
    ).toBe('Rita Reception accepted the invite and joined as Receptionist');
  });

  it('an invite revoked', () => {
    expect(describeAuditEntry(entry({ action: 'invite.revoked', details: { email: 'm@example.com', role: 'manager' } }), nameOf)).toBe(
      'Olive Owner revoked the invite to m@example.com (Practice manager)',
    );
  });

  it('an invite expired (written by the system)', () => {
    expect(
      describeAuditEntry(entry({ actorUid: null, actorKind: 'system', action: 'invite.expired', details: { email: 'x@example.com', role: 'admin' } }), nameOf),
    ).toBe('The invite to x@example.com (Administrator) expired');
  });

  it('a role change names the member from the target path', () => {
    const changed = entry({ action: 'member.role_changed', target: 'tenants/t1/members/paul', details: { from: 'practitioner', to: 'manager' } });
    expect(describeAuditEntry(changed, nameOf)).toBe('Olive Owner changed Paul Practitioner’s role from Practitioner to Practice manager');
  });

  it('a removal of someone no longer in the team falls back to the recorded email, then to words', () => {
    const removed = entry({ action: 'member.removed', target: 'tenants/t1/members/gone', details: { email: 'gone@example.com', role: 'receptionist' } });
    expect(describeAuditEntry(removed, nameOf)).toBe('Olive Owner removed gone@example.com (Receptionist) from the team');
    expect(describeAuditEntry({ ...removed, details: { role: 'receptionist' } }, nameOf)).toBe(
      'Olive Owner removed a former team member (Receptionist) from the team',
    );
  });

  it('a member leaving', () => {
    expect(describeAuditEntry(entry({ actorUid: 'paul', action: 'member.left' }), nameOf)).toBe('Paul Practitioner left the practice');
  });

  it('a status change by Stripe', () => {
    const changed = entry({ actorUid: null, actorKind: 'stripe', action: 'tenant.status_changed', target: 'tenants/t1', details: { from: 'trial', to: 'active' } });
    expect(describeAuditEntry(changed, nameOf)).toBe('Status changed from Free trial to Active (Stripe)');
  });

  it('a status change by the trial job, and by the contract start date', () => {
    const base = { actorUid: null, actorKind: 'system' as const, action: 'tenant.status_changed', target: 'tenants/t1' };
    expect(describeAuditEntry(entry({ ...base, details: { from: 'trial', to: 'trial_expired', job: 'expireTrials' } }), nameOf)).toBe(
      'Status changed from Free trial to Trial ended (trial period over)',
    );
    expect(
      describeAuditEntry(entry({ ...base, details: { from: 'trial', to: 'active', job: 'expireTrials', event: 'contract_went_live' } }), nameOf),
    ).toBe('Status changed from Free trial to Active (contract start date reached)');
  });

  it('a status override by platform staff, with their reason', () => {
    const changed = entry({
      actorUid: 'staff-1',
      actorKind: 'platform',
      action: 'tenant.status_changed',
      target: 'tenants/t1',
      details: { from: 'past_due', to: 'suspended', reason: 'Card declined three times' },
    });
    expect(describeAuditEntry(changed, nameOf)).toBe('Status changed from Payment overdue to Suspended (Atrium staff): Card declined three times');
  });

  it('a status change from demo data, and one with an unknown status', () => {
    const base = { actorUid: null, actorKind: 'system' as const, action: 'tenant.status_changed', target: 'tenants/t1' };
    expect(describeAuditEntry(entry({ ...base, details: { from: 'trial', to: 'active', seeded: true } }), nameOf)).toBe(
      'Status changed from Free trial to Active (demo data)',
    );
    expect(describeAuditEntry(entry({ ...base, details: { from: 'trial', to: 'frozen' } }), nameOf)).toBe(
      'Status changed from Free trial to frozen (automatic)',
    );
    expect(describeAuditEntry(entry({ ...base, details: {} }), nameOf)).toBe('Status changed from unknown to unknown (automatic)');
  });

  it('a practice created, with and without a known plan', () => {
    expect(describeAuditEntry(entry({ action: 'tenant.provisioned', target: 'tenants/t1', details: { plan: 'growth' } }), nameOf)).toBe(
      'Olive Owner created the practice on the Growth plan',
    );
    expect(
      describeAuditEntry(entry({ actorUid: null, actorKind: 'system', action: 'tenant.provisioned', target: 'tenants/t1', details: { to: 'active' } }), nameOf),
    ).toBe('Practice setup finished; status Active');
  });

  it('a practice setup started', () => {
    expect(
      describeAuditEntry(entry({ actorUid: 's1', actorKind: 'platform', action: 'tenant.provisioning_started', target: 'tenants/t1', details: { plan: 'enterprise' } }), nameOf),
    ).toBe('Atrium staff started setting up the practice on the Enterprise plan');
    expect(describeAuditEntry(entry({ action: 'tenant.provisioning_started', target: 'tenants/t1', details: {} }), nameOf)).toBe(
      'Olive Owner started setting up the practice',
    );
  });

  it('an unknown role reads as the raw value or in words, never blank', () => {
    expect(describeAuditEntry(entry({ details: { email: 'a@example.com', role: 'intern' } }), nameOf)).toBe('Olive Owner invited a@example.com as intern');
    expect(describeAuditEntry(entry({ details: { email: 'a@example.com' } }), nameOf)).toBe('Olive Owner invited a@example.com as an unknown role');
    expect(describeAuditEntry(entry({ details: {} }), nameOf)).toBe('Olive Owner invited someone as an unknown role');
  });

  it('an action this page does not know still shows who, what and on which record', () => {
    const unknown = entry({ action: 'patients.exported', target: 'tenants/t1/exports/e1', details: { count: 3 } });
    expect(describeAuditEntry(unknown, nameOf)).toBe('Olive Owner: patients.exported on tenants/t1/exports/e1');
    expect(actionLabel('patients.exported')).toBe('patients.exported');
  });
});

describe('actorName', () => {
  it('names a member, else the email recorded, else a former team member', () => {
    expect(actorName(entry({ actorUid: 'rita' }), nameOf)).toBe('Rita Reception');
    expect(actorName(entry({ actorUid: 'gone', details: { email: 'gone@example.com' } }), nameOf)).toBe('gone@example.com');
    expect(actorName(entry({ actorUid: 'gone', details: {} }), nameOf)).toBe('A former team member');
    expect(actorName(entry({ actorUid: null, details: {} }), nameOf)).toBe('A former team member');
  });

  it('names the non-human actors', () => {
    expect(actorName(entry({ actorKind: 'platform' }), nameOf)).toBe('Atrium staff');
    expect(actorName(entry({ actorKind: 'stripe' }), nameOf)).toBe('Stripe');
    expect(actorName(entry({ actorKind: 'system' }), nameOf)).toBe('Atrium');
    expect(actorName(entry({ actorKind: 'robot' as Entry['actorKind'] }), nameOf)).toBe('Someone');
  });
});

describe('actionLabel', () => {
  it('has a label for every action the sentences cover', () => {
    for (const [action, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(actionLabel(action)).toBe(label);
      expect(label).toMatch(/^[A-Z][a-z]/);
    }
    expect(actionLabel('member.invited')).toBe('Invite sent');
  });
});
