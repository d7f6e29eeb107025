/**
 * The screen for a practice whose records are blocked by its billing state
 * (suspended, cancelled) or that is still being set up. The rules refuse
 * the data anyway; this says why and what to do, for this viewer, naming
 * the Billing action that works (billing-options.ts decides what Billing offers).
 */
import { managesBilling, seesBilling, type TenantRole } from '@atrium/domain';
import { Link } from 'react-router-dom';
import { retentionDaysOf, retentionEndsAt } from '../billing/billing-options';
import { formatDate } from './format-date';
import type { Tenant } from './use-workspace';

export function BlockedPractice({ tenant, role }: { tenant: Tenant; role: TenantRole | null }) {
  const handlesBilling = seesBilling(role);
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
  const step = handlesBilling ? nextStep(suspended, managesBilling(role)) : null;
  return (
    <section className="blocked" data-testid={suspended ? 'suspended-screen' : 'cancelled-screen'} aria-labelledby="blocked-heading">
      <h2 id="blocked-heading">{suspended ? 'This practice is suspended' : 'This practice’s subscription has ended'}</h2>
      <p>
        {suspended
          ? `Since ${since}, patient records, appointments and notes are hidden because the account has an unpaid balance. Nothing has been deleted.`
          : `The subscription was cancelled on ${since}. Records are kept for ${retentionDaysOf(tenant)} days after that, until ${formatDate(retentionEndsAt(tenant))}, then deleted for good.`}
      </p>
      {step ? (
        <>
          <p data-testid="blocked-next-step">{step.text}</p>
          <p>
            <Link className="button button-primary" to="/app/billing" data-testid="blocked-billing-link">
              {step.button}
            </Link>
          </p>
        </>
      ) : (
        <p>
          {suspended
            ? 'Please contact your practice owner; they can pay the balance from Billing.'
            : 'Please contact your practice owner.'}
        </p>
      )}
    </section>
  );
}

/**
 * What the owner (or an admin, who can look but not pay) does next, in the
 * words the Billing page uses. A practice is suspended when Stripe gives up
 * on an invoice, so it has a subscription: Billing offers "Manage billing"
 * (Stripe's portal) to pay it, never a second checkout.
 */
function nextStep(suspended: boolean, isOwner: boolean): { text: string; button: string } {
  if (!isOwner) {
    return {
      text: suspended ? 'Only the practice owner can pay the balance, from Billing.' : 'Only the practice owner can arrange to reactivate it.',
      button: 'Go to Billing',
    };
  }
  if (!suspended) {
    return { text: 'To reactivate the practice, or if you need a copy of your records, contact Atrium support before then.', button: 'Go to Billing' };
  }
  return {
    text: 'To open the practice again, go to Billing and use Manage billing to pay the overdue invoice or update the card. Access returns as soon as the payment goes through.',
    button: 'Open Billing to pay with Manage billing',
  };
}
