/**
 * /app/billing: the practice's plan, status and seats, inside the workspace
 * shell. Owners and admins may look; only the owner may change anything
 * (Stripe Checkout for a new subscription, the customer portal for the rest).
 * The server decides what is allowed; this page shows its answer.
 */
import { roleGrant } from '@atrium/domain';
import { Link } from 'react-router-dom';
import { useSignedInUser } from '../../lib/auth-session';
import { StatusBanner } from '../workspace/status-banner';
import { useNow } from '../workspace/use-now';
import { useWorkspace } from '../workspace/use-workspace';
import { WorkspaceHeader } from '../workspace/workspace-header';
import { WorkspaceNav } from '../workspace/workspace-nav';
import { BillingActions } from './billing-actions';
import { BillingOverview } from './billing-overview';
import { viewerOf, workspaceGate } from '../workspace/workspace-gate';

export default function BillingPage() {
  const user = useSignedInUser();
  const workspace = useWorkspace(user.uid);
  const now = useNow();

  const gate = workspaceGate(workspace, 'Loading billing…');
  if (gate || workspace.status !== 'ready') return gate;
  const { tenant, tenantId } = workspace;
  const { role, name } = viewerOf(workspace, user);
  const mayReadBilling = role !== null && roleGrant(role, 'billing', 'read') !== false;
  return (
    <div className="workspace">
      <WorkspaceHeader practiceName={tenant.name} role={role} status={tenant.status} userLabel={name} />
      <div className="workspace-body">
        <WorkspaceNav role={role} tenant={tenant} current="billing" />
        <main className="workspace-main" data-testid="billing-page">
          <StatusBanner tenant={tenant} role={role} now={now} />
          {mayReadBilling ? (
            <>
              <BillingOverview tenant={tenant} now={now} />
              {role === 'owner' ? (
                <BillingActions tenantId={tenantId} currentPlan={tenant.plan} />
              ) : (
                <p className="alert alert-info" data-testid="billing-owner-only">
                  Only the practice owner can change billing. Ask them if the plan or payment details need to change.
                </p>
              )}
            </>
          ) : (
            <section className="overview" aria-labelledby="billing-heading">
              <h2 id="billing-heading">Billing</h2>
              <p className="alert alert-info" data-testid="billing-no-access">
                Billing is only available to the practice owner and admins.{' '}
                <Link to="/app">Back to the dashboard</Link>
              </p>
            </section>
          )}
        </main>
      </div>
    </div>
  );
}
