/** The practice's billing facts, straight from its tenant document (live). */
import { PLANS, trialDaysLeft } from '@atrium/domain';
import { formatDate } from '../workspace/format-date';
import { STATUS_LABELS } from '../workspace/status-labels';
import type { Tenant } from '../workspace/use-workspace';

export function BillingOverview({ tenant, now }: { tenant: Tenant; now: Date }) {
  const trialEndsAt = tenant.status === 'trial' && tenant.trialEndsAt ? tenant.trialEndsAt.toDate() : null;
  const daysLeft = trialEndsAt ? trialDaysLeft(trialEndsAt, now) : null;
  return (
    <section className="overview" aria-labelledby="billing-heading">
      <h2 id="billing-heading">Billing</h2>
      <dl className="overview-facts">
        <div className="fact">
          <dt>Plan</dt>
          <dd data-testid="billing-plan">{PLANS[tenant.plan]?.label ?? tenant.plan}</dd>
        </div>
        <div className="fact">
          <dt>Status</dt>
          <dd data-testid="billing-status">{STATUS_LABELS[tenant.status]}</dd>
        </div>
        {trialEndsAt && daysLeft !== null && (
          <div className="fact">
            <dt>{tenant.channel === 'sales' ? 'Set-up period' : 'Trial'}</dt>
            <dd data-testid="billing-trial-days">
              {daysLeft === 0 ? 'Ends today' : `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`}
            </dd>
            <dd className="fact-note">until {formatDate(trialEndsAt)}</dd>
          </div>
        )}
        <div className="fact">
          <dt>Team seats</dt>
          <dd data-testid="billing-seats">
            {tenant.seatsUsed} of {tenant.seatLimit} used
          </dd>
        </div>
        {tenant.status === 'past_due' && (
          <div className="fact">
            <dt>Failed payments</dt>
            <dd data-testid="billing-payment-failures">{tenant.paymentFailures}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
