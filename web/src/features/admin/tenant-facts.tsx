/** A tenant document's facts, as every platform role may read them. */
import type { Tenant } from '../workspace/use-workspace';
import { CHANNEL_LABELS, planLabel, statusLabel } from './admin-labels';
import { formatCalendarDay, formatDateTime } from './tenant-dates';

export function TenantFacts({ tenantId, tenant }: { tenantId: string; tenant: Tenant }) {
  const facts: { label: string; value: string }[] = [
    { label: 'Plan', value: planLabel(tenant.plan) },
    { label: 'Team seats', value: `${tenant.seatsUsed ?? 0} of ${tenant.seatLimit} used` },
    { label: 'Pending invites', value: String(tenant.pendingInvites ?? 0) },
    { label: 'Channel', value: CHANNEL_LABELS[tenant.channel] ?? tenant.channel },
    { label: 'Deal', value: tenant.dealId ?? '—' },
    { label: 'Subdomain', value: tenant.subdomain ?? '—' },
    { label: 'Trial ends (UTC)', value: formatCalendarDay(tenant.trialEndsAt) },
    { label: 'Go-live date (UTC)', value: formatCalendarDay(tenant.goLiveAt) },
    { label: 'Failed payments', value: String(tenant.paymentFailures ?? 0) },
    { label: 'Created', value: formatDateTime(tenant.createdAt) },
    { label: `${statusLabel(tenant.status)} since`, value: formatDateTime(tenant.statusChangedAt) },
  ];
  return (
    <section className="admin-section" aria-labelledby="admin-facts-heading">
      <h3 id="admin-facts-heading">Facts</h3>
      <dl className="overview-facts admin-facts">
        {facts.map((fact) => (
          <div className="fact" key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
        {tenant.pendingOwner && (
          <div className="fact">
            <dt>Named admin (not signed in yet)</dt>
            <dd className="admin-fact-text">
              {tenant.pendingOwner.displayName} · {tenant.pendingOwner.email}
            </dd>
          </div>
        )}
        <div className="fact">
          <dt>Practice ID</dt>
          <dd className="admin-fact-text admin-mono">{tenantId}</dd>
        </div>
      </dl>
    </section>
  );
}
