/** Who may see which route, decided from the auth session. The rules, not these guards, protect data. */
import { useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PageLoading } from '../components/page-loading';
import { useAuthSession } from '../lib/auth-session';

/** Signed-out visitors go to /signin. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const session = useAuthSession();
  const location = useLocation();
  if (session.status === 'loading') return <PageLoading />;
  if (session.status === 'signed-out') return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  return children;
}

/**
 * /signin and /signup for people who arrive signed out. Someone who arrives
 * already signed in goes on to the app; someone who signs in here is sent
 * on by the page itself (to onboarding or the app), so this guard decides
 * once, on arrival, and does not race the page's own navigation.
 */
export function GuestOnly({ children }: { children: ReactNode }) {
  const session = useAuthSession();
  const [arrivedSignedIn, setArrivedSignedIn] = useState<boolean | null>(
    session.status === 'loading' ? null : session.status === 'signed-in',
  );
  if (arrivedSignedIn === null && session.status !== 'loading') {
    // Adjusting state while rendering: React re-renders at once with the decision.
    setArrivedSignedIn(session.status === 'signed-in');
  }
  if (arrivedSignedIn === null) return <PageLoading />;
  if (arrivedSignedIn) return <Navigate to="/app" replace />;
  return children;
}

/** `/`: the app when signed in, sign-in otherwise. */
export function HomeRedirect() {
  const session = useAuthSession();
  if (session.status === 'loading') return <PageLoading />;
  return <Navigate to={session.status === 'signed-in' ? '/app' : '/signin'} replace />;
}
