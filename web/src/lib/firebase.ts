/**
 * The Firebase app and Auth, connected to the emulators when configured.
 *
 * Firestore and Functions live in ./firestore.ts and ./functions.ts so that
 * only the pages that use them (lazy-loaded) download those SDKs; the sign-in
 * route needs Auth alone.
 */
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { env } from '../config/env';

export const firebaseApp = initializeApp(env.firebase);

export const auth = getAuth(firebaseApp);

if (env.useEmulators) {
  connectAuthEmulator(auth, `http://${env.emulatorHost}:9099`, { disableWarnings: true });
}
