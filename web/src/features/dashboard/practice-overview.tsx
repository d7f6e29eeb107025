/** The dashboard's facts about the practice, straight from its tenant document. */
import { PLANS } from '@atrium/domain';
import { formatDate } from '../workspace/format-date';
import { STATUS_LABELS } from '../workspace/status-labels';
import type { Tenant } from '../workspace/use-workspace';

export function PracticeOverview({ tenant, displayName }: { tenant: Tenant; displayName: string }) {
  return (
    <section className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">Welcome, {displayName}</h2>
      <dl className="overview-facts">
        <div className="fact">
          <dt>Plan</dt>
          <dd>{PLANS[tenant.plan]?.label ?? tenant.plan}</dd>
        </div>
        <div className="fact">
          <dt>Team seats</dt>
          <dd>
            {tenant.seatsUsed} of {tenant.seatLimit} used
          </dd>
        </div>
        <div className="fact">
          <dt>Status</dt>
          <dd>{STATUS_LABELS[tenant.status]}</dd>
        </div>
        {tenant.status === 'trial' && tenant.trialEndsAt && (
          <div className="fact">
            <dt>Trial ends</dt>
            <dd>{formatDate(tenant.trialEndsAt.toDate())}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
