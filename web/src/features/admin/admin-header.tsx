/** The console's header: brand, which console this is, who is signed in with which platform role, sign out. */
import { ROLE_LABELS, type PlatformRole } from '@atrium/domain';
import { signOut, type User } from 'firebase/auth';
import { useState } from 'react';
import { BrandMark } from '../../components/brand-mark';
import { auth } from '../../lib/firebase';

export function AdminHeader({ user, role }: { user: User; role: PlatformRole }) {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <header className="workspace-header">
      <BrandMark />
      <div className="workspace-title">
        <h1>Admin console</h1>
      </div>
      <div className="workspace-account">
        <span className="workspace-user">
          {user.displayName || user.email}
          {' · '}
          <span data-testid="admin-platform-role">{ROLE_LABELS[role]}</span>
        </span>
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
