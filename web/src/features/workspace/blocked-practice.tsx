/**
 * The screen for a practice whose records are blocked by its billing state
 * (suspended, cancelled) or that is still being set up. The rules refuse
 * the data anyway; this says why and what to do, for this viewer.
 */
import { roleGrant, type TenantRole } from '@atrium/domain';
import { Link } from 'react-router-dom';
import { formatDate } from './format-date';
import type { Tenant } from './use-workspace';

export function BlockedPractice({ tenant, role }: { tenant: Tenant; role: TenantRole | null }) {
  const handlesBilling = role !== null && roleGrant(role, 'billing', 'read') !== false;
  if (tenant.status === 'provisioning') {
    return (
      <section className="blocked" data-testid="provisioning-screen" aria-labelledby="blocked-heading">
        <h2 id="blocked-heading">Your practice is being set up</h2>
        <p>This usually takes a few seconds. This page updates by itself when it is ready.</p>
      </section>
    );
  }
  const suspended = tenant.status === 'suspended';
  const since = formatDate(tenant.statusChangedAt.toDate());
  return (
    <section className="blocked" data-testid={suspended ? 'suspended-screen' : 'cancelled-screen'} aria-labelledby="blocked-heading">
      <h2 id="blocked-heading">{suspended ? 'This practice is suspended' : 'This practice’s subscription has ended'}</h2>
      <p>
        {suspended
          ? `Since ${since}, patient records, appointments and notes are hidden because the account has an unpaid balance. Nothing has been deleted.`
          : `The subscription was cancelled on ${since}. Records are kept for ${tenant.retentionDays} days after that, then deleted for good.`}
      </p>
      {handlesBilling ? (
        <p>
          <Link className="button button-primary" to="/app/billing" data-testid="blocked-billing-link">
            {suspended ? 'Settle the balance in Billing' : 'Go to Billing'}
          </Link>
        </p>
      ) : (
        <p>Please contact your practice owner; they can restore access from Billing.</p>
      )}
    </section>
  );
}
