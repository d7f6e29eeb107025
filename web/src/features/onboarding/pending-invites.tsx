/**
 * Onboarding's first screen for someone whose email address has open
 * invitations: each names the practice and the role, with a Join link to
 * the invite page (which confirms the address and joins). Creating a
 * practice of one's own stays one click away.
 */
import { ROLE_LABELS, type MyInvite } from '@atrium/domain';
import { Link } from 'react-router-dom';

const expiryFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

export function PendingInvites({ invites, onCreateOwn }: { invites: MyInvite[]; onCreateOwn: () => void }) {
  return (
    <section className="onboarding-invites" aria-label="Your invitations">
      <ul className="onboarding-invite-list">
        {invites.map((invite) => {
          const role = ROLE_LABELS[invite.role];
          return (
            <li key={`${invite.tenantId}/${invite.inviteId}`} className="onboarding-invite" data-testid="onboarding-invite">
              <div>
                <p className="onboarding-invite-text">
                  You’ve been invited to join <strong>{invite.tenantName}</strong> as <strong>{role}</strong>.
                </p>
                <p className="onboarding-invite-expiry">The invitation expires on {expiryFormat.format(new Date(invite.expiresAt))}.</p>
              </div>
              <Link
                className="button button-primary"
                to={`/invite/${invite.tenantId}/${invite.inviteId}`}
                aria-label={`Join ${invite.tenantName} as ${role}`}
              >
                Join
              </Link>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-secondary button-block" onClick={onCreateOwn} data-testid="onboarding-create-own">
        Create my own practice instead
      </button>
    </section>
  );
}
