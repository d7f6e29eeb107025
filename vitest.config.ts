import { defineConfig } from 'vitest/config';

/**
 * One run, four projects. `unit` needs nothing; the others need the emulators
 * that `npm test` starts (scripts/emulators.mjs) and fail loudly without them.
 */
export default defineConfig({
  test: {
    // The suites share one set of emulators on two cores: run files one at a
    // time so timing-sensitive concurrency tests are not starved.
    fileParallelism: false,
    maxWorkers: 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['domain/src/**/*.test.ts', 'functions/src/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'rules',
          include: ['test/rules/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/require-emulators.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'functions',
          include: ['test/functions/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/require-emulators.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/require-emulators.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
