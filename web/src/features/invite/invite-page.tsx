/**
 * /invite/:tenantId/:inviteId, the link in an invite email. Open to everyone.
 * On load it asks the server what the link is for (describeInvite: signed-out
 * visitors cannot read the practice), so the page says "Join <practice> as
 * <role>" with the expiry, or that the link has expired, was withdrawn, was
 * used or is not valid. A signed-out visitor is sent to create an account or
 * sign in and comes back here; a signed-in one joins with one click
 * (acceptInvite) and lands in the practice's workspace. The server decides
 * whether the invite is theirs (same address, confirmed) and still open; its
 * answer is shown in words, with the way forward (confirm the address,
 * switch account, ask for a new invite).
 */
import { idSchema, ROLE_LABELS, type InviteDescription } from '@atrium/domain';
import { signOut, type User } from 'firebase/auth';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AuthLayout } from '../../components/auth-layout';
import { FormAlert } from '../../components/form-alert';
import { PageLoading } from '../../components/page-loading';
import { useAuthSession } from '../../lib/auth-session';
import { describeError } from '../../lib/error-messages';
import { auth } from '../../lib/firebase';
import { acceptInvite, refreshVerification, sendConfirmationEmail } from './accept-invite';
import { formatExpiry, joinHeading, useInviteLookup } from './invite-lookup';
import './invite.css';

const TITLE = 'You’ve been invited to join a practice on Atrium';

export default function InvitePage() {
  const { tenantId = '', inviteId = '' } = useParams();
  const session = useAuthSession();
  const wellFormed = idSchema.safeParse(tenantId).success && idSchema.safeParse(inviteId).success;
  const lookup = useInviteLookup(tenantId, inviteId, wellFormed);
  if (!wellFormed) {
    return (
      <ClosedInvite
        title="This invite link doesn’t work"
        intro="It may have been copied only in part. Open it again from the invite email, or ask the practice to send a new invite."
      />
    );
  }
  const returnPath = `/invite/${tenantId}/${inviteId}`;
  if (session.status === 'loading' || lookup.status === 'loading') return <PageLoading label="Opening your invitation…" />;
  if (lookup.status === 'invalid') return <ClosedInvite title="This invitation link isn’t valid" intro={lookup.message} />;
  // Unknown (the server could not be asked): the generic wording, and joining still gets the server's verdict.
  const invite = lookup.status === 'found' ? lookup.invite : null;
  if (invite?.state === 'expired') {
    return (
      <ClosedInvite
        title="This invitation has expired"
        intro={`The invitation to join ${invite.tenantName} as ${ROLE_LABELS[invite.role]} expired on ${formatExpiry(invite.expiresAt)}. Ask ${invite.tenantName} to send you a new one.`}
      />
    );
  }
  if (invite?.state === 'revoked') {
    return (
      <ClosedInvite
        title="This invitation was withdrawn"
        intro={`${invite.tenantName} withdrew this invitation. Ask them to send you a new one if you still need access.`}
      />
    );
  }
  if (session.status === 'signed-out') return <SignedOutInvite returnPath={returnPath} invite={invite} />;
  return <SignedInInvite user={session.user} tenantId={tenantId} inviteId={inviteId} returnPath={returnPath} invite={invite} />;
}

/** A link that cannot be used to join: say why, and offer the way back into Atrium. */
function ClosedInvite({ title, intro }: { title: string; intro: string }) {
  return (
    <AuthLayout title={title} intro={intro}>
      <div className="invite-actions" data-testid="invite-page">
        <Link className="button button-secondary button-block" to="/">
          Go to Atrium
        </Link>
      </div>
    </AuthLayout>
  );
}

/** "This invitation expires on 12 May 2025 at 14:30." under an open invite. */
function ExpiryNote({ invite }: { invite: InviteDescription | null }) {
  if (invite?.state !== 'pending') return null;
  return (
    <p className="invite-expiry" data-testid="invite-expiry">
      This invitation expires on {formatExpiry(invite.expiresAt)}.
    </p>
  );
}

