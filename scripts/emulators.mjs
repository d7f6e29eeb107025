#!/usr/bin/env node
/**
 * Runs a command inside the Firebase emulators (auth, firestore, functions)
 * for project `demo-atrium`. Every script that needs the emulators goes
 * through here: `npm test`, `npm run bench`, `npm start`.
 *
 *   node scripts/emulators.mjs exec [--ui] -- <command> [args...]
 *
 * What it sorts out first, because these machines are offline:
 * - a Java 21+ (firebase-tools refuses older ones): JAVA_HOME, then PATH,
 *   then /usr/lib/jvm/*;
 * - the Firestore emulator: firebase-tools' own cached download when there is
 *   one, else the Google Cloud CLI's copy of the same emulator, started
 *   through a tiny launcher jar (the CLI's jar has no Main-Class). With
 *   neither, firebase-tools downloads its own, which needs internet.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ID = 'demo-atrium';
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATE_DIR = join(ROOT, '.atrium');
const CLOUD_SDK_FIRESTORE_JAR =
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';
const FIREBASE_CACHE = join(homedir(), '.cache', 'firebase', 'emulators');

class SetupError extends Error {}

function javaMajor(javaBin) {
  const out = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${out.stderr}${out.stdout}`);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** The `bin` folder of a Java 21+, or a SetupError naming the fix. */
export function findJavaBin() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(join(process.env.JAVA_HOME, 'bin'));
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'java'))) candidates.push(dir);
  }
  if (existsSync('/usr/lib/jvm')) {
    for (const name of readdirSync('/usr/lib/jvm').sort().reverse()) {
      candidates.push(join('/usr/lib/jvm', name, 'bin'));
    }
  }
  const found = [];
  for (const bin of candidates) {
    const java = join(bin, 'java');
    if (!existsSync(java)) continue;
    const major = javaMajor(java);
    if (major !== null) found.push(`${java} (${major})`);
    if (major !== null && major >= 21) return bin;
  }
  throw new SetupError(
    `The Firebase emulators need Java 21 or newer${found.length ? `, but only found ${found.join(', ')}` : ''}: ` +
      'install a JDK 21+ (for example `apt-get install openjdk-21-jdk-headless` or Temurin 21) or point JAVA_HOME at one.',
  );
}

function hasCachedFirestoreEmulator() {
  return existsSync(FIREBASE_CACHE) && readdirSync(FIREBASE_CACHE).some((f) => /^cloud-firestore-emulator-v.*\.jar$/.test(f));
}

/** Env for firebase-tools to find a Firestore emulator without downloading. */
function firestoreEmulatorEnv(javaBin) {
  if (process.env.FIRESTORE_EMULATOR_BINARY_PATH) return {};
  if (hasCachedFirestoreEmulator()) return {};
  if (!existsSync(CLOUD_SDK_FIRESTORE_JAR)) {
    console.warn(
      '[emulators] No local Firestore emulator found; firebase-tools will download one (needs internet). ' +
        'Offline, install the Google Cloud CLI Firestore emulator (apt package google-cloud-cli-firestore-emulator).',
    );
    return {};
  }
  const launcher = join(STATE_DIR, 'emulators', 'firestore-launcher.jar');
  if (!existsSync(launcher)) {
    const work = join(STATE_DIR, 'emulators');
    mkdirSync(work, { recursive: true });
    const manifest = join(work, 'firestore-launcher.mf');
    writeFileSync(
      manifest,
      `Main-Class: ${FIRESTORE_MAIN_CLASS}\nClass-Path: file:${CLOUD_SDK_FIRESTORE_JAR}\n`,
    );
    const jarTool = join(javaBin, 'jar');
    const made = spawnSync(jarTool, ['--create', '--file', launcher, '--manifest', manifest], { encoding: 'utf8' });
    if (made.status !== 0) {
      throw new SetupError(`Could not build the Firestore emulator launcher with ${jarTool}: ${made.stderr || made.error}`);
    }
  }
  return { FIRESTORE_EMULATOR_BINARY_PATH: launcher };
}

