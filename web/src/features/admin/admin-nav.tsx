/** The console's sections for this platform role. */
import type { PlatformRole } from '@atrium/domain';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { canProvisionTenants } from '@atrium/domain';

export function AdminNav({ role }: { role: PlatformRole }) {
  const { pathname } = useLocation();
  const onList = pathname === '/admin' || pathname === '/admin/';
  // A tenant's details belong to the tenants section.
  const onTenants = onList || pathname.startsWith('/admin/tenants/');
  return (
    <nav className="workspace-nav" aria-label="Admin console">
      <ul>
        <li>
          <Link
            className={`nav-item nav-item-link${onTenants ? ' nav-item-current' : ''}`}
            to="/admin"
            aria-current={onList ? 'page' : undefined}
          >
            Tenants
          </Link>
        </li>
        {canProvisionTenants(role) && (
          <li>
            <NavLink className="nav-item nav-item-link" to="/admin/provision">
              Provision a tenant
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
