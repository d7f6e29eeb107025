/**
 * /admin/*: the admin console for Atrium's own staff (`platformRole` sales
 * or super_admin): the tenants list, a tenant's details (with lifecycle
 * overrides and support reads for super admins) and the sales provisioning
 * form. The role comes from the ID token and only shapes the screen; the
 * rules and the callables check it on every request. Anyone else who opens
 * /admin sees that the console is not available to them.
 */
import { signOut } from 'firebase/auth';
import { Link, Route, Routes } from 'react-router-dom';
import { AuthLayout } from '../../components/auth-layout';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { useSignedInUser } from '../../lib/auth-session';
import { auth } from '../../lib/firebase';
import { usePlatformRole } from '../../lib/platform-role';
import { AdminHeader } from './admin-header';
import { AdminNav } from './admin-nav';
import { canProvisionTenants } from '@atrium/domain';
import { ProvisionPage } from './provision-page';
import { TenantDetailPage } from './tenant-detail-page';
import { TenantsPage } from './tenants-page';
import './admin-console.css';

export default function AdminConsole() {
  const user = useSignedInUser();
  // Refresh a token without the claim once: a role granted since sign-in shows up (and reaches Firestore).
  const platformRole = usePlatformRole(user, { refresh: true });
  if (platformRole.status === 'loading') return <PageLoading label="Opening the admin console…" />;
  const role = platformRole.role;
  if (!role) return <ConsoleNotAvailable />;

  return (
    <div className="workspace admin-console" data-testid="admin-console">
      <a className="skip-link" href="#admin-main">
        Skip to content
      </a>
      <AdminHeader user={user} role={role} />
      <div className="workspace-body">
        <AdminNav role={role} />
        <main className="workspace-main admin-main" id="admin-main" tabIndex={-1}>
          <Routes>
            <Route index element={<TenantsPage />} />
            <Route path="tenants/:tenantId" element={<TenantDetailPage role={role} />} />
            {canProvisionTenants(role) && <Route path="provision" element={<ProvisionPage />} />}
            <Route path="*" element={<ConsolePageNotFound />} />
          </Routes>
        </main>
      </div>
    </div>
  );
}

/** /admin for someone without a platform role: a practice member, or a revoked staff account. */
function ConsoleNotAvailable() {
  return (
    <AuthLayout
      title="The admin console isn’t available"
      intro="It is for Atrium’s own sales and support staff, and your account doesn’t have access to it."
    >
      <div className="button-row" data-testid="admin-not-available">
        <Link className="button button-primary" to="/app">
          Go to your practice
        </Link>
        <button type="button" className="button button-secondary" onClick={() => void signOut(auth)}>
          Sign out
        </button>
      </div>
    </AuthLayout>
  );
}

function ConsolePageNotFound() {
  return (
    <section>
      <PageHeader title="Page not found" intro="This page isn’t part of the admin console." />
      <Link to="/admin">Back to the tenants</Link>
    </section>
  );
}
