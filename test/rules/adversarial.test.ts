/**
 * What the table does not show: a client that bypasses the UI and tries to
 * escalate, forge, backdate, cross tenants or smuggle bad data. Each refusal
 * has a control beside it that the same actor is allowed, so a test cannot
 * pass because the whole path is closed.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  Timestamp,
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { LIMITS, SERVER_ONLY_ROOT_COLLECTIONS, type TenantRole } from '@atrium/domain';
import { rulesEnvironment } from '../support/rules-env';
import { SCENARIOS, World, asModular, validCreate } from './support/fixtures';

let env: RulesTestEnvironment;
let world: World;
const trial = SCENARIOS.find((s) => s.name === 'trial')!;
let t: string;

const as = (role: TenantRole): Firestore => world.db(trial, { kind: 'member', role });
const uidOf = (role: TenantRole) => world.uid(trial, role);
const newId = () => `x-${crypto.randomUUID()}`;

beforeAll(async () => {
  env = await rulesEnvironment();
  world = new World(env);
  await world.seed();
  t = `tenants/${world.tenantId(trial)}`;
});
afterAll(async () => {
  await env.cleanup();
});

describe('escalation', () => {
  it('no member can change their own role or re-enable themselves', async () => {
    await assertFails(updateDoc(doc(as('practitioner'), `${t}/members/${uidOf('practitioner')}`), { role: 'owner' }));
    await assertFails(updateDoc(doc(as('owner'), `${t}/members/${uidOf('owner')}`), { role: 'admin' }));
    const disabled = world.db(trial, { kind: 'disabledMember' });
    await assertFails(updateDoc(doc(disabled, `${t}/members/${world.uid(trial, 'disabled')}`), { disabled: false }));
    await assertSucceeds(getDoc(doc(as('practitioner'), `${t}/members/${uidOf('practitioner')}`)));
  });

  it('an outsider cannot add themselves as a member', async () => {
    const outsider = world.db(trial, { kind: 'outsider' });
    await assertFails(
      setDoc(doc(outsider, `${t}/members/${world.outsiderUid}`), {
        role: 'owner', email: 'x@x.test', displayName: 'X', disabled: false, joinedAt: serverTimestamp(),
      }),
    );
  });

  it('nobody creates a tenant from the client', async () => {
    await assertFails(setDoc(doc(as('owner'), `tenants/${newId()}`), validCreate('tenant', uidOf('owner'))));
    const platform = world.db(trial, { kind: 'platform', platformRole: 'super_admin' });
    await assertFails(setDoc(doc(platform, `tenants/${newId()}`), validCreate('tenant', 'platform')));
  });

  it.each([
    ['status', 'active'],
    ['plan', 'enterprise'],
    ['seatLimit', 999],
    ['seatsUsed', 0],
    ['pendingInvites', 0],
    ['paymentFailures', 7],
    ['trialEndsAt', Timestamp.fromMillis(Date.UTC(2030, 0, 1))],
    ['features', { dataApi: true }],
    ['channel', 'sales'],
    ['ownerUid', 'someone-else'],
  ])('the owner cannot change the tenant field %s, alone or beside an allowed change', async (field, value) => {
    const db = as('owner');
    await assertFails(updateDoc(doc(db, t), { [field]: value }));
    await assertFails(updateDoc(doc(db, t), { name: 'Renamed', [field]: value }));
    await assertSucceeds(updateDoc(doc(db, t), { name: 'Renamed Clinic', settings: { timezone: 'Europe/London' } }));
  });

  it('claims naming a tenant or a role grant nothing without a membership', async () => {
    const forged = asModular(env.authenticatedContext(world.outsiderUid, { tenantId: world.tenantId(trial), role: 'owner', tenantRole: 'owner' }).firestore());
    await assertFails(getDoc(doc(forged, t)));
    await assertFails(getDoc(doc(forged, `${t}/patients/p1`)));
    await assertFails(setDoc(doc(forged, `${t}/patients/${newId()}`), validCreate('patients', world.outsiderUid)));
  });

  it('a platform claim other than super_admin or sales reads nothing', async () => {
    const odd = asModular(env.authenticatedContext('odd', { platformRole: 'owner' }).firestore());
    await assertFails(getDoc(doc(odd, t)));
    await assertFails(getDocs(collection(odd, 'tenants')));
  });
});

describe('forged and backdated fields', () => {
  it('createdBy must be the caller on create', async () => {
    const db = as('receptionist');
    await assertFails(setDoc(doc(db, `${t}/patients/${newId()}`), { ...validCreate('patients', uidOf('owner')) }));
    await assertSucceeds(setDoc(doc(db, `${t}/patients/${newId()}`), validCreate('patients', uidOf('receptionist'))));
  });

  it('createdBy and createdAt cannot be transferred or rewritten later', async () => {
    const db = as('manager');
    await assertFails(updateDoc(doc(db, `${t}/patients/p1`), { createdBy: uidOf('manager'), updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(doc(db, `${t}/patients/p1`), { createdAt: serverTimestamp(), updatedAt: serverTimestamp() }));
    await assertSucceeds(updateDoc(doc(db, `${t}/patients/p1`), { lastName: 'Patient-Smith', updatedAt: serverTimestamp() }));
  });

  it('createdAt and updatedAt must be the server time', async () => {
    const db = as('owner');
    const past = Timestamp.fromMillis(Date.now() - 86_400_000);
    await assertFails(setDoc(doc(db, `${t}/services/${newId()}`), { ...validCreate('services', uidOf('owner')), createdAt: past }));
    await assertFails(setDoc(doc(db, `${t}/services/${newId()}`), { ...validCreate('services', uidOf('owner')), updatedAt: past }));
    await assertFails(updateDoc(doc(db, `${t}/services/s1`), { priceCents: 1, updatedAt: past }));
    await assertFails(updateDoc(doc(db, `${t}/services/s1`), { priceCents: 1 }));
  });

  it('a document cannot carry a tenantId pointing anywhere', async () => {
    const db = as('owner');
    await assertFails(setDoc(doc(db, `${t}/patients/${newId()}`), { ...validCreate('patients', uidOf('owner')), tenantId: world.otherTenantId }));
  });
});

describe('treatment notes', () => {
  const lockedNote = async (authorRole: TenantRole, ageHours: number) => {
    const id = newId();
    await env.withSecurityRulesDisabled(async (ctx) => {
      const created = Timestamp.fromMillis(Date.now() - ageHours * 3_600_000);
      await setDoc(doc(asModular(ctx.firestore()), `${t}/treatmentNotes/${id}`), {
        patientId: 'p1', authorId: uidOf(authorRole), body: 'Note.', createdAt: created, updatedAt: created,
      });
    });
    return `${t}/treatmentNotes/${id}`;
  };

  it('the author edits a note within 24 hours and not after', async () => {
    const db = as('practitioner');
    const fresh = await lockedNote('practitioner', 23);
    await assertSucceeds(updateDoc(doc(db, fresh), { body: 'Edited within the window.', updatedAt: serverTimestamp() }));
    const locked = await lockedNote('practitioner', 25);
    await assertFails(updateDoc(doc(db, locked), { body: 'Too late.', updatedAt: serverTimestamp() }));
  });

  it('a practitioner cannot write a note as a colleague or edit a colleague\'s note', async () => {
    const db = as('practitioner');
    await assertFails(setDoc(doc(db, `${t}/treatmentNotes/${newId()}`), { ...validCreate('treatmentNotes', uidOf('practitioner')), authorId: uidOf('owner') }));
    const colleagues = await lockedNote('owner', 1);
    await assertFails(updateDoc(doc(db, colleagues), { body: 'Not mine.', updatedAt: serverTimestamp() }));
  });

  it('nobody deletes a note, not even its author', async () => {
    await assertFails(deleteDoc(doc(as('practitioner'), `${t}/treatmentNotes/n1`)));
    await assertFails(deleteDoc(doc(as('owner'), `${t}/treatmentNotes/n1`)));
  });

  it('an edit cannot change the patient or the author', async () => {
    const db = as('practitioner');
    const note = await lockedNote('practitioner', 1);
    await assertFails(updateDoc(doc(db, note), { patientId: 'p2', updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(doc(db, note), { authorId: uidOf('owner'), updatedAt: serverTimestamp() }));
  });

  it('front-desk and management roles cannot read clinical notes', async () => {
    for (const role of ['admin', 'manager', 'receptionist'] as const) {
      await assertFails(getDoc(doc(as(role), `${t}/treatmentNotes/n1`)));
      await assertFails(getDocs(collection(as(role), `${t}/treatmentNotes`)));
    }
  });
});

describe('appointments for practitioners', () => {
  it('a practitioner changes only the status, and only of their own appointment', async () => {
    const db = as('practitioner');
    await assertSucceeds(updateDoc(doc(db, `${t}/appointments/a1`), { status: 'arrived', updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(doc(db, `${t}/appointments/a1`), { startsAt: Timestamp.fromMillis(Date.now()), updatedAt: serverTimestamp() }));
    await assertFails(updateDoc(doc(db, `${t}/appointments/a1`), { practitionerId: 'someone-else', updatedAt: serverTimestamp() }));
    const theirs = newId();
    await env.withSecurityRulesDisabled(async (ctx) => {
      await setDoc(doc(asModular(ctx.firestore()), `${t}/appointments/${theirs}`), {
        ...validCreate('appointments', uidOf('owner')), practitionerId: 'colleague', createdAt: Timestamp.now(), updatedAt: Timestamp.now(),
      });
    });
    await assertFails(updateDoc(doc(db, `${t}/appointments/${theirs}`), { status: 'arrived', updatedAt: serverTimestamp() }));
  });
});

describe('bad data', () => {
  it.each([
    ['a first name over the limit', 'patients', { firstName: 'x'.repeat(LIMITS.personName.max + 1) }],
    ['an empty last name', 'patients', { lastName: '' }],
    ['a malformed date of birth', 'patients', { dateOfBirth: '12/03/1990' }],
    ['an email without @', 'patients', { email: 'not-an-email' }],
    ['notes over the limit', 'patients', { notes: 'x'.repeat(LIMITS.notes.max + 1) }],
    ['an unknown field', 'patients', { ssn: '123' }],
    ['an invalid appointment status', 'appointments', { status: 'done' }],
    ['an appointment ending before it starts', 'appointments', { endsAt: Timestamp.fromMillis(Date.now() - 1000) }],
    ['a patient id that is a path', 'appointments', { patientId: '../../other/patients/p1' }],
    ['a fractional duration', 'services', { durationMinutes: 30.5 }],
    ['a negative price', 'services', { priceCents: -1 }],
    ['a price as a string', 'services', { priceCents: '100' }],
    ['an invalid custom field type', 'customFields', { type: 'colour' }],
  ] as const)('refuses %s', async (_label, c, override) => {
    const db = as('owner');
    await assertFails(setDoc(doc(db, `${t}/${c}/${newId()}`), { ...validCreate(c, uidOf('owner')), ...override }));
    await assertSucceeds(setDoc(doc(db, `${t}/${c}/${newId()}`), validCreate(c, uidOf('owner'))));
  });

  it('refuses a note body over the limit', async () => {
    const db = as('practitioner');
    await assertFails(setDoc(doc(db, `${t}/treatmentNotes/${newId()}`), { ...validCreate('treatmentNotes', uidOf('practitioner')), body: 'x'.repeat(LIMITS.noteBody.max + 1) }));
  });

  it('refuses a tenant rename that is too short or not a string', async () => {
    await assertFails(updateDoc(doc(as('owner'), t), { name: 'A' }));
    await assertFails(updateDoc(doc(as('owner'), t), { name: 42 }));
  });
});

describe('crossing tenants', () => {
  it('collection-group queries across tenants are refused, for members and platform roles', async () => {
    for (const db of [as('owner'), world.db(trial, { kind: 'platform', platformRole: 'sales' })]) {
      for (const name of ['patients', 'members', 'treatmentNotes', 'appointments']) {
        await assertFails(getDocs(collectionGroup(db, name)));
      }
    }
  });

  it('a member of one tenant cannot read or write another tenant', async () => {
    const other = `tenants/${world.otherTenantId}`;
    const db = as('owner');
    await assertFails(getDoc(doc(db, other)));
    await assertFails(getDocs(collection(db, `${other}/patients`)));
    await assertFails(setDoc(doc(db, `${other}/patients/${newId()}`), validCreate('patients', uidOf('owner'))));
  });
});

describe('users/{uid}', () => {
  beforeAll(async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      await setDoc(doc(asModular(ctx.firestore()), `users/${world.outsiderUid}`), { email: 'o@x.test', displayName: 'Out', tenantIds: [], defaultTenantId: null });
    });
  });

  it('is readable only by its own user', async () => {
    const outsider = world.db(trial, { kind: 'outsider' });
    await assertSucceeds(getDoc(doc(outsider, `users/${world.outsiderUid}`)));
    await assertFails(getDoc(doc(as('owner'), `users/${world.outsiderUid}`)));
    await assertFails(getDoc(doc(world.db(trial, { kind: 'signedOut' }), `users/${world.outsiderUid}`)));
  });

  it('lets its user change the display name and nothing else', async () => {
    const outsider = world.db(trial, { kind: 'outsider' });
    const me = `users/${world.outsiderUid}`;
    await assertSucceeds(updateDoc(doc(outsider, me), { displayName: 'Dr Out' }));
    await assertFails(updateDoc(doc(outsider, me), { displayName: '' }));
    await assertFails(updateDoc(doc(outsider, me), { tenantIds: [world.tenantId(trial)] }));
    await assertFails(updateDoc(doc(outsider, me), { defaultTenantId: world.tenantId(trial) }));
    await assertFails(setDoc(doc(outsider, `users/${newId()}`), { displayName: 'x', tenantIds: [] }));
    await assertFails(updateDoc(doc(as('owner'), me), { displayName: 'Hijack' }));
  });
});

describe('server-only root collections', () => {
  it.each(SERVER_ONLY_ROOT_COLLECTIONS)('%s is closed to every client, platform roles included', async (name) => {
    for (const db of [as('owner'), world.db(trial, { kind: 'platform', platformRole: 'super_admin' })]) {
      await assertFails(getDocs(collection(db, name)));
      await assertFails(getDoc(doc(db, `${name}/any`)));
      await assertFails(setDoc(doc(db, `${name}/any`), { at: serverTimestamp() }));
    }
  });
});
