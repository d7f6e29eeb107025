/**
 * Who is signed in, for every page. Firebase restores the session
 * asynchronously, so the state starts as `loading` rather than `signed-out`:
 * guards wait for it instead of bouncing a returning user to /signin.
 */
import { onAuthStateChanged, type User } from 'firebase/auth';
import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { auth } from './firebase';

export type AuthSession =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: User };

const AuthSessionContext = createContext<AuthSession | null>(null);

export function AuthSessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<AuthSession>(() =>
    auth.currentUser ? { status: 'signed-in', user: auth.currentUser } : { status: 'loading' },
  );

  useEffect(
    () =>
      onAuthStateChanged(auth, (user) => {
        setSession(user ? { status: 'signed-in', user } : { status: 'signed-out' });
      }),
    [],
  );

  return <AuthSessionContext value={session}>{children}</AuthSessionContext>;
}

export function useAuthSession(): AuthSession {
  const session = use(AuthSessionContext);
  if (!session) throw new Error('useAuthSession must be used inside <AuthSessionProvider>');
  return session;
}

/** The signed-in user, for pages behind <RequireSignedIn>. */
export function useSignedInUser(): User {
  const session = useAuthSession();
  if (session.status !== 'signed-in') throw new Error('useSignedInUser needs a signed-in user (wrap the route in <RequireSignedIn>)');
  return session.user;
}
