/** /app: the practice workspace shell for the signed-in member. */
import { useLocation } from 'react-router-dom';
import { useSignedInUser } from '../../lib/auth-session';
import { PracticeOverview } from './practice-overview';
import { StatusBanner } from './status-banner';
import { useNow } from './use-now';
import { useWorkspace } from './use-workspace';
import { WorkspaceHeader } from './workspace-header';
import { WorkspaceNav } from './workspace-nav';
import { viewerOf, workspaceGate } from './workspace-gate';

export default function WorkspacePage() {
  const user = useSignedInUser();
  const arrival = useLocation().state as { fromOnboarding?: boolean; tenantId?: string } | null;
  const workspace = useWorkspace(user.uid, arrival?.tenantId);
  const now = useNow();
  const fromOnboarding = arrival?.fromOnboarding === true;

  const gate = workspaceGate(workspace, fromOnboarding ? 'Setting up your workspace…' : 'Loading your practice…');
  if (gate || workspace.status !== 'ready') return gate;
  const { tenant } = workspace;
  const { role, name } = viewerOf(workspace, user);
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
