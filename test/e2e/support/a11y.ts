/**
 * Accessibility checks for the browser tests: axe-core, injected into the
 * page from the installed package (no network), run against WCAG 2.0/2.1/2.2
 * A and AA rules. A page fails on any `serious` or `critical` violation with
 * a summary a person can act on (rule, impact, help, the offending
 * elements); `moderate` and `minor` ones are counted in the log. The full
 * result is saved to test-results/a11y/<name>.json for the details.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './browser';

export const A11Y_RESULTS = join(ROOT, 'test-results', 'a11y');

/** The WCAG 2 A/AA rule sets (2.0, 2.1 and 2.2 additions). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** Describes each blocking violation: rule, impact, what to fix and where. */
export function describeViolations(name: string, violations: Result[]): string {
  const lines = [`${name}: ${violations.length} serious/critical accessibility violation(s)`];
  for (const violation of violations) {
    lines.push(`- [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes.slice(0, 8)) {
      lines.push(`    at ${node.target.map(String).join(' > ')}`);
      if (node.failureSummary) lines.push(`       ${node.failureSummary.replace(/\s*\n\s*/g, ' ')}`);
    }
    if (violation.nodes.length > 8) lines.push(`    … and ${violation.nodes.length - 8} more element(s)`);
  }
  return lines.join('\n');
}

/** Runs axe-core on the page as it is now; throws on serious or critical violations. */
export async function expectAccessible(page: Page, name: string): Promise<AxeResults> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
  mkdirSync(A11Y_RESULTS, { recursive: true });
  writeFileSync(join(A11Y_RESULTS, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);

  const blocking = results.violations.filter((v) => v.impact && BLOCKING.has(v.impact));
  const others = results.violations.filter((v) => !v.impact || !BLOCKING.has(v.impact));
  const count = (impact: string) => others.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
  console.log(
    `a11y ${name}: ${blocking.length} serious/critical rule(s), ` +
      `${count('moderate')} moderate and ${count('minor')} minor element(s)` +
      (others.length ? ` [${others.map((v) => `${v.id}:${v.impact}`).join(', ')}]` : ''),
  );
  if (blocking.length > 0) throw new Error(describeViolations(name, blocking));
  return results;
}
