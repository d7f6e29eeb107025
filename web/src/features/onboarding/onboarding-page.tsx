/**
 * /onboarding: name the practice and pick a plan. A user who already
 * belongs to a practice (a second tab, the back button) goes to /app.
 */
import { TRIAL_DAYS } from '@atrium/domain';
import { signOut } from 'firebase/auth';
import { useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { AuthLayout } from '../../components/auth-layout';
import { PageLoading } from '../../components/page-loading';
import { useSignedInUser } from '../../lib/auth-session';
import { auth } from '../../lib/firebase';
import { defaultTenantOf, fetchUserProfile } from '../../lib/user-profile';
import { CreatePracticeForm } from './create-practice-form';

type Check = 'checking' | 'needs-practice' | 'has-practice';

export default function OnboardingPage() {
  const user = useSignedInUser();
  const [check, setCheck] = useState<Check>('checking');

  useEffect(() => {
    let active = true;
    fetchUserProfile(user.uid).then(
      (profile) => active && setCheck(defaultTenantOf(profile) ? 'has-practice' : 'needs-practice'),
      // Cannot tell: show the form; provisioning is idempotent per user anyway.
      () => active && setCheck('needs-practice'),
    );
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
