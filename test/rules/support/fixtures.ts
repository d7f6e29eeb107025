/**
 * Fixtures for the rules suites: one tenant per lifecycle scenario, each with
 * a member of every role plus a disabled member, one document in every
 * collection, and the actors the matrix runs as. Everything is seeded with
 * the rules disabled; ids are unique per run, so no suite clears the
 * database another suite is using.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { OWN_MEMBERSHIP_READABLE_IN_EVERY_STATE, TENANT_ROLES, effectiveGrant, type Operation, type TenantCollection, type TenantRole, type TenantStatus } from '@atrium/domain';

export const RULE_OPS = ['get', 'list', 'create', 'update', 'delete'] as const;
export type RuleOp = (typeof RULE_OPS)[number];

export interface Scenario {
  name: string;
  status: TenantStatus;
  paymentFailures: number;
}

/** The seven lifecycle states, and past_due on both sides of the write block. */
export const SCENARIOS: Scenario[] = [
  { name: 'provisioning', status: 'provisioning', paymentFailures: 0 },
  { name: 'trial', status: 'trial', paymentFailures: 0 },
  { name: 'trial_expired', status: 'trial_expired', paymentFailures: 0 },
  { name: 'active', status: 'active', paymentFailures: 0 },
  { name: 'past_due_1_failure', status: 'past_due', paymentFailures: 1 },
  { name: 'past_due_2_failures', status: 'past_due', paymentFailures: 2 },
  { name: 'suspended', status: 'suspended', paymentFailures: 3 },
  { name: 'cancelled', status: 'cancelled', paymentFailures: 0 },
];

export type Actor =
  | { kind: 'signedOut' }
  | { kind: 'outsider' }
  | { kind: 'otherTenantOwner' }
  | { kind: 'disabledMember' }
  | { kind: 'member'; role: TenantRole }
  | { kind: 'platform'; platformRole: 'super_admin' | 'sales' };

export const ACTORS: Actor[] = [
  { kind: 'signedOut' },
  { kind: 'outsider' },
  { kind: 'otherTenantOwner' },
  { kind: 'disabledMember' },
  ...TENANT_ROLES.map((role) => ({ kind: 'member' as const, role })),
  { kind: 'platform', platformRole: 'super_admin' },
  { kind: 'platform', platformRole: 'sales' },
];

export const actorLabel = (a: Actor) =>
  a.kind === 'member' ? a.role : a.kind === 'platform' ? a.platformRole : a.kind;

/** rules-unit-testing hands out compat instances; the modular functions accept them at run time. */
export const asModular = (db: unknown) => db as Firestore;

export class World {
  readonly run = crypto.randomUUID().slice(0, 8);
  readonly otherTenantId = `other-${this.run}`;
  constructor(readonly env: RulesTestEnvironment) {}

  tenantId(s: Scenario) {
    return `${s.name}-${this.run}`;
  }
  uid(s: Scenario, who: TenantRole | 'disabled') {
    return `${s.name}-${who}-${this.run}`;
  }
  get otherOwnerUid() {
    return `other-owner-${this.run}`;
  }
  get outsiderUid() {
    return `outsider-${this.run}`;
  }

  actorUid(s: Scenario, actor: Actor): string | null {
    switch (actor.kind) {
      case 'signedOut':
        return null;
      case 'outsider':
        return this.outsiderUid;
      case 'otherTenantOwner':
        return this.otherOwnerUid;
      case 'disabledMember':
        return this.uid(s, 'disabled');
      case 'member':
        return this.uid(s, actor.role);
      case 'platform':
        return `platform-${actor.platformRole}-${this.run}`;
    }
  }

  db(s: Scenario, actor: Actor): Firestore {
    const uid = this.actorUid(s, actor);
    if (uid === null) return asModular(this.env.unauthenticatedContext().firestore());
    const claims = actor.kind === 'platform' ? { platformRole: actor.platformRole } : {};
    return asModular(this.env.authenticatedContext(uid, claims).firestore());
  }

  async seed(): Promise<void> {
    await this.env.withSecurityRulesDisabled(async (ctx) => {
      const db = asModular(ctx.firestore());
      await Promise.all([
        ...SCENARIOS.map((s) => seedTenant(db, this.tenantId(s), s, (who) => this.uid(s, who))),
        seedTenant(db, this.otherTenantId, { name: 'other', status: 'trial', paymentFailures: 0 }, (who) =>
          who === 'owner' ? this.otherOwnerUid : `other-${who}-${this.run}`,
        ),
      ]);
    });
  }
}

