/**
 * The team, live: name, email, role and when they joined. Owners and admins
 * change roles and remove members through the callables; only an owner
 * touches another owner or makes someone an owner (domain team policy), and
 * the server refuses demoting or removing the last owner, in words shown on
 * the member's row. Keyboard focus stays put as the row's buttons come and
 * go: on the role picker after a role change, on Remove after "Keep"; a
 * removed member's row goes away, so the page takes focus (`onRemoved`).
 */
import { ROLE_LABELS, mayManageMember, type MemberDoc, type TenantRole } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import { useRef, useState } from 'react';
import { FormAlert } from '../../components/form-alert';
import type { WithId } from '../../lib/live-query';
import { useReturnFocus } from '../../lib/use-return-focus';
import { formatDate } from '../workspace/format-date';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { changeMemberRole, removeMember } from './team-callables';
import { assignableRoles, roleOptions } from './team-roles';

export type TeamMember = WithId<MemberDoc<Timestamp>>;

interface MembersTableProps {
  tenantId: string;
  members: TeamMember[];
  viewerUid: string;
  /** The viewer's role when they may manage the team, null when they may only look. */
  managerRole: TenantRole | null;
  disabled: boolean;
  /** Someone was removed (their row is going away): `message` says so, for the page to announce and take focus. */
  onRemoved(message: string): void;
}

export function MembersTable({ tenantId, members, viewerUid, managerRole, disabled, onRemoved }: MembersTableProps) {
  return (
    <table className="data-table members-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Joined</th>
          {managerRole && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <MemberRow
            key={member.id}
            tenantId={tenantId}
            member={member}
            isViewer={member.id === viewerUid}
            managerRole={managerRole}
            disabled={disabled}
            onRemoved={onRemoved}
          />
        ))}
      </tbody>
    </table>
  );
}

interface MemberRowProps {
  tenantId: string;
  member: TeamMember;
  isViewer: boolean;
  managerRole: TenantRole | null;
  disabled: boolean;
  onRemoved(message: string): void;
}

function MemberRow({ tenantId, member, isViewer, managerRole, disabled, onRemoved }: MemberRowProps) {
  const action = useWorkspaceAction();
  // The opener is the Remove button; the role picker stays while its Save and Cancel come and go.
  const focus = useReturnFocus();
  const roleSelect = useRef<HTMLSelectElement>(null);
  const [draftRole, setDraftRole] = useState<TenantRole>(member.role);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  // Only an owner changes or removes an owner.
  const mayManage = managerRole !== null && mayManageMember(managerRole, member.role);
  const mayRemove = mayManage && !isViewer;
  const roles = managerRole ? assignableRoles(managerRole) : [];
  const options = roleOptions(roles.includes(member.role) ? roles : [member.role, ...roles]);
  // A role changed elsewhere (another admin, a second tab) replaces an untouched draft.
  const [seenRole, setSeenRole] = useState(member.role);
  if (seenRole !== member.role) {
    setSeenRole(member.role);
    setDraftRole(member.role);
  }
  const name = member.displayName || member.email;
  const columns = managerRole ? 5 : 4;

  const saveRole = async () => {
    // Save and Cancel go once the new role arrives: back to the picker, which shows it.
    if (await action.run(() => changeMemberRole(tenantId, member.id, draftRole))) focus.restore(roleSelect);
  };

  const remove = async () => {
    if (await action.run(() => removeMember(tenantId, member.id))) onRemoved(`${name} was removed from the team.`);
  };

  return (
    <>
      <tr data-testid="team-member-row" data-uid={member.id}>
        <td>
          <span className="member-name">{name}</span>
          {isViewer && <span className="pill pill-you">You</span>}
          {member.disabled && <span className="pill pill-muted">Access off</span>}
        </td>
        <td>{member.email}</td>
        <td>
          {mayManage ? (
            <div className="role-editor">
              <select
                ref={roleSelect}
                aria-label={`Role for ${name}`}
                value={draftRole}
                disabled={disabled || action.pending}
                onChange={(event) => {
                  action.clearError();
                  setDraftRole(event.target.value as TenantRole);
                }}
                data-testid="member-role-select"
              >
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              {draftRole !== member.role && (
                <>
                  {/* Enabled while saving (a second click is ignored): disabling the focused button would drop focus. */}
                  <button
                    type="button"
                    className="button button-primary button-small"
                    disabled={disabled}
                    data-testid="member-role-save"
                    onClick={() => void saveRole()}
                  >
                    {action.pending ? 'Saving…' : 'Save'}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={action.pending}
                    onClick={() => {
                      action.clearError();
                      setDraftRole(member.role);
                      focus.restore(roleSelect);
                    }}
                  >
                    Cancel
                  </button>
                </>
              )}
            </div>
          ) : (
            ROLE_LABELS[member.role]
          )}
        </td>
        <td>{member.joinedAt ? formatDate(member.joinedAt.toDate()) : '—'}</td>
        {managerRole && (
          <td className="cell-actions">
            {mayRemove &&
              (confirmingRemoval ? (
                <span className="confirm-inline" role="group" aria-label={`Confirm removing ${name}`}>
                  <span>Remove {name}? They lose access at once.</span>
                  <button
                    type="button"
                    className="button button-danger button-small"
                    disabled={disabled}
                    data-testid="member-remove-confirm"
                    onClick={() => void remove()}
                  >
                    {action.pending ? 'Removing…' : 'Remove'}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={action.pending}
                    onClick={() => {
                      action.clearError();
                      setConfirmingRemoval(false);
                      focus.restore();
                    }}
                  >
                    Keep
                  </button>
                </span>
              ) : (
                <button
                  ref={focus.opener}
                  type="button"
                  className="button button-secondary button-small"
                  disabled={disabled}
                  data-testid="member-remove"
                  aria-label={`Remove ${name} from the team`}
                  onClick={() => setConfirmingRemoval(true)}
                >
                  Remove
                </button>
              ))}
          </td>
        )}
      </tr>
      {action.error && (
        <tr className="row-message">
          <td colSpan={columns}>
            <FormAlert message={action.error} />
          </td>
        </tr>
      )}
    </>
  );
}