/** True when the Emulator UI is cached or can be downloaded now. */
export function emulatorUiAvailable(env) {
  if (existsSync(FIREBASE_CACHE) && readdirSync(FIREBASE_CACHE).some((f) => /^ui-v.*\.zip$/.test(f))) return true;
  const setup = spawnSync(firebaseBin(), ['setup:emulators:ui'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return setup.status === 0;
}

function firebaseBin() {
  return join(ROOT, 'node_modules', '.bin', 'firebase');
}

/**
 * The Functions emulator reads secrets (defineSecret) from
 * functions/.secret.local (git-ignored). Give it fixed test values when the
 * file is absent; they only ever meet the fake Stripe server and test
 * signatures. A developer's own file is left alone.
 */
function ensureLocalSecrets() {
  const file = join(ROOT, 'functions', '.secret.local');
  if (!existsSync(file)) writeFileSync(file, 'STRIPE_SECRET_KEY=sk_test_atrium_local\nSTRIPE_WEBHOOK_SECRET=whsec_atrium_local\n');
}

/** The environment every emulator command runs with. */
export function emulatorEnv() {
  ensureLocalSecrets();
  const javaBin = findJavaBin();
  return {
    ...process.env,
    ...firestoreEmulatorEnv(javaBin),
    PATH: `${javaBin}${delimiter}${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
    JAVA_HOME: dirname(javaBin),
    GCLOUD_PROJECT: PROJECT_ID,
    // Keep firebase-tools from asking questions or phoning home.
    FIREBASE_CLI_DISABLE_UPDATE_CHECK: 'true',
    CI: process.env.CI ?? '',
  };
}

/**
 * The emulators listen on fixed ports, so two sessions on one machine (say
 * `npm start` and `npm test`, or two checkouts) cannot overlap. With
 * util-linux's `flock` available, a second session waits for the first
 * (up to LOCK_WAIT_SECONDS) instead of failing on a taken port.
 */
const LOCK_FILE = join(tmpdir(), 'atrium-emulators.lock');
const LOCK_WAIT_SECONDS = 1800;

function withEmulatorLock(bin, args) {
  // scripts/test-one.sh takes the lock itself, to build before the emulators start.
  if (process.env.ATRIUM_EMULATOR_LOCK_HELD === '1') return [bin, args];
  if (spawnSync('flock', ['--version']).status !== 0) return [bin, args];
  if (spawnSync('flock', ['-n', LOCK_FILE, 'true']).status !== 0) {
    console.log(`[emulators] Another Atrium emulator session is running; waiting for it to end (lock ${LOCK_FILE}).`);
  }
  return ['flock', ['-w', String(LOCK_WAIT_SECONDS), '-E', '75', LOCK_FILE, bin, ...args]];
}

/** Runs `command` inside the emulators; resolves with its exit code. */
export function runInEmulators(command, { ui = false, env = emulatorEnv() } = {}) {
  const args = ['emulators:exec', '--project', PROJECT_ID, '--only', 'auth,firestore,functions'];
  if (ui) args.push('--ui');
  args.push(command);
  const [bin, finalArgs] = withEmulatorLock(firebaseBin(), args);
  const child = spawn(bin, finalArgs, { cwd: ROOT, env, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      if (code === 75) console.error(`[emulators] Gave up waiting for the other emulator session after ${LOCK_WAIT_SECONDS} s.`);
      resolveExit(code ?? (signal ? 1 : 0));
    });
  });
}

const shellQuote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

async function main(argv) {
  const [verb, ...rest] = argv;
  if (verb !== 'exec') {
    console.error('usage: node scripts/emulators.mjs exec [--ui] -- <command> [args...]');
    return 2;
  }
  const sep = rest.indexOf('--');
  const flags = sep === -1 ? [] : rest.slice(0, sep);
  const command = sep === -1 ? rest : rest.slice(sep + 1);
  if (command.length === 0) {
    console.error('emulators: no command given');
    return 2;
  }
  return runInEmulators(command.map(shellQuote).join(' '), { ui: flags.includes('--ui') });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(error instanceof SetupError ? `\n${error.message}\n` : error);
      process.exit(1);
    });
}
