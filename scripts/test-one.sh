#!/usr/bin/env bash
# Development loop for one suite or file: holds the emulator lock while it
# builds (functions and the web app, as `npm test` does) and runs the given
# Vitest filters, so parallel sessions on one machine never rebuild what a
# running test is serving.
#   bash scripts/test-one.sh --project e2e test/e2e/team.test.ts
set -euo pipefail
cd "$(dirname "$0")/.."
exec flock -w 3600 /tmp/atrium-emulators.lock env ATRIUM_EMULATOR_LOCK_HELD=1 bash -c '
  npm run --silent build:emulators >/tmp/atrium-test-one-build.log 2>&1 || { cat /tmp/atrium-test-one-build.log; exit 1; }
  node scripts/emulators.mjs exec -- node scripts/run-tests.mjs "$@"
' bash "$@"
