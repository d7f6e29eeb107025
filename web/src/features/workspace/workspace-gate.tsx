/**
 * What every workspace page shows before its practice is ready (loading, no
 * practice yet, no access, an error), and who the viewer is once it is.
 */
import type { User } from 'firebase/auth';
import type { TenantRole } from '@atrium/domain';
import type { ReactElement } from 'react';
import { Navigate } from 'react-router-dom';
import { PageLoading } from '../../components/page-loading';
import { useSignedInUser } from '../../lib/auth-session';
import { usePlatformRole } from '../../lib/platform-role';
import { PracticeProblem } from './practice-problem';
import type { WorkspaceState } from './use-workspace';

/** The screen for a practice that is not ready, or null once it is. */
export function workspaceGate(workspace: WorkspaceState, loadingLabel: string): ReactElement | null {
  switch (workspace.status) {
    case 'loading':
      return <PageLoading label={loadingLabel} />;
    case 'no-practice':
      return <NoPracticeRedirect loadingLabel={loadingLabel} />;
    case 'no-access':
      return (
        <PracticeProblem message="You no longer have access to this practice. If you think this is a mistake, ask the practice owner to add you again." />
      );
    case 'error':
      return <PracticeProblem message={workspace.message} retry />;
    case 'ready':
      return null;
  }
}

/** Someone without a practice: platform staff go to the admin console, everyone else creates one. */
function NoPracticeRedirect({ loadingLabel }: { loadingLabel: string }) {
  const platformRole = usePlatformRole(useSignedInUser());
  if (platformRole.status === 'loading') return <PageLoading label={loadingLabel} />;
  return <Navigate to={platformRole.role ? '/admin' : '/onboarding'} replace />;
}

/** The viewer's role and the name to greet them by. */
export function viewerOf(workspace: Extract<WorkspaceState, { status: 'ready' }>, user: User): { role: TenantRole | null; name: string } {
  const { tenant, member } = workspace;
  // Fallback while the membership has not arrived: the owner of record is still known.
  const role = member?.role ?? (tenant.ownerUid === user.uid ? 'owner' : null);
  const name = member?.displayName || user.displayName || user.email || 'You';
  return { role, name };
}