const stamp = (uid: string) => ({ createdBy: uid, createdAt: Timestamp.now(), updatedAt: Timestamp.now() });

async function seedTenant(db: Firestore, tenantId: string, s: Scenario, uid: (who: TenantRole | 'disabled') => string) {
  const t = `tenants/${tenantId}`;
  const owner = uid('owner');
  const now = Date.now();
  const writes: Promise<void>[] = [
    setDoc(doc(db, t), {
      name: `Clinic ${s.name}`,
      status: s.status,
      plan: 'growth',
      seatLimit: 20,
      seatsUsed: 6,
      pendingInvites: 1,
      trialEndsAt: Timestamp.fromMillis(now + 7 * 86_400_000),
      paymentFailures: s.paymentFailures,
      features: {},
      channel: 'self_serve',
      subdomain: null,
      retentionDays: 30,
      settings: {},
      ownerUid: owner,
      createdAt: Timestamp.now(),
      statusChangedAt: Timestamp.now(),
    }),
    ...[...TENANT_ROLES, 'disabled' as const].map((who) =>
      setDoc(doc(db, `${t}/members/${uid(who)}`), {
        role: who === 'disabled' ? 'owner' : who,
        email: `${who}@clinic.test`,
        displayName: who,
        disabled: who === 'disabled',
        joinedAt: Timestamp.now(),
      }),
    ),
    setDoc(doc(db, `${t}/invites/i1`), { email: 'new@clinic.test', role: 'receptionist', expiresAt: Timestamp.fromMillis(now + 86_400_000) }),
    setDoc(doc(db, `${t}/patients/p1`), { firstName: 'Pat', lastName: 'Patient', ...stamp(owner) }),
    setDoc(doc(db, `${t}/appointments/a1`), {
      patientId: 'p1',
      practitionerId: uid('practitioner'),
      serviceId: 's1',
      startsAt: Timestamp.fromMillis(now + 3_600_000),
      endsAt: Timestamp.fromMillis(now + 5_400_000),
      status: 'booked',
      ...stamp(owner),
    }),
    setDoc(doc(db, `${t}/treatmentNotes/n1`), {
      patientId: 'p1',
      authorId: uid('practitioner'),
      body: 'Initial consultation.',
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    }),
    setDoc(doc(db, `${t}/services/s1`), { name: 'Consultation', durationMinutes: 30, priceCents: 5000, active: true, ...stamp(owner) }),
    setDoc(doc(db, `${t}/customFields/f1`), { label: 'Skin type', type: 'select', required: false, options: ['I', 'II'], ...stamp(owner) }),
    setDoc(doc(db, `${t}/auditLog/e1`), { action: 'tenant.provisioned', actorUid: owner, target: t, at: Timestamp.now() }),
    setDoc(doc(db, `${t}/billing/subscription`), { mode: 'subscription', plan: 'growth', stripeCustomerId: null }),
    setDoc(doc(db, `${t}/domains/example.com`), { status: 'pending' }),
    setDoc(doc(db, `${t}/apiKeys/k1`), { name: 'Import', prefix: 'atr_1234', scopes: ['patients:write'] }),
  ];
  await Promise.all(writes);
}

/** Whose membership document the `members` cells target. */
export const MEMBERS_TARGET_ROLE: TenantRole = 'receptionist';

/** The path of the seeded document each collection's get/update target. */
export function targetPath(tenantId: string, c: TenantCollection): string {
  const t = `tenants/${tenantId}`;
  const ids: Record<TenantCollection, string> = {
    tenant: t,
    members: `${t}/members/__member__`,
    invites: `${t}/invites/i1`,
    patients: `${t}/patients/p1`,
    appointments: `${t}/appointments/a1`,
    treatmentNotes: `${t}/treatmentNotes/n1`,
    services: `${t}/services/s1`,
    customFields: `${t}/customFields/f1`,
    auditLog: `${t}/auditLog/e1`,
    billing: `${t}/billing/subscription`,
    domains: `${t}/domains/example.com`,
    apiKeys: `${t}/apiKeys/k1`,
  };
  return ids[c];
}

