/** Account actions behind the sign-up and sign-in pages. */
import {
  GoogleAuthProvider,
  createUserWithEmailAndPassword,
  isSignInWithEmailLink,
  signInWithEmailAndPassword,
  signInWithEmailLink,
  signInWithPopup,
  updateProfile,
  type User,
} from 'firebase/auth';
import { auth } from '../../lib/firebase';
import type { SignInInput, SignUpInput } from './credentials-schema';

export async function signUpWithEmail({ displayName, email, password }: SignUpInput): Promise<User> {
  const { user } = await createUserWithEmailAndPassword(auth, email, password);
  await updateProfile(user, { displayName });
  // provisionTenant names the owner's membership after the ID token's `name`
  // claim. updateProfile does not always hand back a fresh token (the Auth
  // emulator does not), so refresh it unless the name is already in it.
  const { claims } = await user.getIdTokenResult();
  if (claims.name !== displayName) await user.getIdToken(true);
  return user;
}

export async function signInWithEmail({ email, password }: SignInInput): Promise<User> {
  const { user } = await signInWithEmailAndPassword(auth, email, password);
  return user;
}

/** True when the page was opened from an Atrium sign-in link (sales-provisioned owners get one). */
export function isEmailSignInLink(href: string): boolean {
  return isSignInWithEmailLink(auth, href);
}

/** Completes a sign-in link; Firebase checks that the email is the one the link was sent to. */
export async function signInWithLink(email: string, href: string): Promise<User> {
  const { user } = await signInWithEmailLink(auth, email, href);
  return user;
}

export async function signInWithGoogle(): Promise<User> {
  const provider = new GoogleAuthProvider();
  provider.setCustomParameters({ prompt: 'select_account' });
  const { user } = await signInWithPopup(auth, provider);
  return user;
}

export type AfterSignIn = '/app' | '/onboarding' | '/admin';

/**
 * Where a freshly signed-in user goes: their workspace if they already belong
 * to a practice, the admin console for platform staff (sales, super admin)
 * without one, onboarding otherwise. Firestore is loaded only now, so the
 * sign-in page's own bundle stays small.
 */
export async function destinationAfterSignIn(uid: string): Promise<AfterSignIn> {
  try {
    const { defaultTenantOf, fetchUserProfile } = await import('../../lib/user-profile');
    if (defaultTenantOf(await fetchUserProfile(uid))) return '/app';
    const { platformRoleOf } = await import('../../lib/platform-role');
    const user = auth.currentUser;
    return user?.uid === uid && (await platformRoleOf(user)) ? '/admin' : '/onboarding';
  } catch (error) {
    // The workspace reads the profile again and sends tenant-less users to onboarding.
    console.warn('Could not read the profile after sign-in', error);
    return '/app';
  }
}
