/**
 * Open invites: who, as what, sent when and by whom, and how long the link
 * still works. Each holds a seat until accepted, revoked or expired; an
 * owner or admin may revoke one (only an owner an invite to become owner).
 * A revoked invite's row goes away: focus moves to the section's heading and
 * the revocation is announced.
 */
import { ROLE_LABELS, checkRevoke, type InviteDoc, type TenantRole } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import { useState } from 'react';
import { EmptyState } from '../../components/notices';
import { FormAlert } from '../../components/form-alert';
import { PageLoading } from '../../components/page-loading';
import type { LiveResult, WithId } from '../../lib/live-query';
import { useReturnFocus } from '../../lib/use-return-focus';
import { formatDate } from '../workspace/format-date';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { describeExpiry } from './invite-expiry';
import { revokeInvite } from './team-callables';

export type Invite = WithId<InviteDoc<Timestamp>>;

interface PendingInvitesProps {
  tenantId: string;
  invites: LiveResult<Invite[]>;
  /** The viewer's role when they may manage the team, null when they may only look. */
  managerRole: TenantRole | null;
  disabled: boolean;
  nameOf: (uid: string) => string | null;
  now: Date;
}

export function PendingInvites({ tenantId, invites, managerRole, disabled, nameOf, now }: PendingInvitesProps) {
  const action = useWorkspaceAction();
  const [revoked, setRevoked] = useState<string | null>(null);
  const focus = useReturnFocus();

  const revoke = async (invite: Invite) => {
    setRevoked(null);
    if (await action.run(() => revokeInvite(tenantId, invite.id))) {
      setRevoked(`The invite to ${invite.email} was revoked.`);
      focus.restore();
    }
  };

  return (
    <section className="card" aria-labelledby="invites-heading">
      <h3 id="invites-heading" ref={focus.fallback} tabIndex={-1}>
        Pending invites
      </h3>
      <FormAlert message={action.error} />
      <FormAlert message={revoked} tone="info" />
      {invites.status === 'loading' && <PageLoading label="Loading invites…" inline />}
      {invites.status === 'error' && <FormAlert message={invites.message} />}
      {invites.status === 'denied' && <EmptyState>Pending invites are visible to owners, administrators and practice managers.</EmptyState>}
      {invites.status === 'ready' && invites.data.length === 0 && <EmptyState>No invites are waiting to be accepted.</EmptyState>}
      {invites.status === 'ready' && invites.data.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Sent</th>
              <th scope="col">Link</th>
              {managerRole && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {invites.data.map((invite) => {
              const expiry = describeExpiry(invite.expiresAt.toDate(), now);
              const inviter = nameOf(invite.invitedBy);
              const mayRevoke = managerRole !== null && checkRevoke(managerRole, invite.role).ok;
              return (
                <tr key={invite.id} data-testid="invite-row">
                  <td>{invite.email}</td>
                  <td>{ROLE_LABELS[invite.role]}</td>
                  <td>
                    {formatDate(invite.createdAt.toDate())}
                    {inviter && <span className="cell-note">by {inviter}</span>}
                  </td>
                  <td>
                    <span className={expiry.expired ? 'pill pill-muted' : 'pill'}>{expiry.text}</span>
                  </td>
                  {managerRole && (
                    <td className="cell-actions">
                      {mayRevoke && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          data-testid="invite-revoke"
                          // Enabled while revoking (a second click is ignored): disabling the focused button would drop focus.
                          disabled={disabled}
                          aria-label={`Revoke the invite to ${invite.email}`}
                          onClick={() => void revoke(invite)}
                        >
                          Revoke
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
