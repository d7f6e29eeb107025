/**
 * A tenant's status history (super admins): the audit entries every status
 * change writes (SPEC §3), from provisioning, the trial-expiry job, Stripe
 * and super-admin overrides, newest first. Uses the (action, at desc) index.
 */
import { paths, type AuditEntryDoc, type TenantStatus } from '@atrium/domain';
import { collection, limit, orderBy, query, where, type Timestamp } from 'firebase/firestore';
import { FormAlert } from '../../components/form-alert';
import { EmptyState } from '../../components/notices';
import { PageLoading } from '../../components/page-loading';
import { db } from '../../lib/firestore';
import { useLiveQuery, type WithId } from '../../lib/live-query';
import { ACTOR_LABELS, CHANNEL_LABELS, statusLabel } from './admin-labels';
import { formatCalendarDay, formatDateTime } from './tenant-dates';

type AuditEntry = AuditEntryDoc<Timestamp>;

/** The audit actions that record a status (or trial end) change. */
export const STATUS_HISTORY_ACTIONS = [
  'tenant.provisioning_started',
  'tenant.provisioned',
  'tenant.status_changed',
  'tenant.trial_extended',
  'tenant.status_overridden',
] as const;

const HISTORY_LIMIT = 50;

/** What caused an automatic status change (`details.event`, the state machine's event). */
const EVENT_LABELS: Record<string, string> = {
  trial_ended: 'The trial ran out',
  contract_went_live: 'The contract went live',
  payment_succeeded: 'A payment succeeded',
  payment_failed: 'A payment failed',
  payment_retries_exhausted: 'Payment retries ran out',
  subscription_deleted: 'The subscription was cancelled',
};

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const status = (value: unknown) => (typeof value === 'string' ? statusLabel(value as TenantStatus) : null);
const timestamp = (value: unknown) => (value && typeof (value as Timestamp).toDate === 'function' ? (value as Timestamp) : null);

/** The change as "from → to", or the one status an entry records. */
function changeOf(entry: AuditEntry): string {
  const from = status(entry.details.from);
  const to = status(entry.details.to) ?? status(entry.details.status);
  if (from && to && from !== to) return `${from} → ${to}`;
  if (to) return from === to ? `${to} (unchanged)` : to;
  return '—';
}

/** What happened, in words. */
function summaryOf(entry: AuditEntry): string {
  const details = entry.details;
  switch (entry.action) {
    case 'tenant.provisioning_started': {
      const channel = CHANNEL_LABELS[details.channel as keyof typeof CHANNEL_LABELS];
      return `Set-up started${channel ? ` (${channel.toLowerCase()})` : ''}${text(details.dealId) ? `, deal ${text(details.dealId)}` : ''}`;
    }
    case 'tenant.provisioned':
      // The signer provisions a self-serve practice; the system finishes a sales one's set-up.
      return entry.actorKind === 'user' ? 'Signed up' : 'Set-up finished';
    case 'tenant.trial_extended': {
      const end = timestamp(details.trialEndsAt);
      return `Trial extended until ${formatCalendarDay(end)}`;
    }
    case 'tenant.status_overridden':
      return 'Status changed by a platform administrator';
    default:
      return EVENT_LABELS[text(details.event) ?? ''] ?? 'Status changed';
  }
}

export function StatusHistory({ tenantId }: { tenantId: string }) {
  const result = useLiveQuery<AuditEntry>(`admin-status-history|${tenantId}`, () =>
    query(
      collection(db, paths.auditLog(tenantId)),
      where('action', 'in', [...STATUS_HISTORY_ACTIONS]),
      orderBy('at', 'desc'),
      limit(HISTORY_LIMIT),
    ),
  );
  return (
    <section className="admin-section" aria-labelledby="admin-history-heading" data-testid="admin-status-history">
      <h3 id="admin-history-heading">Status history</h3>
      {result.status === 'loading' && <PageLoading label="Loading the history…" inline />}
      {result.status === 'denied' && <FormAlert message="Only platform administrators can read a practice’s history." />}
      {result.status === 'error' && <FormAlert message={result.message} />}
      {result.status === 'ready' && result.data.length === 0 && <EmptyState>No status changes recorded yet.</EmptyState>}
      {result.status === 'ready' && result.data.length > 0 && <HistoryTable entries={result.data} />}
    </section>
  );
}

function HistoryTable({ entries }: { entries: WithId<AuditEntry>[] }) {
  return (
    <div className="admin-table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Status changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Status</th>
            <th scope="col">What happened</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const reason = text(entry.details.reason);
            return (
              <tr key={entry.id} data-testid="admin-status-history-entry">
                <td className="admin-nowrap">{formatDateTime(entry.at)}</td>
                <td>{changeOf(entry)}</td>
                <td>
                  {summaryOf(entry)}
                  {reason && <span className="admin-reason">Reason: {reason}</span>}
                </td>
                <td>{ACTOR_LABELS[entry.actorKind] ?? entry.actorKind}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
