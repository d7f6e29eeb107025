/**
 * A practice for a browser test: fresh users (one per role asked for, the
 * owner first) in a tenant brought to `status` through the state machine.
 * Everyone signs in with TEST_PASSWORD.
 */
import type { PlanId, TenantRole, TenantStatus } from '@atrium/domain';
import { randomUUID } from 'node:crypto';
import { eventsToReach, seedPractice, type SeededMember, type SeededPractice } from '../../../scripts/lib/seed-practice';
import { TEST_PASSWORD, adminAuth, adminDb, uniqueEmail } from '../../support/clients';

export interface TestPractice extends SeededPractice {
  /** The first member with `role`. */
  member(role: TenantRole): SeededMember;
}

const NAMES: Record<TenantRole, string> = {
  owner: 'Olive Owner',
  admin: 'Alan Admin',
  manager: 'Mona Manager',
  practitioner: 'Dr Paul Practitioner',
  receptionist: 'Rosa Receptionist',
};

export async function createPractice(
  options: { name?: string; plan?: PlanId; status?: Exclude<TenantStatus, 'provisioning'>; staff?: TenantRole[]; seatLimit?: number } = {},
): Promise<TestPractice> {
  const status = options.status ?? 'trial';
  const { events, paymentFailures } = eventsToReach(status);
  const roles: TenantRole[] = ['owner', ...(options.staff ?? [])];
  const practice = await seedPractice(adminDb(), adminAuth(), {
    key: `e2e-${randomUUID()}`,
    name: options.name ?? 'Maple Street Clinic',
    plan: options.plan ?? 'growth',
    events,
    expectedStatus: status,
    paymentFailures,
    members: roles.map((role) => ({ role, email: uniqueEmail(role), displayName: NAMES[role] })),
    password: TEST_PASSWORD,
    ...(options.seatLimit ? { seatLimit: options.seatLimit } : {}),
  });
  return {
    ...practice,
    member(role) {
      const found = practice.members.find((m) => m.role === role);
      if (!found) throw new Error(`createPractice: no ${role} in this practice`);
      return found;
    },
  };
}
