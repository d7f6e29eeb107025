/**
 * /onboarding: name the practice and pick a plan. A user who already
 * belongs to a practice (a second tab, the back button) goes to /app.
 * Straight after sign-up the form shows at once and the check runs behind
 * it (it also opens the Firestore connection the workspace will use).
 */
import { TRIAL_DAYS } from '@atrium/domain';
import { signOut } from 'firebase/auth';
import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { AuthLayout } from '../../components/auth-layout';
import { PageLoading } from '../../components/page-loading';
import { useSignedInUser } from '../../lib/auth-session';
import { auth } from '../../lib/firebase';
import { CreatePracticeForm } from './create-practice-form';

type Check = 'checking' | 'needs-practice' | 'has-practice';

export default function OnboardingPage() {
  const user = useSignedInUser();
  const newAccount = (useLocation().state as { newAccount?: boolean } | null)?.newAccount === true;
  const [check, setCheck] = useState<Check>(newAccount ? 'needs-practice' : 'checking');

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
    return () => {
      active = false;
    };
  }, [user.uid]);

  if (check === 'checking') return <PageLoading />;
  if (check === 'has-practice') return <Navigate to="/app" replace />;
  return (
    <AuthLayout
      title="Set up your practice"
      intro={`Every plan starts with a free ${TRIAL_DAYS}-day trial. No card needed.`}
    >
      <CreatePracticeForm />
      <p className="auth-switch">
        Signed in as {user.email ?? user.displayName}.{' '}
        <button type="button" className="link-button" onClick={() => void signOut(auth)}>
          Sign out
        </button>
      </p>
    </AuthLayout>
  );
}
