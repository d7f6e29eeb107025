/**
 * An audit entry as a sentence for the practice's owners ("Olive Owner
 * invited rita@example.com as Receptionist", "Status changed from Free trial
 * to Active (Stripe)"). Entries are written by server code in several
 * places; one this file does not know yet still reads as its action and
 * target, so nothing is hidden.
 */
import { PLANS, ROLE_LABELS, isTenantRole, type AuditEntryDoc, type PlanId } from '@atrium/domain';
import { STATUS_LABELS } from '../workspace/status-labels';

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'member.invited': 'Invite sent',
  'invite.accepted': 'Invite accepted',
  'invite.revoked': 'Invite revoked',
  'invite.expired': 'Invite expired',
  'member.role_changed': 'Role changed',
  'member.removed': 'Member removed',
  'member.left': 'Member left',
  'tenant.status_changed': 'Status changed',
  'tenant.provisioned': 'Practice created',
  'tenant.provisioning_started': 'Practice setup started',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

type Entry = Pick<AuditEntryDoc<unknown>, 'actorUid' | 'actorKind' | 'action' | 'target' | 'details'>;

/** A member's name by uid, or null for someone no longer in the team. */
export type NameOf = (uid: string) => string | null;

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const role = (value: unknown): string => (isTenantRole(value) ? ROLE_LABELS[value] : text(value) ?? 'an unknown role');
const status = (value: unknown): string =>
  typeof value === 'string' && value in STATUS_LABELS ? STATUS_LABELS[value as keyof typeof STATUS_LABELS] : text(value) ?? 'unknown';
const plan = (value: unknown): string | null => (typeof value === 'string' && value in PLANS ? PLANS[value as PlanId].label : null);

/** Who did it, in words. */
export function actorName(entry: Entry, nameOf: NameOf): string {
  switch (entry.actorKind) {
    case 'user':
      return (entry.actorUid && nameOf(entry.actorUid)) ?? text(entry.details.email) ?? 'A former team member';
    case 'platform':
      return 'Atrium staff';
    case 'stripe':
      return 'Stripe';
    case 'system':
      return 'Atrium';
    default:
      return 'Someone';
  }
}

/** The member a `tenants/{t}/members/{uid}` target points at, by name, else the email the entry recorded. */
function targetPerson(entry: Entry, nameOf: NameOf): string {
  const uid = /\/members\/([^/]+)$/.exec(entry.target)?.[1];
  return (uid && nameOf(uid)) ?? text(entry.details.email) ?? 'a former team member';
}

/** Why a status changed, for the parenthesis after it. */
function statusSource(entry: Entry, nameOf: NameOf): string {
  const details = entry.details;
  if (entry.actorKind === 'stripe') return 'Stripe';
  if (entry.actorKind === 'platform') return 'Atrium staff';
  if (details.job === 'expireTrials') return details.event === 'contract_went_live' ? 'contract start date reached' : 'trial period over';
  if (details.seeded === true) return 'demo data';
  if (entry.actorKind === 'user') return actorName(entry, nameOf);
  return 'automatic';
}

export function describeAuditEntry(entry: Entry, nameOf: NameOf): string {
  const who = actorName(entry, nameOf);
  const d = entry.details ?? {};
  const email = text(d.email) ?? 'someone';
  switch (entry.action) {
    case 'member.invited':
      return `${who} invited ${email} as ${role(d.role)}`;
    case 'invite.accepted':
      return `${who} accepted the invite and joined as ${role(d.role)}`;
    case 'invite.revoked':
      return `${who} revoked the invite to ${email} (${role(d.role)})`;
    case 'invite.expired':
      return `The invite to ${email} (${role(d.role)}) expired`;
    case 'member.role_changed':
      return `${who} changed ${targetPerson(entry, nameOf)}’s role from ${role(d.from)} to ${role(d.to)}`;
    case 'member.removed':
      return `${who} removed ${targetPerson(entry, nameOf)} (${role(d.role)}) from the team`;
    case 'member.left':
      return `${who} left the practice`;
    case 'tenant.status_changed': {
      const reason = text(d.reason);
      return `Status changed from ${status(d.from)} to ${status(d.to)} (${statusSource(entry, nameOf)})${reason ? `: ${reason}` : ''}`;
    }
    case 'tenant.provisioned': {
      const planLabel = plan(d.plan);
      if (planLabel) return `${who} created the practice on the ${planLabel} plan`;
      return `Practice setup finished; status ${status(d.to)}`;
    }
    case 'tenant.provisioning_started': {
      const planLabel = plan(d.plan);
      return `${who} started setting up the practice${planLabel ? ` on the ${planLabel} plan` : ''}`;
    }
    default:
      return `${who}: ${entry.action} on ${entry.target}`;
  }
}
