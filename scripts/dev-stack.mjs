#!/usr/bin/env node
/**
 * Runs inside the emulators for `npm start`: seeds the demo data, then keeps
 * the fake Stripe API, the functions rebuilding on change and the Vite dev
 * server running until Ctrl-C.
 */
import { spawn, spawnSync } from 'node:child_process';
import { ROOT } from './emulators.mjs';

const seed = spawnSync('npx', ['tsx', 'scripts/seed.ts'], { cwd: ROOT, stdio: 'inherit' });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const children = [
  spawn('npx', ['tsx', 'scripts/fake-stripe.ts'], { cwd: ROOT, stdio: 'inherit' }),
  spawn('node', ['build.mjs', '--watch'], { cwd: `${ROOT}/functions`, stdio: 'inherit' }),
  spawn('npx', ['vite', '--host', '127.0.0.1', '--port', '5173', '--strictPort'], { cwd: `${ROOT}/web`, stdio: 'inherit' }),
];
console.log('\nAtrium is running: open http://127.0.0.1:5173 (demo users above). Ctrl-C stops it.\n');

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exit(code ?? 0);
  });
}
