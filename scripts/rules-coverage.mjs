#!/usr/bin/env node
/**
 * Saves the Firestore emulator's rules coverage report (HTML and JSON) to
 * test-results/rules-coverage/ and fails when any expression in
 * firestore.rules was never evaluated by the suites that just ran.
 * Run inside the emulators, after the tests (scripts/run-tests.mjs does).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './emulators.mjs';

const host = process.env.FIRESTORE_EMULATOR_HOST;
const project = process.env.GCLOUD_PROJECT;
if (!host || !project) {
  console.error('rules-coverage: run inside the emulators.');
  process.exit(1);
}

const base = `http://${host}/emulator/v1/projects/${project}:ruleCoverage`;
const [jsonRes, htmlRes] = await Promise.all([fetch(base), fetch(`${base}.html`)]);
if (!jsonRes.ok || !htmlRes.ok) {
  console.error(`rules-coverage: the emulator answered ${jsonRes.status}/${htmlRes.status}`);
  process.exit(1);
}
const json = await jsonRes.text();
const outDir = join(ROOT, 'test-results', 'rules-coverage');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'coverage.json'), json);
writeFileSync(join(outDir, 'coverage.html'), await htmlRes.text());

const report = JSON.parse(json);
const source = report.rules.files[0]?.content ?? '';
const lines = source.split('\n');
let total = 0;
const never = [];
const walk = (node) => {
  total++;
  if (!node.values || node.values.length === 0) never.push(node.sourcePosition);
  for (const child of node.children ?? []) walk(child);
};
for (const node of report.report) walk(node);

console.log(`rules coverage: ${total - never.length}/${total} expressions evaluated (report: test-results/rules-coverage/coverage.html)`);
if (total === 0) {
  console.error('rules-coverage: the report is empty; no rules were evaluated.');
  process.exit(1);
}
if (never.length > 0) {
  const seen = new Set();
  for (const pos of never) {
    if (seen.has(pos.line)) continue;
    seen.add(pos.line);
    console.error(`  never evaluated: firestore.rules:${pos.line}: ${lines[pos.line - 1]?.trim()}`);
  }
  process.exit(1);
}
