/**
 * A rules-unit-testing environment on the running Firestore emulator, loaded
 * with the repo's firestore.rules. Seeding bypasses the rules
 * (`withSecurityRulesDisabled`); each test uses fresh ids instead of clearing
 * the database, because other suites share the emulator.
 */
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export async function rulesEnvironment(): Promise<RulesTestEnvironment> {
  const [host, port] = process.env.FIRESTORE_EMULATOR_HOST!.split(':');
  return initializeTestEnvironment({
    projectId: process.env.GCLOUD_PROJECT!,
    firestore: {
      host: host!,
      port: Number(port),
      rules: readFileSync(resolve(import.meta.dirname, '../../firestore.rules'), 'utf8'),
    },
  });
}
