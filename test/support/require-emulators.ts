/**
 * Emulator-backed suites must fail, not pass vacuously, when the emulators
 * are not running. `npm test` runs them inside `firebase emulators:exec`,
 * which sets these variables.
 */
const required = ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST', 'GCLOUD_PROJECT'] as const;
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) {
  throw new Error(
    `Emulators not running (missing ${missing.join(', ')}). Run this suite through \`npm test\`, which starts them.`,
  );
}
