/**
 * /onboarding: name the practice and pick a plan. A user who already
 * belongs to a practice (a second tab, the back button) goes to /app.
 *
 * First, in parallel with that check, it asks for the user's open
 * invitations (findMyInvites): someone invited by a practice who signed up
 * through plain /signup sees "You’ve been invited to join <practice> as
 * <role>" with a Join link before any form, and may still create a practice
 * of their own instead. The form waits only for that one call ("Checking for
 * invitations…"), and shows if it fails.
 */
import { TRIAL_DAYS, type MyInvite } from '@atrium/domain';
import { signOut } from 'firebase/auth';
import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { AuthLayout } from '../../components/auth-layout';
import { PageLoading } from '../../components/page-loading';
import { useSignedInUser } from '../../lib/auth-session';
import { auth } from '../../lib/firebase';
import { CreatePracticeForm } from './create-practice-form';
import { findMyInvites } from './find-my-invites';
import { PendingInvites } from './pending-invites';
import './onboarding.css';

type Check = 'checking' | 'needs-practice' | 'has-practice';

export default function OnboardingPage() {
  const user = useSignedInUser();
  const newAccount = (useLocation().state as { newAccount?: boolean } | null)?.newAccount === true;
  const [check, setCheck] = useState<Check>(newAccount ? 'needs-practice' : 'checking');
  /** Null while asking; empty when there are none or the server could not be asked. */
  const [invites, setInvites] = useState<MyInvite[] | null>(null);
  const [ownPractice, setOwnPractice] = useState(false);

  useEffect(() => {
    let active = true;
    const checkForPractice = async (): Promise<Check> => {
      try {
        // Imported here, not at the top, so the form does not wait for the Firestore SDK.
        const { defaultTenantOf, fetchUserProfile } = await import('../../lib/user-profile');
        return defaultTenantOf(await fetchUserProfile(user.uid)) ? 'has-practice' : 'needs-practice';
      } catch {
        // Cannot tell: show the form; provisioning returns an existing practice anyway.
        return 'needs-practice';
      }
    };
    void checkForPractice().then((result) => {
      if (active) setCheck(result);
    });
    // Alongside, not after: the form waits for whichever answers last.
    findMyInvites().then(
      (found) => {
        if (active) setInvites(found);
      },
      () => {
        // No answer: offer the form, as before invitations were looked up.
        if (active) setInvites([]);
      },
    );
    return () => {
      active = false;
    };
  }, [user.uid]);

  if (check === 'has-practice') return <Navigate to="/app" replace />;

  const signedInAs = (
    <p className="auth-switch">
      Signed in as {user.email ?? user.displayName}.{' '}
      <button type="button" className="link-button" onClick={() => void signOut(auth)}>
        Sign out
      </button>
    </p>
  );

  if (check === 'checking' || invites === null) {
    return (
      <AuthLayout title="Welcome to Atrium">
        <PageLoading inline label="Checking for invitations…" />
        {signedInAs}
      </AuthLayout>
    );
  }

  if (invites.length > 0 && !ownPractice) {
    return (
      <AuthLayout
        title={invites.length === 1 ? 'You’ve been invited to join a practice' : `You’ve been invited to join ${invites.length} practices`}
        intro={`Join the team that invited ${user.email ?? 'you'}, or create a practice of your own.`}
      >
        <PendingInvites invites={invites} onCreateOwn={() => setOwnPractice(true)} />
        {signedInAs}
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Set up your practice"
      intro={`Every plan starts with a free ${TRIAL_DAYS}-day trial. No card needed.`}
    >
      {/* Having seen the invitations, creating a practice means one's own, not joining theirs. */}
      <CreatePracticeForm ignorePendingInvites={invites.length > 0} />
      {invites.length > 0 && (
        <p className="onboarding-back">
          <button type="button" className="link-button" onClick={() => setOwnPractice(false)}>
            Back to my invitations
          </button>
        </p>
      )}
      {signedInAs}
    </AuthLayout>
  );
}