function SignedOutInvite({ returnPath, invite }: { returnPath: string; invite: InviteDescription | null }) {
  const next = encodeURIComponent(returnPath);
  if (invite?.state === 'accepted') {
    return (
      <AuthLayout
        title="This invitation has already been used"
        intro={`If you accepted it, sign in to open ${invite.tenantName}. If not, ask ${invite.tenantName} to send you a new invitation.`}
      >
        <div className="invite-actions" data-testid="invite-page">
          <Link className="button button-primary button-block" to={`/signin?next=${next}`}>
            Sign in
          </Link>
        </div>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title={invite ? joinHeading(invite) : TITLE}
      intro={`${invite ? `${invite.tenantName} invited you to join their team on Atrium. ` : ''}Create an account or sign in with the email address the invite was sent to. You’ll come back to this page to join.`}
    >
      <ExpiryNote invite={invite} />
      <div className="invite-actions" data-testid="invite-page">
        <Link className="button button-primary button-block" to={`/signup?next=${next}`}>
          Create an account
        </Link>
        <Link className="button button-secondary button-block" to={`/signin?next=${next}`}>
          Sign in
        </Link>
      </div>
    </AuthLayout>
  );
}

type Phase =
  | { kind: 'ready' }
  | { kind: 'joining' }
  /** `final`: the server said no for good (expired, revoked, not theirs); otherwise trying again may work. */
  | { kind: 'refused'; message: string; final: boolean }
  /** The address must be confirmed before the server accepts (a password account can claim any address). */
  | { kind: 'confirm'; sent: boolean; note: string | null };

const isUnverifiedRefusal = (error: unknown) =>
  (error as { code?: unknown }).code === 'functions/permission-denied' &&
  /confirm your email/i.test((error as { message?: string }).message ?? '');

const FINAL_REFUSALS = new Set(['functions/permission-denied', 'functions/failed-precondition', 'functions/not-found']);

const isWrongAccount = (error: unknown) =>
  (error as { code?: unknown }).code === 'functions/permission-denied' &&
  /different email address/i.test((error as { message?: string }).message ?? '');

interface SignedInInviteProps {
  user: User;
  tenantId: string;
  inviteId: string;
  returnPath: string;
  /** What the server said the link is for; null when it could not be asked. */
  invite: InviteDescription | null;
}

function SignedInInvite({ user, tenantId, inviteId, returnPath, invite }: SignedInInviteProps) {
  const navigate = useNavigate();
  const email = user.email ?? 'this account';
  const used = invite?.state === 'accepted';
  // Whoever used an invite had confirmed their address; a used one needs no confirming, only opening.
  const [phase, setPhase] = useState<Phase>(
    !used && user.email && !user.emailVerified ? { kind: 'confirm', sent: false, note: null } : { kind: 'ready' },
  );
  const [busy, setBusy] = useState(false);

  async function join() {
    if (busy) return;
    setBusy(true);
    setPhase({ kind: 'joining' });
    try {
      const joined = await acceptInvite(tenantId, inviteId);
      // The workspace opens this practice even when the profile names another one as the default.
      navigate('/app', { replace: true, state: { tenantId: joined.tenantId } });
    } catch (error) {
      setBusy(false);
      if (isUnverifiedRefusal(error)) setPhase({ kind: 'confirm', sent: false, note: null });
      else if (isWrongAccount(error)) {
        setPhase({ kind: 'refused', message: `${describeError(error)} You’re signed in as ${email}.`, final: true });
      } else {
        const code = (error as { code?: unknown }).code;
        setPhase({ kind: 'refused', message: describeError(error), final: typeof code === 'string' && FINAL_REFUSALS.has(code) });
      }
    }
  }

  async function sendConfirmation() {
    if (busy) return;
    setBusy(true);
    try {
      await sendConfirmationEmail(user, returnPath);
      setPhase({ kind: 'confirm', sent: true, note: null });
    } catch (error) {
      setPhase({ kind: 'confirm', sent: false, note: describeError(error) });
    } finally {
      setBusy(false);
    }
  }

  async function checkConfirmed() {
    if (busy) return;
    setBusy(true);
    try {
      const confirmed = await refreshVerification(user);
      setBusy(false);
      if (confirmed) await join();
      else
        setPhase({
          kind: 'confirm',
          sent: true,
          note: `${email} isn’t confirmed yet. Open the link in the email we sent, then try again.`,
        });
    } catch (error) {
      setBusy(false);
      setPhase({ kind: 'confirm', sent: true, note: describeError(error) });
    }
  }

  const switchAccount = (
    <p className="auth-switch">
      Signed in as {email}.{' '}
      <button type="button" className="link-button" onClick={() => void signOut(auth)}>
        Use a different account
      </button>
    </p>
  );

  if (phase.kind === 'confirm') {
    return (
      <AuthLayout
        title="Confirm your email address"
        intro={`Before you join ${invite?.tenantName ?? 'the practice'}, confirm that ${email} is your address. This keeps patient records safe from anyone typing in someone else’s email.`}
      >
        <div className="invite-actions" data-testid="invite-page">
          <FormAlert message={phase.note} />
          {phase.sent ? (
            <>
              <FormAlert
                tone="info"
                message={`We sent a confirmation link to ${email}. Open it, then come back here and choose “I’ve confirmed my email”.`}
              />
              <button type="button" className="button button-primary button-block" disabled={busy} onClick={() => void checkConfirmed()}>
                {busy ? 'Checking…' : 'I’ve confirmed my email'}
              </button>
              <button type="button" className="button button-secondary button-block" disabled={busy} onClick={() => void sendConfirmation()}>
                Send the link again
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button button-primary button-block" disabled={busy} onClick={() => void sendConfirmation()}>
                {busy ? 'Sending…' : 'Send me a confirmation link'}
              </button>
              <button type="button" className="button button-secondary button-block" disabled={busy} onClick={() => void checkConfirmed()}>
                I’ve already confirmed it
              </button>
            </>
          )}
          {switchAccount}
        </div>
      </AuthLayout>
    );
  }

  const practice = invite?.tenantName ?? 'the practice';
  const title = used ? 'This invitation has already been used' : invite ? joinHeading(invite) : TITLE;
  const intro = used
    ? `If you accepted it with this account, open ${practice}. If not, ask ${practice} to send you a new invitation.`
    : invite
      ? `${practice} invited you to join their team on Atrium. Join to see the practice’s patients, appointments and team, as ${ROLE_LABELS[invite.role]}.`
      : 'Join to see the practice’s patients, appointments and team, as the role they chose for you.';
  const idleLabel = used ? `Open ${practice}` : 'Join the practice';
  return (
    <AuthLayout title={title} intro={intro}>
      <ExpiryNote invite={invite} />
      <div className="invite-actions" data-testid="invite-page">
        {phase.kind === 'refused' && <FormAlert message={phase.message} />}
        {phase.kind === 'refused' && phase.final ? (
          <Link className="button button-secondary button-block" to="/">
            Go to Atrium
          </Link>
        ) : (
          <button
            type="button"
            className="button button-primary button-block"
            disabled={busy}
            onClick={() => void join()}
            data-testid="invite-accept"
          >
            {phase.kind === 'joining' ? (used ? 'Opening…' : 'Joining…') : phase.kind === 'refused' ? 'Try again' : idleLabel}
          </button>
        )}
        {switchAccount}
      </div>
    </AuthLayout>
  );
}
