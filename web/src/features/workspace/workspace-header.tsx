import { ROLE_LABELS, type TenantRole, type TenantStatus } from '@atrium/domain';
import { Link } from 'react-router-dom';
import { BrandMark } from '../../components/brand-mark';
import { SignOutButton } from '../../components/sign-out-button';
import { useSignedInUser } from '../../lib/auth-session';
import { usePlatformRole } from '../../lib/platform-role';
import { PracticeSwitcher } from './practice-switcher';
import { STATUS_LABELS } from './status-labels';

interface WorkspaceHeaderProps {
  tenantId: string;
  practiceName: string;
  role: TenantRole | null;
  status: TenantStatus;
  userLabel: string;
}

export function WorkspaceHeader({ tenantId, practiceName, role, status, userLabel }: WorkspaceHeaderProps) {
  // Atrium's own staff who also belong to a practice get a way back to the console.
  const user = useSignedInUser();
  const platformRole = usePlatformRole(user);
  return (
    <header className="workspace-header">
      <BrandMark />
      <div className="workspace-title">
        <h1 data-testid="workspace-practice-name">{practiceName}</h1>
        <span className={`status-badge status-${status}`} data-testid="workspace-status">
          {STATUS_LABELS[status]}
        </span>
      </div>
      <div className="workspace-account">
        <PracticeSwitcher uid={user.uid} currentTenantId={tenantId} />
        <span className="workspace-user">
          {userLabel}
          {role && (
            <>
              {' · '}
              <span data-testid="workspace-role">{ROLE_LABELS[role]}</span>
            </>
          )}
        </span>
        {platformRole.status === 'ready' && platformRole.role && (
          <Link className="button button-secondary button-small" to="/admin">
            Admin console
          </Link>
        )}
        <SignOutButton />
      </div>
    </header>
  );
}
