/**
 * A rules-unit-testing environment on the running Firestore emulator.
 *
 * The rules are the repo's firestore.rules, which the emulator loaded from
 * firebase.json when `npm test` started it. They are deliberately not
 * reloaded here: a reload resets the emulator's rules coverage, and the
 * coverage gate (scripts/rules-coverage.mjs) needs what every suite
 * evaluated. Seeding bypasses the rules (`withSecurityRulesDisabled`); each
 * test uses fresh ids instead of clearing the database other suites share.
 */
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';

export async function rulesEnvironment(): Promise<RulesTestEnvironment> {
  const [host, port] = process.env.FIRESTORE_EMULATOR_HOST!.split(':');
  return initializeTestEnvironment({
    projectId: process.env.GCLOUD_PROJECT!,
    firestore: { host: host!, port: Number(port) },
  });
}
