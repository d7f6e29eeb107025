import { ROLE_LABELS, type TenantRole, type TenantStatus } from '@atrium/domain';
import { signOut } from 'firebase/auth';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { BrandMark } from '../../components/brand-mark';
import { useSignedInUser } from '../../lib/auth-session';
import { auth } from '../../lib/firebase';
import { usePlatformRole } from '../../lib/platform-role';
import { STATUS_LABELS } from './status-labels';

interface WorkspaceHeaderProps {
  practiceName: string;
  role: TenantRole | null;
  status: TenantStatus;
  userLabel: string;
}

export function WorkspaceHeader({ practiceName, role, status, userLabel }: WorkspaceHeaderProps) {
  const [signingOut, setSigningOut] = useState(false);
  // Atrium's own staff who also belong to a practice get a way back to the console.
  const platformRole = usePlatformRole(useSignedInUser());
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
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={signingOut}
          onClick={() => {
            setSigningOut(true);
            // The session provider sees the sign-out and the route guard sends the user to /signin.
            signOut(auth).catch(() => setSigningOut(false));
          }}
        >
          Sign out
        </button>
      </div>
    </header>
  );
}
