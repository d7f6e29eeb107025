/**
 * /app/audit: the practice's audit log (owners and admins, SPEC §2), newest
 * first, as readable sentences, filtered by action, by who did it and by
 * date, with more loaded on request. Entries are written only by server
 * code; this page only reads them.
 */
import type { AuditEntryDoc } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import { useMemo, useRef, useState } from 'react';
import { FormAlert } from '../../components/form-alert';
import { EmptyState, NoAccess } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useLiveQuery, type WithId } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { AUDIT_PAGE_SIZE, AUTOMATIC_ACTOR, NO_FILTERS, auditQuery, type AuditFilters } from './audit-query';
import { AUDIT_ACTION_LABELS, actionLabel, describeAuditEntry } from './describe-audit-entry';
import './audit.css';

type AuditEntry = WithId<AuditEntryDoc<Timestamp>>;
type Member = { displayName: string; email: string };

function timeFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }
}

export default function AuditPage() {
  const { permission } = useWorkspaceContext();
  if (permission('auditLog', 'read') === 'denied') return <NoAccess what="The audit log" />;
  return <AuditLog />;
}

function AuditLog() {
  const { tenantId, tenant } = useWorkspaceContext();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [pages, setPages] = useState(1);
  const filtersKey = `${tenantId}|${filters.action}|${filters.actor}|${filters.from}|${filters.to}`;
  const invalidRange = Boolean(filters.from && filters.to && filters.to < filters.from);

  const members = useLiveQuery<Member>(`audit-members:${tenantId}`, () => tenantCollection(tenantId, 'members'));
  const entries = useLiveQuery<AuditEntryDoc<Timestamp>>(`audit:${filtersKey}:${pages}:${invalidRange}`, () =>
    invalidRange ? null : auditQuery(tenantId, filters, pages),
  );

  // While the next page loads, keep showing the entries already on screen.
  const shown = useRef<{ key: string; data: AuditEntry[] } | null>(null);
  if (entries.status === 'ready') shown.current = { key: filtersKey, data: entries.data };
  const visible = entries.status === 'ready' ? entries.data : shown.current?.key === filtersKey ? shown.current.data : null;

  // Every action seen so far stays offered, including ones this page has no words for yet.
  const [seenActions, setSeenActions] = useState<string[]>([]);
  const unseen = visible?.map((e) => e.action).filter((a) => !(a in AUDIT_ACTION_LABELS) && !seenActions.includes(a)) ?? [];
  if (unseen.length > 0) setSeenActions([...seenActions, ...new Set(unseen)]);

  const names = useMemo(() => {
    const map = new Map<string, string>();
    if (members.status === 'ready') for (const m of members.data) map.set(m.id, m.displayName || m.email);
    return map;
  }, [members]);
  const nameOf = (uid: string) => names.get(uid) ?? null;

  const actionOptions = [
    { value: '', label: 'All actions' },
    ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
    ...seenActions.map((value) => ({ value, label: actionLabel(value) })),
  ];
  const actorOptions = [
    { value: '', label: 'Anyone' },
    ...[...names.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label })),
    { value: AUTOMATIC_ACTOR, label: 'Automatic (Stripe, Atrium)' },
  ];
  const update = (field: keyof AuditFilters) => (value: string) => {
    setFilters((current) => ({ ...current, [field]: value }));
    setPages(1);
  };
  const filtered = filters !== NO_FILTERS && Object.values(filters).some(Boolean);
  const format = timeFormat(tenant.settings?.timezone);
  const hasMore = visible !== null && visible.length >= AUDIT_PAGE_SIZE * pages;
  const loadingMore = entries.status === 'loading' && visible !== null;

  return (
    <div className="audit-page" data-testid="audit-page">
      <PageHeader title="Audit log" intro="Every change to the team, the practice’s status and billing, newest first." />
      <form className="toolbar audit-filters" role="search" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Action" value={filters.action} onChange={update('action')} options={actionOptions} data-testid="audit-filter-action" />
        <SelectField label="Done by" value={filters.actor} onChange={update('actor')} options={actorOptions} data-testid="audit-filter-actor" />
        <TextField label="From" type="date" value={filters.from} onChange={update('from')} max={filters.to || undefined} />
        <TextField
          label="To"
          type="date"
          value={filters.to}
          onChange={update('to')}
          min={filters.from || undefined}
          error={invalidRange ? 'Choose a date on or after the start date.' : undefined}
        />
        {filtered && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setFilters(NO_FILTERS);
              setPages(1);
            }}
          >
            Clear filters
          </button>
        )}
      </form>
      {entries.status === 'error' && <FormAlert message={entries.message} />}
      {entries.status === 'denied' && <FormAlert message="The audit log can’t be opened with your role." />}
      {visible === null && entries.status === 'loading' && !invalidRange && <PageLoading label="Loading the audit log…" inline />}
      {visible !== null && visible.length === 0 && (
        <EmptyState>{filtered ? 'No entries match these filters.' : 'Nothing has been recorded yet.'}</EmptyState>
      )}
      {visible !== null && visible.length > 0 && (
        <table className="data-table audit-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((entry) => (
              <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                <td className="audit-when">
                  <time dateTime={entry.at?.toDate().toISOString()}>{entry.at ? format.format(entry.at.toDate()) : '—'}</time>
                </td>
                <td>
                  <span className="audit-what">{describeAuditEntry(entry, nameOf)}</span>
                  <span className="pill audit-action">{actionLabel(entry.action)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore && (
        <button type="button" className="button button-secondary audit-more" disabled={loadingMore} onClick={() => setPages(pages + 1)}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