/** A create payload that satisfies the field rules when the role is allowed to create. */
export function validCreate(c: TenantCollection, uid: string): Record<string, unknown> {
  const stamps = { createdBy: uid, createdAt: serverTimestamp(), updatedAt: serverTimestamp() };
  const now = Date.now();
  switch (c) {
    case 'patients':
      return { firstName: 'New', lastName: 'Patient', phone: '+44 20 7946 0000', ...stamps };
    case 'appointments':
      return {
        patientId: 'p1',
        practitionerId: 'someone',
        serviceId: 's1',
        startsAt: Timestamp.fromMillis(now + 86_400_000),
        endsAt: Timestamp.fromMillis(now + 86_400_000 + 1_800_000),
        status: 'booked',
        ...stamps,
      };
    case 'treatmentNotes':
      return { patientId: 'p1', authorId: uid, body: 'Follow-up in two weeks.', createdAt: serverTimestamp(), updatedAt: serverTimestamp() };
    case 'services':
      return { name: 'Peel', durationMinutes: 45, priceCents: 9000, active: true, ...stamps };
    case 'customFields':
      return { label: 'Allergies', type: 'text', required: false, ...stamps };
    case 'tenant':
      return { name: 'Forged Clinic', status: 'active', plan: 'enterprise', seatLimit: 999 };
    case 'members':
      return { role: 'owner', email: 'me@x.test', displayName: 'Me', disabled: false, joinedAt: serverTimestamp() };
    default:
      return { forged: true, by: uid, at: serverTimestamp() };
  }
}

/** An update that satisfies the field rules (and the practitioner's conditions) when allowed. */
export function validUpdate(c: TenantCollection): Record<string, unknown> {
  switch (c) {
    case 'tenant':
      return { name: 'Renamed Clinic' };
    case 'patients':
      return { phone: '+44 20 7946 0001', updatedAt: serverTimestamp() };
    case 'appointments':
      return { status: 'arrived', updatedAt: serverTimestamp() };
    case 'treatmentNotes':
      return { body: 'Amended: follow-up in three weeks.', updatedAt: serverTimestamp() };
    case 'services':
      return { priceCents: 9500, updatedAt: serverTimestamp() };
    case 'customFields':
      return { label: 'Skin type (Fitzpatrick)', updatedAt: serverTimestamp() };
    case 'members':
      return { role: 'owner' };
    default:
      return { forged: true };
  }
}

export type Outcome = 'allowed' | 'denied' | `error: ${string}`;

/** Runs one operation and reports whether the rules allowed it. */
export async function attempt(promise: Promise<unknown>): Promise<Outcome> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'permission-denied' ? 'denied' : `error: ${code ?? String(error)}`;
  }
}

export function runOp(db: Firestore, tenantId: string, c: TenantCollection, op: RuleOp, uid: string | null, memberTargetUid: string): Promise<unknown> {
  const path = targetPath(tenantId, c).replace('__member__', memberTargetUid);
  const parent = c === 'tenant' ? 'tenants' : path.slice(0, path.lastIndexOf('/'));
  switch (op) {
    case 'get':
      return getDoc(doc(db, path));
    case 'list':
      return getDocs(query(collection(db, parent), limit(5)));
    case 'create':
      return setDoc(doc(db, `${parent}/new-${crypto.randomUUID()}`), validCreate(c, uid ?? 'nobody'));
    case 'update':
      return updateDoc(doc(db, path), validUpdate(c));
    case 'delete':
      // A fresh id: the delete rules do not depend on the stored document, and the
      // seeded documents stay in place for the other cases. The tenant doc itself is
      // the target for `tenant`.
      return deleteDoc(doc(db, c === 'tenant' ? path : `${parent}/gone-${crypto.randomUUID()}`));
  }
}

const toOperation = (op: RuleOp): Operation => (op === 'get' || op === 'list' ? 'read' : op);

/** What the policy says about one cell: effectiveGrant (SPEC §2 × §3) plus the platform roles. */
export function expected(actor: Actor, s: Scenario, c: TenantCollection, op: RuleOp): boolean {
  const read = op === 'get' || op === 'list';
  switch (actor.kind) {
    case 'platform':
      // super_admin: read-only support access to every tenant document, in any state.
      // sales: top-level tenant documents only.
      return actor.platformRole === 'super_admin' ? read : read && c === 'tenant';
    case 'member':
      // Listing the root `tenants` collection is platform work; members open their tenant by id.
      if (c === 'tenant' && op === 'list') return false;
      if (c === 'members' && op === 'get' && actor.role === MEMBERS_TARGET_ROLE && OWN_MEMBERSHIP_READABLE_IN_EVERY_STATE) return true;
      return effectiveGrant(actor.role, c, toOperation(op), s.status, s.paymentFailures) !== false;
    default:
      // Signed out, not a member, another tenant's member, disabled member: nothing.
      return false;
  }
}
