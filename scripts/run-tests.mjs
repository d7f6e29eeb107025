#!/usr/bin/env node
/**
 * What `npm test` runs inside the emulators: every Vitest project, then the
 * rules coverage gate (a full run only; a filtered run skips the gate since
 * it cannot evaluate every rule).
 *
 *   node scripts/run-tests.mjs [vitest filters...]
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './emulators.mjs';

const filters = process.argv.slice(2);
const vitest = spawnSync('npx', ['vitest', 'run', ...filters], { cwd: ROOT, stdio: 'inherit' });
if (vitest.status !== 0) process.exit(vitest.status ?? 1);
if (filters.length > 0) process.exit(0);
const coverage = spawnSync('node', ['scripts/rules-coverage.mjs'], { cwd: ROOT, stdio: 'inherit' });
process.exit(coverage.status ?? 1);
