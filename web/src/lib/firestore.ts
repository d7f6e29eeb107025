/** Firestore for the web app, on the emulator when configured (see ./firebase.ts). */
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { env } from '../config/env';
import { firebaseApp } from './firebase';

export const db = getFirestore(firebaseApp);

if (env.useEmulators) {
  connectFirestoreEmulator(db, env.emulatorHost, 8080);
}
