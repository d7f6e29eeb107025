import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

/** Lazily initialised so that loading the module (deploy analysis) touches nothing. */
function app() {
  return getApps()[0] ?? initializeApp();
}

export const adminDb = () => getFirestore(app());
export const adminAuth = () => getAuth(app());
