/**
 * /invite/:tenantId/:inviteId, the link in an invite email. Open to everyone:
 * a signed-out visitor is sent to create an account or sign in and comes
 * back here; a signed-in one joins with one click (acceptInvite) and lands
 * in the practice's workspace. The server decides whether the invite is
 * theirs (same address, confirmed) and still open; its answer is shown in
 * words, with the way forward (confirm the address, switch account, ask for
 * a new invite).
 */
import { idSchema } from '@atrium/domain';
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
import './invite.css';

const TITLE = 'You’ve been invited to join a practice on Atrium';

export default function InvitePage() {
  const { tenantId = '', inviteId = '' } = useParams();
  const session = useAuthSession();
  if (!idSchema.safeParse(tenantId).success || !idSchema.safeParse(inviteId).success) {
    return (
      <AuthLayout title="This invite link doesn’t work" intro="It may have been copied only in part. Open it again from the invite email, or ask the practice to send a new invite.">
        <div data-testid="invite-page">
          <Link className="button button-secondary button-block" to="/">
            Go to Atrium
          </Link>
        </div>
      </AuthLayout>
    );
  }
  const returnPath = `/invite/${tenantId}/${inviteId}`;
  if (session.status === 'loading') return <PageLoading />;
  if (session.status === 'signed-out') return <SignedOutInvite returnPath={returnPath} />;
  return <SignedInInvite user={session.user} tenantId={tenantId} inviteId={inviteId} returnPath={returnPath} />;
}

function SignedOutInvite({ returnPath }: { returnPath: string }) {
  const next = encodeURIComponent(returnPath);
  return (
    <AuthLayout
      title={TITLE}
      intro="Create an account or sign in with the email address the invite was sent to. You’ll come back to this page to join."
    >
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
}

function SignedInInvite({ user, tenantId, inviteId, returnPath }: SignedInInviteProps) {
  const navigate = useNavigate();
  const email = user.email ?? 'this account';
  const [phase, setPhase] = useState<Phase>(
    user.email && !user.emailVerified ? { kind: 'confirm', sent: false, note: null } : { kind: 'ready' },
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
      <AuthLayout title="Confirm your email address" intro={`Before you join, confirm that ${email} is your address. This keeps patient records safe from anyone typing in someone else’s email.`}>
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

  return (
    <AuthLayout title={TITLE} intro="Join to see the practice’s patients, appointments and team, as the role they chose for you.">
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
            {phase.kind === 'joining' ? 'Joining…' : phase.kind === 'refused' ? 'Try again' : 'Join the practice'}
          </button>
        )}
        {switchAccount}
      </div>
    </AuthLayout>
  );
}
