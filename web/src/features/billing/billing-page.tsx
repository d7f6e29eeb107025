/**
 * /app/billing: the practice's plan, status and seats. Owners and admins may
 * look; only the owner may change anything (Stripe Checkout for a new
 * subscription, the customer portal for the rest). It stays open while the
 * practice is suspended or cancelled, since this is where that is fixed.
 * The server decides what is allowed; this page shows its answer.
 */
import { NoAccess } from '../../components/notices';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { BillingActions } from './billing-actions';
import { BillingOverview } from './billing-overview';

export default function BillingPage() {
  const { tenant, tenantId, role, now, permission } = useWorkspaceContext();
  if (permission('billing', 'read') === 'denied') return <NoAccess what="Billing" />;
  return (
    <div data-testid="billing-page">
      <BillingOverview tenant={tenant} now={now} />
      {role === 'owner' ? (
        <BillingActions tenantId={tenantId} currentPlan={tenant.plan} />
      ) : (
        <p className="alert alert-info" data-testid="billing-owner-only">
          Only the practice owner can change billing. Ask them if the plan or payment details need to change.
        </p>
      )}
    </div>
  );
}
