/**
 * Property: random actors from the scenario tenants issue random reads and
 * writes (valid or junk payloads) against random paths of random tenants.
 * Whatever fast-check generates, nothing on another tenant succeeds, nothing
 * is written to a tenant whose billing state blocks writes, and every outcome
 * agrees with the policy the matrix is generated from.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { TENANT_COLLECTIONS, TENANT_ROLES, lifecycleAccess, type TenantCollection } from '@atrium/domain';
import { rulesEnvironment } from '../support/rules-env';
import { MEMBERS_TARGET_ROLE, RULE_OPS, SCENARIOS, World, attempt, expected, runOp, type Actor, type RuleOp } from './support/fixtures';

const RUNS = 300;
let env: RulesTestEnvironment;
let world: World;

beforeAll(async () => {
  env = await rulesEnvironment();
  world = new World(env);
  await world.seed();
});
afterAll(async () => {
  await env.cleanup();
});

const memberActor = fc.oneof(
  fc.constantFrom(...TENANT_ROLES).map((role): Actor => ({ kind: 'member', role })),
  fc.constant<Actor>({ kind: 'disabledMember' }),
);

it(`holds tenant isolation and billing write blocks over ${RUNS} random operations`, async () => {
  const counts = { allowed: 0, denied: 0, crossTenant: 0, blockedWrites: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...SCENARIOS), // the actor's tenant
      memberActor,
      fc.option(fc.constantFrom(...SCENARIOS), { nil: undefined, freq: 2 }), // another target tenant, or (undefined) their own
      fc.constantFrom<TenantCollection>(...TENANT_COLLECTIONS),
      fc.constantFrom<RuleOp>(...RULE_OPS),
      async (home, actor, elsewhere, c, op) => {
        const target = elsewhere ?? home;
        const db = world.db(home, actor);
        const uid = world.actorUid(home, actor);
        const outcome = await attempt(runOp(db, world.tenantId(target), c, op, uid, world.uid(target, MEMBERS_TARGET_ROLE)));
        counts[outcome === 'allowed' ? 'allowed' : 'denied']++;
        const isWrite = op === 'create' || op === 'update' || op === 'delete';
        if (home.name !== target.name) {
          counts.crossTenant++;
          expect(outcome, 'another tenant must be unreachable').toBe('denied');
        } else {
          if (isWrite && !lifecycleAccess(target.status, target.paymentFailures).dataWrite) {
            counts.blockedWrites++;
            expect(outcome, `${target.name} blocks writes`).toBe('denied');
          }
          expect(outcome).toBe(expected(actor, target, c, op) ? 'allowed' : 'denied');
        }
      },
    ),
    { numRuns: RUNS },
  );
  console.log(`property: ${RUNS} random operations — ${counts.allowed} allowed, ${counts.denied} denied, ${counts.crossTenant} across tenants, ${counts.blockedWrites} writes in blocked states`);
});
