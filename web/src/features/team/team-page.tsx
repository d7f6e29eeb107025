/**
 * /app/team: who is in the practice, the seats they and the open invites
 * take, and (for owners and admins) inviting, revoking, changing roles and
 * removing people. Every change goes through the team callables, which
 * decide (SPEC §5); this page shows what the viewer's role may attempt and
 * the server's answer in words. A removed member's row goes away: focus
 * moves to the Members heading and the removal is announced.
 */
import { canManageTeam } from '@atrium/domain';
import { orderBy, query, where } from 'firebase/firestore';
import { useMemo, useState } from 'react';
import { FormAlert } from '../../components/form-alert';
import { NoAccess, ReadOnlyNotice } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { useLiveQuery } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';
import { useReturnFocus } from '../../lib/use-return-focus';
import { pausedReason, useWorkspaceContext } from '../workspace/workspace-context';
import { InviteForm } from './invite-form';
import { MembersTable, type TeamMember } from './members-table';
import { PendingInvites, type Invite } from './pending-invites';
import { SeatsMeter } from './seats-meter';
import { assignableRoles, roleRank } from './team-roles';
import './team.css';

export default function TeamPage() {
  const { tenantId, tenant, user, role, now, writable, permission } = useWorkspaceContext();
  const seesInvites = permission('invites', 'read') !== 'denied';
  const members = useLiveQuery<Omit<TeamMember, 'id'>>(`members:${tenantId}`, () => tenantCollection(tenantId, 'members'));
  const invites = useLiveQuery<Omit<Invite, 'id'>>(`invites:${tenantId}:${seesInvites}`, () =>
    seesInvites
      ? query(tenantCollection(tenantId, 'invites'), where('status', '==', 'pending'), orderBy('expiresAt', 'asc'))
      : null,
  );

  const sorted = useMemo(
    () =>
      members.status === 'ready'
        ? [...members.data].sort(
            (a, b) => roleRank(a.role) - roleRank(b.role) || (a.displayName || a.email).localeCompare(b.displayName || b.email),
          )
        : [],
    [members],
  );
  const names = useMemo(() => new Map(sorted.map((m) => [m.id, m.displayName || m.email])), [sorted]);
  const [removed, setRemoved] = useState<string | null>(null);
  const focus = useReturnFocus();

  if (permission('members', 'read') === 'denied') return <NoAccess what="The team" />;
  const managerRole = role && canManageTeam(role) ? role : null;
  const paused = managerRole !== null && !writable;

  return (
    <div className="team-page" data-testid="team-page">
      <PageHeader
        title="Team"
        intro={
          managerRole
            ? 'Invite staff, choose what each person can do, and free up seats.'
            : 'Everyone who works in this practice on Atrium. Owners and administrators manage the team.'
        }
      />
      {paused && <ReadOnlyNotice reason={pausedReason(tenant)} />}
      <SeatsMeter tenant={tenant} />
      {managerRole && <InviteForm tenantId={tenantId} roles={assignableRoles(managerRole)} disabled={paused} />}
      {seesInvites && (
        <PendingInvites
          tenantId={tenantId}
          invites={invites}
          managerRole={managerRole}
          disabled={paused}
          nameOf={(uid) => names.get(uid) ?? null}
          now={now}
        />
      )}
      <section className="card" aria-labelledby="members-heading">
        <h3 id="members-heading" ref={focus.fallback} tabIndex={-1}>
          Members
        </h3>
        <FormAlert message={removed} tone="info" />
        {members.status === 'loading' && <PageLoading label="Loading the team…" inline />}
        {members.status === 'error' && <FormAlert message={members.message} />}
        {members.status === 'denied' && <FormAlert message="The team list can’t be opened right now." />}
        {members.status === 'ready' && (
          <MembersTable
            tenantId={tenantId}
            members={sorted}
            viewerUid={user.uid}
            managerRole={managerRole}
            disabled={paused}
            onRemoved={(message) => {
              setRemoved(message);
              focus.restore();
            }}
          />
        )}
      </section>
    </div>
  );
}
