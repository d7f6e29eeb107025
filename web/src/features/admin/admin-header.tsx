/** The console's header: brand, which console this is, who is signed in with which platform role, sign out. */
import { ROLE_LABELS, type PlatformRole } from '@atrium/domain';
import type { User } from 'firebase/auth';
import { BrandMark } from '../../components/brand-mark';
import { SignOutButton } from '../../components/sign-out-button';

export function AdminHeader({ user, role }: { user: User; role: PlatformRole }) {
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
        <SignOutButton />
      </div>
    </header>
  );
}
