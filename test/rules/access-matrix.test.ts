/**
 * The access matrix, generated from the domain module: every actor × every
 * lifecycle scenario × every tenant collection × get/list/create/update/delete.
 * The expected outcome comes from `effectiveGrant` (SPEC §2 × §3) and the
 * platform-role policy; the rules must agree on every cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { TENANT_COLLECTIONS } from '@atrium/domain';
import { rulesEnvironment } from '../support/rules-env';
import { ACTORS, MEMBERS_TARGET_ROLE, RULE_OPS, SCENARIOS, World, actorLabel, attempt, expected, runOp } from './support/fixtures';

let env: RulesTestEnvironment;
let world: World;
let cases = 0;

beforeAll(async () => {
  env = await rulesEnvironment();
  world = new World(env);
  await world.seed();
});

afterAll(async () => {
  console.log(
    `rules matrix: ${cases} cases = ${ACTORS.length} actors × ${SCENARIOS.length} lifecycle scenarios × ` +
      `${TENANT_COLLECTIONS.length} collections × ${RULE_OPS.length} operations`,
  );
  await env.cleanup();
});

describe.each(SCENARIOS)('tenant in $name', (s) => {
  it.each(ACTORS.map((a) => [actorLabel(a), a] as const))('%s gets exactly what the policy table grants', async (_label, actor) => {
    const db = world.db(s, actor);
    const uid = world.actorUid(s, actor);
    const tenantId = world.tenantId(s);
    const cells = TENANT_COLLECTIONS.flatMap((c) => RULE_OPS.map((op) => ({ c, op })));
    const mismatches: string[] = [];
    const check = async ({ c, op }: (typeof cells)[number]) => {
      const want = expected(actor, s, c, op) ? 'allowed' : 'denied';
      const got = await attempt(runOp(db, tenantId, c, op, uid, world.uid(s, MEMBERS_TARGET_ROLE)));
      cases++;
      if (got !== want) mismatches.push(`${c}.${op}: expected ${want}, got ${got}`);
    };
    // Reads run together; writes one at a time, because the emulator evaluates a
    // write's rules inside its transaction and concurrent writes reading the same
    // tenant and membership documents can contend there.
    await Promise.all(cells.filter((x) => x.op === 'get' || x.op === 'list').map(check));
    for (const cell of cells.filter((x) => x.op !== 'get' && x.op !== 'list')) await check(cell);
    expect(mismatches.sort()).toEqual([]);
  });
});
