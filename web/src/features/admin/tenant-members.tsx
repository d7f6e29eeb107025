/** A tenant's members (super admins' support read), owners first. */
import { ROLE_LABELS, TENANT_ROLES, paths, type MemberDoc } from '@atrium/domain';
import { collection, type Timestamp } from 'firebase/firestore';
import { FormAlert } from '../../components/form-alert';
import { EmptyState } from '../../components/notices';
import { PageLoading } from '../../components/page-loading';
import { db } from '../../lib/firestore';
import { useLiveQuery } from '../../lib/live-query';
import { formatOptionalDate } from './tenant-dates';

type Member = MemberDoc<Timestamp>;

export function TenantMembers({ tenantId }: { tenantId: string }) {
  const result = useLiveQuery<Member>(`admin-members|${tenantId}`, () => collection(db, paths.members(tenantId)));
  const members =
    result.status === 'ready'
      ? [...result.data].sort(
          (a, b) => TENANT_ROLES.indexOf(a.role) - TENANT_ROLES.indexOf(b.role) || (a.displayName ?? '').localeCompare(b.displayName ?? ''),
        )
      : [];
  return (
    <section className="admin-section" aria-labelledby="admin-members-heading" data-testid="admin-tenant-members">
      <h3 id="admin-members-heading">Members</h3>
      {result.status === 'loading' && <PageLoading label="Loading the members…" inline />}
      {result.status === 'denied' && <FormAlert message="Only platform administrators can see a practice’s members." />}
      {result.status === 'error' && <FormAlert message={result.message} />}
      {result.status === 'ready' && members.length === 0 && <EmptyState>Nobody has joined this practice yet.</EmptyState>}
      {members.length > 0 && (
        <div className="admin-table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Members of this practice</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Access</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <td>{member.displayName || '—'}</td>
                  <td>{member.email}</td>
                  <td>{ROLE_LABELS[member.role] ?? member.role}</td>
                  <td>{member.disabled ? 'Switched off' : 'Active'}</td>
                  <td>{formatOptionalDate(member.joinedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
