/**
 * /admin/tenants/:tenantId: one practice, live. Every platform role sees the
 * tenant document's facts (the rules let sales and super admins `get` it).
 * Super admins also get the support reads under the tenant (status history
 * from the audit log, the members) and the lifecycle overrides; sales users
 * never query a subcollection, because the rules refuse them there.
 */
import { paths, type PlatformRole } from '@atrium/domain';
import { doc } from 'firebase/firestore';
import { Link, useParams } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { PageLoading } from '../../components/page-loading';
import { db } from '../../lib/firestore';
import { useLiveDoc } from '../../lib/live-query';
import type { Tenant } from '../workspace/use-workspace';
import { StatusPill } from './admin-labels';
import { canSupportTenants } from '@atrium/domain';
import { LifecycleOverrides } from './lifecycle-overrides';
import { StatusHistory } from './status-history';
import { TenantFacts } from './tenant-facts';
import { TenantMembers } from './tenant-members';

export function TenantDetailPage({ role }: { role: PlatformRole }) {
  const { tenantId = '' } = useParams();
  const result = useLiveDoc<Tenant>(`admin-tenant|${tenantId}`, () => (tenantId ? doc(db, paths.tenant(tenantId)) : null));
  const back = (
    <p className="admin-back">
      <Link to="/admin">← All tenants</Link>
    </p>
  );

  if (result.status === 'loading') return <PageLoading label="Loading the practice…" inline />;
  if (result.status === 'denied' || result.status === 'error' || result.data === null) {
    const message =
      result.status === 'denied'
        ? 'Your account can’t open this practice.'
        : result.status === 'error'
          ? result.message
          : 'There is no practice with this id. It may have been removed after its retention period.';
    return (
      <section>
        {back}
        <h2>Practice not available</h2>
        <FormAlert message={message} />
      </section>
    );
  }

  const tenant = result.data;
  return (
    <section className="admin-detail" data-testid="admin-tenant-detail" aria-labelledby="admin-tenant-name">
      {back}
      <div className="admin-detail-title">
        <h2 id="admin-tenant-name">{tenant.name}</h2>
        <span data-testid="admin-tenant-status">
          <StatusPill status={tenant.status} />
        </span>
      </div>
      <TenantFacts tenantId={tenantId} tenant={tenant} />
      {canSupportTenants(role) ? (
        <>
          <LifecycleOverrides tenantId={tenantId} tenant={tenant} />
          <StatusHistory tenantId={tenantId} />
          <TenantMembers tenantId={tenantId} />
        </>
      ) : (
        <p className="admin-muted">Status history, members and lifecycle changes are for platform administrators.</p>
      )}
    </section>
  );
}
