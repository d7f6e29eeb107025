/**
 * /app/*: the practice workspace. Subscribes to the practice once (tenant
 * and membership, live), shows the header, the section menu and the billing
 * banner, and renders the section on screen with the workspace context.
 * While the practice's data is blocked (suspended, cancelled, still being
 * set up) every section but billing shows the blocked screen instead.
 */
import { lifecycleAccess } from '@atrium/domain';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { PageLoading } from '../../components/page-loading';
import { useSignedInUser } from '../../lib/auth-session';
import { BlockedPractice } from './blocked-practice';
import { usePinnedTenant } from './pinned-tenant';
import { StatusBanner } from './status-banner';
import { useNow } from './use-now';
import { useWorkspace } from './use-workspace';
import { workspaceContextOf } from './workspace-context';
import { viewerOf, workspaceGate } from './workspace-gate';
import { WorkspaceHeader } from './workspace-header';
import { WorkspaceNav } from './workspace-nav';

export default function WorkspaceLayout() {
  const user = useSignedInUser();
  const location = useLocation();
  const arrival = location.state as { fromOnboarding?: boolean; tenantId?: string } | null;
  const { tenantId: pinnedTenantId, forget: forgetPin } = usePinnedTenant(user.uid, arrival?.tenantId);
  const workspace = useWorkspace(user.uid, pinnedTenantId);
  const now = useNow();
  // A practice chosen earlier in this tab that no longer lets the user in: go back to their default one.
  const stalePin = workspace.status === 'no-access' && pinnedTenantId !== undefined && !arrival?.tenantId;
  useEffect(() => {
    if (stalePin) forgetPin();
  }, [stalePin, forgetPin]);

  const gate = workspaceGate(workspace, arrival?.fromOnboarding ? 'Setting up your workspace…' : 'Loading your practice…');
  if (gate || workspace.status !== 'ready') return gate;
  const { tenant, tenantId, member } = workspace;
  const { role, name } = viewerOf(workspace, user);
  const context = workspaceContextOf({ user, tenantId, tenant, member, role, name, now });
  const blocked = !lifecycleAccess(tenant.status, tenant.paymentFailures).dataRead;
  const onBilling = location.pathname.startsWith('/app/billing');
  return (
    <div className="workspace">
      <a className="skip-link" href="#workspace-main">
        Skip to content
      </a>
      <WorkspaceHeader tenantId={tenantId} practiceName={tenant.name} role={role} status={tenant.status} userLabel={name} />
      <div className="workspace-body">
        <WorkspaceNav role={role} tenant={tenant} />
        <main className="workspace-main" id="workspace-main" tabIndex={-1}>
          <StatusBanner tenant={tenant} role={role} now={now} />
          {blocked && !onBilling ? (
            <BlockedPractice tenant={tenant} role={role} />
          ) : (
            <Suspense fallback={<PageLoading label="Loading…" inline />}>
              <Outlet context={context} />
            </Suspense>
          )}
        </main>
      </div>
    </div>
  );
}
