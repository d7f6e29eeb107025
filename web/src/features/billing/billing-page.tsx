/**
 * /app/billing: the practice's plan, status and seats. Owners and admins may
 * look; only the owner may change anything (Stripe Checkout for a new
 * subscription, the customer portal for the rest). It stays open while the
 * practice is suspended or cancelled, since this is where that is fixed.
 * The owner's actions follow the billing record, read live (the rules let
 * owners read it in every state but provisioning), so the page only offers
 * what the server will accept; the server still decides.
 */
import { managesBilling } from '@atrium/domain';
import { NoAccess } from '../../components/notices';
import { PageLoading } from '../../components/page-loading';
import { useLiveDoc } from '../../lib/live-query';
import { tenantDoc } from '../../lib/tenant-data';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { BillingActions } from './billing-actions';
import { billingOptions, type Billing } from './billing-options';
import { BillingOverview } from './billing-overview';

export default function BillingPage() {
  const { tenant, tenantId, role, now, permission } = useWorkspaceContext();
  const readable = permission('billing', 'read') !== 'denied';
  const isOwner = readable && managesBilling(role);
  // Keyed by status too: a listener refused in one state is tried again in the next.
  const billing = useLiveDoc<Billing>(`billing:${tenantId}:${tenant.status}:${isOwner}`, () =>
    isOwner ? tenantDoc(tenantId, 'billing', 'subscription') : null,
  );
  if (!readable) return <NoAccess what="Billing" />;
  return (
    <div data-testid="billing-page">
      <BillingOverview tenant={tenant} now={now} />
      {!isOwner ? (
        <p className="alert alert-info" data-testid="billing-owner-only">
          Only the practice owner can change billing. Ask them if the plan or payment details need to change.
        </p>
      ) : billing.status === 'loading' ? (
        <PageLoading label="Loading billing options…" inline />
      ) : billing.status !== 'ready' ? (
        <p className="alert alert-error" role="alert" data-testid="billing-error">
          {billing.status === 'error' ? billing.message : 'Your billing details can’t be shown right now. Please try again in a minute.'}
        </p>
      ) : (
        <BillingActions tenantId={tenantId} currentPlan={tenant.plan} options={billingOptions(tenant, billing.data)} />
      )}
    </div>
  );
}
