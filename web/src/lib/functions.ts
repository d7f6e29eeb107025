/** Cloud Functions (region us-central1), on the emulator when configured (see ./firebase.ts). */
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { env } from '../config/env';
import { firebaseApp } from './firebase';

export const functions = getFunctions(firebaseApp, 'us-central1');

if (env.useEmulators) {
  connectFunctionsEmulator(functions, env.emulatorHost, 5001);
}
