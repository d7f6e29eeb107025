/**
 * /admin: every tenant, newest first, live. Status, plan and channel filter
 * on the server (each has a composite index with `createdAt` desc; Firestore
 * merges them when several are combined). "Load more" raises the limit of
 * the same live query. The name search is client-side over what is loaded,
 * because Firestore has no substring search; the hint says so. "Load more"
 * stays enabled while it loads (a second click is ignored) and, when it goes
 * because nothing more is left, hands focus to the first practice it added.
 */
import { paths, type Channel, type PlanId, type TenantStatus } from '@atrium/domain';
import { collection, limit, orderBy, query, where, type QueryConstraint } from 'firebase/firestore';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { EmptyState } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { db } from '../../lib/firestore';
import { useLiveQuery, type WithId } from '../../lib/live-query';
import { useReturnFocus } from '../../lib/use-return-focus';
import type { Tenant } from '../workspace/use-workspace';
import { CHANNEL_LABELS, CHANNEL_OPTIONS, PLAN_OPTIONS, STATUS_OPTIONS, StatusPill, planLabel } from './admin-labels';
import { formatOptionalDate, keyDateOf } from './tenant-dates';

const PAGE_SIZE = 25;

interface Filters {
  status: TenantStatus | '';
  plan: PlanId | '';
  channel: Channel | '';
}

const NO_FILTERS: Filters = { status: '', plan: '', channel: '' };

function tenantsQuery(filters: Filters, count: number) {
  const constraints: QueryConstraint[] = [];
  if (filters.status) constraints.push(where('status', '==', filters.status));
  if (filters.plan) constraints.push(where('plan', '==', filters.plan));
  if (filters.channel) constraints.push(where('channel', '==', filters.channel));
  return query(collection(db, paths.tenants), ...constraints, orderBy('createdAt', 'desc'), limit(count));
}

export function TenantsPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [pages, setPages] = useState(1);
  const [search, setSearch] = useState('');
  const count = PAGE_SIZE * pages;
  const filterKey = `${filters.status}|${filters.plan}|${filters.channel}`;
  const result = useLiveQuery<Tenant>(`admin-tenants|${filterKey}|${count}`, () => tenantsQuery(filters, count));

  // Keep the rows on screen while "Load more" fetches the longer list.
  const [shown, setShown] = useState<{ filterKey: string; tenants: WithId<Tenant>[] } | null>(null);
  if (result.status === 'ready' && shown?.tenants !== result.data) setShown({ filterKey, tenants: result.data });
  const tenants = result.status === 'ready' ? result.data : shown?.filterKey === filterKey ? shown.tenants : null;

  const setFilter = <K extends keyof Filters>(key: K) => (value: string) => {
    setFilters((current) => ({ ...current, [key]: value as Filters[K] }));
    setPages(1);
  };
  const needle = search.trim().toLowerCase();
  const matching = tenants && needle ? tenants.filter((tenant) => tenant.name.toLowerCase().includes(needle)) : tenants;
  const mayHaveMore = tenants !== null && tenants.length >= count;

  const focus = useReturnFocus();
  const listRef = useRef<HTMLDivElement>(null);
  // The number of rows before "Load more", until the longer list is in.
  const [moreFrom, setMoreFrom] = useState<number | null>(null);
  if (moreFrom !== null && result.status !== 'loading') {
    setMoreFrom(null);
    focus.restoreIfLost(() => listRef.current?.querySelectorAll<HTMLElement>('tbody a[href]')[moreFrom]);
  }
  const loadMore = () => {
    if (result.status === 'loading' || !tenants) return;
    setMoreFrom(tenants.length);
    setPages((current) => current + 1);
  };

  return (
    <section>
      <PageHeader title="Tenants" intro="Every practice on Atrium, newest first. The list updates live." headingRef={focus.fallback} />
      <div className="toolbar admin-filters" role="search" aria-label="Filter tenants">
        <SelectField
          label="Status"
          value={filters.status}
          onChange={setFilter('status')}
          options={[{ value: '', label: 'All statuses' }, ...STATUS_OPTIONS]}
          data-testid="admin-filter-status"
        />
        <SelectField
          label="Plan"
          value={filters.plan}
          onChange={setFilter('plan')}
          options={[{ value: '', label: 'All plans' }, ...PLAN_OPTIONS]}
          data-testid="admin-filter-plan"
        />
        <SelectField
          label="Channel"
          value={filters.channel}
          onChange={setFilter('channel')}
          options={[{ value: '', label: 'All channels' }, ...CHANNEL_OPTIONS]}
          data-testid="admin-filter-channel"
        />
        <TextField
          label="Search by name"
          type="search"
          hint="Searches the practices loaded below. Use Load more to search further back."
          value={search}
          onChange={setSearch}
          data-testid="admin-search"
        />
      </div>

      {result.status === 'denied' && <FormAlert message="Your account can’t list practices. Ask a platform administrator for access." />}
      {result.status === 'error' && <FormAlert message={result.message} />}
      {tenants === null && result.status === 'loading' && <PageLoading label="Loading practices…" inline />}
      {matching && matching.length === 0 && (
        <EmptyState>
          {needle
            ? `No practice loaded so far has “${search.trim()}” in its name.`
            : 'No practices match these filters.'}
        </EmptyState>
      )}
      <div ref={listRef}>{matching && matching.length > 0 && <TenantsTable tenants={matching} />}</div>
      {tenants && (
        <div className="admin-list-footer">
          <p className="admin-muted" role="status">
            {needle ? `${matching?.length ?? 0} of ${tenants.length} loaded practices match.` : `${tenants.length} practices shown.`}
          </p>
          {mayHaveMore && (
            <button type="button" className="button button-secondary" aria-busy={result.status === 'loading'} onClick={loadMore}>
              {result.status === 'loading' ? 'Loading…' : 'Load more'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function TenantsTable({ tenants }: { tenants: WithId<Tenant>[] }) {
  return (
    <div className="admin-table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Practices, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Practice</th>
            <th scope="col">Status</th>
            <th scope="col">Plan</th>
            <th scope="col">Channel</th>
            <th scope="col">Seats</th>
            <th scope="col">Created</th>
            <th scope="col">Trial end / go-live</th>
          </tr>
        </thead>
        <tbody>
          {tenants.map((tenant) => (
            <tr key={tenant.id} data-testid="admin-tenant-row">
              <td>
                <Link to={`/admin/tenants/${tenant.id}`}>{tenant.name}</Link>
              </td>
              <td>
                <StatusPill status={tenant.status} />
              </td>
              <td>{planLabel(tenant.plan)}</td>
              <td>{CHANNEL_LABELS[tenant.channel] ?? tenant.channel}</td>
              <td>
                {tenant.seatsUsed ?? 0} / {tenant.seatLimit}
              </td>
              <td>{formatOptionalDate(tenant.createdAt)}</td>
              <td>{keyDateOf(tenant)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
