/**
 * Clients for the emulator-backed suites: the Admin SDK (to seed and to
 * inspect what a call wrote) and signed-in web SDK clients, each in its own
 * app instance, calling functions the way the web app does.
 */
import { deleteApp, initializeApp as initClientApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, createUserWithEmailAndPassword, getAuth, signInWithEmailAndPassword, signInWithEmailLink, updateProfile, type Auth, type User } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore as getClientFirestore, type Firestore as ClientFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { getApps, initializeApp as initAdminApp } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { getFirestore as getAdminFirestore } from 'firebase-admin/firestore';
import { randomUUID } from 'node:crypto';

export const PROJECT_ID = process.env.GCLOUD_PROJECT ?? 'demo-atrium';
const [firestoreHost, firestorePort] = (process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080').split(':');
const authHost = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? '127.0.0.1:9099';

function adminApp() {
  return getApps()[0] ?? initAdminApp({ projectId: PROJECT_ID });
}
export const adminDb = () => getAdminFirestore(adminApp());
export const adminAuth = () => getAdminAuth(adminApp());

export interface TestClient {
  app: FirebaseApp;
  user: User;
  db: ClientFirestore;
  call<Req, Res>(name: string, data: Req): Promise<Res>;
  close(): Promise<void>;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** A web-SDK client app wired to the emulators, signed in by `signIn`. */
async function clientWith(signIn: (auth: Auth) => Promise<User>): Promise<TestClient> {
  const app = initClientApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key', authDomain: `${PROJECT_ID}.firebaseapp.com` }, randomUUID());
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${authHost}`, { disableWarnings: true });
  const db = getClientFirestore(app);
  connectFirestoreEmulator(db, firestoreHost!, Number(firestorePort));
  const functions = getFunctions(app, 'us-central1');
  connectFunctionsEmulator(functions, '127.0.0.1', 5001);
  const user = await signIn(auth);
  return {
    app,
    user,
    db,
    async call<Req, Res>(name: string, data: Req) {
      const result = await httpsCallable<Req, Res>(functions, name)(data);
      return result.data;
    },
    close: () => deleteApp(app),
  };
}

/** Signs up a fresh email/password user in the Auth emulator. */
export function signUpClient(options: { email?: string; displayName?: string } = {}): Promise<TestClient> {
  return clientWith(async (auth) => {
    const { user } = await createUserWithEmailAndPassword(auth, options.email ?? uniqueEmail(), TEST_PASSWORD);
    if (options.displayName) {
      await updateProfile(user, { displayName: options.displayName });
      await user.getIdToken(true);
    }
    return user;
  });
}

/** A user with a platform role (custom claim set by the Admin SDK, as server code does). */
export async function platformClient(platformRole: 'super_admin' | 'sales'): Promise<TestClient> {
  const email = uniqueEmail(platformRole.replace('_', '-'));
  const { uid } = await adminAuth().createUser({ email, password: TEST_PASSWORD, displayName: `Test ${platformRole}` });
  await adminAuth().setCustomUserClaims(uid, { platformRole });
  return clientWith(async (auth) => (await signInWithEmailAndPassword(auth, email, TEST_PASSWORD)).user);
}

/** Signs in an existing email/password user (a member created by a test's setup) with the web SDK. */
export function signInClient(email: string, password = TEST_PASSWORD): Promise<TestClient> {
  return clientWith(async (auth) => (await signInWithEmailAndPassword(auth, email, password)).user);
}

/** Signs in with an email sign-in link, as the named admin of a sales tenant does. */
export function emailLinkClient(email: string, link: string): Promise<TestClient> {
  return clientWith(async (auth) => (await signInWithEmailLink(auth, email, link)).user);
}

/** A client with no signed-in user. */
export function anonymousCaller() {
  const app = initClientApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, randomUUID());
  const functions = getFunctions(app, 'us-central1');
  connectFunctionsEmulator(functions, '127.0.0.1', 5001);
  return {
    call: <Req, Res>(name: string, data: Req) => httpsCallable<Req, Res>(functions, name)(data).then((r) => r.data),
    close: () => deleteApp(app),
  };
}

/** The HttpsError code of a rejected call (`functions/invalid-argument` → `invalid-argument`). */
export async function callError(promise: Promise<unknown>): Promise<{ code: string; message: string; details: unknown }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; message?: string; details?: unknown };
    return { code: (e.code ?? '').replace(/^functions\//, ''), message: e.message ?? '', details: e.details };
  }
  throw new Error('Expected the call to fail, but it succeeded');
}
