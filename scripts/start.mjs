#!/usr/bin/env node
/**
 * `npm start`: the whole product on this machine. Builds the functions,
 * starts the emulators (with the Emulator UI when it can be had; it is a
 * download, so offline it is left out), seeds the demo data, and serves the
 * web app with Vite. Ctrl-C stops everything.
 */
import { spawnSync } from 'node:child_process';
import { emulatorEnv, emulatorUiAvailable, ROOT, runInEmulators } from './emulators.mjs';

const build = spawnSync('npm', ['run', 'build', '-w', 'functions'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let env;
try {
  env = emulatorEnv();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
const ui = emulatorUiAvailable(env);
if (!ui) console.log('[start] The Emulator UI could not be downloaded (offline?); starting without it.');

const code = await runInEmulators('node scripts/dev-stack.mjs', { ui, env });
process.exit(code);
