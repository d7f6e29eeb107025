/** /app: the practice workspace shell for the signed-in member. */
import { Navigate, useLocation } from 'react-router-dom';
import { PageLoading } from '../../components/page-loading';
import { useSignedInUser } from '../../lib/auth-session';
import { PracticeOverview } from './practice-overview';
import { StatusBanner } from './status-banner';
import { useNow } from './use-now';
import { useWorkspace } from './use-workspace';
import { WorkspaceHeader } from './workspace-header';
import { WorkspaceNav } from './workspace-nav';
import { PracticeProblem } from './practice-problem';

export default function WorkspacePage() {
  const user = useSignedInUser();
  const arrival = useLocation().state as { fromOnboarding?: boolean; tenantId?: string } | null;
  const workspace = useWorkspace(user.uid, arrival?.tenantId);
  const now = useNow();
  const fromOnboarding = arrival?.fromOnboarding === true;

  switch (workspace.status) {
    case 'loading':
      return <PageLoading label={fromOnboarding ? 'Setting up your workspace…' : 'Loading your practice…'} />;
    case 'no-practice':
      return <Navigate to="/onboarding" replace />;
    case 'no-access':
      return (
        <PracticeProblem message="You no longer have access to this practice. If you think this is a mistake, ask the practice owner to add you again." />
      );
    case 'error':
      return <PracticeProblem message={workspace.message} retry />;
    case 'ready': {
      const { tenant, member } = workspace;
      // While the practice is blocked the membership is unreadable; the owner is still known.
      const role = member?.role ?? (tenant.ownerUid === user.uid ? 'owner' : null);
      const name = member?.displayName || user.displayName || user.email || 'You';
      return (
        <div className="workspace">
          <WorkspaceHeader practiceName={tenant.name} role={role} status={tenant.status} userLabel={name} />
          <div className="workspace-body">
            <WorkspaceNav role={role} tenant={tenant} />
            <main className="workspace-main">
              <StatusBanner tenant={tenant} role={role} now={now} />
              <PracticeOverview tenant={tenant} displayName={name} />
            </main>
          </div>
        </div>
      );
    }
  }
}
