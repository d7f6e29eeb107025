/**
 * The walking skeleton's rules: members read their tenant and its members,
 * users read their own profile, everything else is closed.
 */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { collection, collectionGroup, deleteDoc, doc, getDoc, getDocs, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { SERVER_ONLY_ROOT_COLLECTIONS } from '@atrium/domain';
import { rulesEnvironment } from '../support/rules-env';

let env: RulesTestEnvironment;
let tenantId: string;
let otherTenantId: string;
const OWNER = 'owner-uid';
const DISABLED = 'disabled-uid';
const OUTSIDER = 'outsider-uid';
const OTHER_OWNER = 'other-owner-uid';

beforeAll(async () => {
  env = await rulesEnvironment();
});
afterAll(async () => {
  await env.cleanup();
});

beforeEach(async () => {
  tenantId = `t-${crypto.randomUUID()}`;
  otherTenantId = `t-${crypto.randomUUID()}`;
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    const member = (role: string, disabled = false) => ({ role, email: `${role}@x.test`, displayName: role, disabled, joinedAt: new Date() });
    await setDoc(doc(db, `tenants/${tenantId}`), { name: 'Clinic A', status: 'trial', ownerUid: OWNER });
    await setDoc(doc(db, `tenants/${tenantId}/members/${OWNER}`), member('owner'));
    await setDoc(doc(db, `tenants/${tenantId}/members/${DISABLED}`), member('practitioner', true));
    await setDoc(doc(db, `tenants/${tenantId}/patients/p1`), { firstName: 'Pat', lastName: 'One' });
    await setDoc(doc(db, `tenants/${otherTenantId}`), { name: 'Clinic B', status: 'trial', ownerUid: OTHER_OWNER });
    await setDoc(doc(db, `tenants/${otherTenantId}/members/${OTHER_OWNER}`), member('owner'));
    await setDoc(doc(db, `users/${OWNER}`), { email: 'owner@x.test', displayName: 'Owner', tenantIds: [tenantId], defaultTenantId: tenantId });
    await setDoc(doc(db, `users/${OUTSIDER}`), { email: 'out@x.test', displayName: 'Out', tenantIds: [], defaultTenantId: null });
  });
});

const as = (uid: string | null) => (uid ? env.authenticatedContext(uid) : env.unauthenticatedContext()).firestore();

describe('tenant document', () => {
  it('is readable by an enabled member', async () => {
    await assertSucceeds(getDoc(doc(as(OWNER), `tenants/${tenantId}`)));
  });
  it('is not readable by a signed-out caller, an outsider, a disabled member or another tenant\'s owner', async () => {
    for (const uid of [null, OUTSIDER, DISABLED, OTHER_OWNER]) {
      await assertFails(getDoc(doc(as(uid), `tenants/${tenantId}`)));
    }
  });
  it('cannot be listed, created, updated or deleted from a client, even by its owner', async () => {
    const db = as(OWNER);
    await assertFails(getDocs(collection(db, 'tenants')));
    await assertFails(setDoc(doc(db, `tenants/t-${crypto.randomUUID()}`), { name: 'Mine', status: 'active', ownerUid: OWNER }));
    await assertFails(updateDoc(doc(db, `tenants/${tenantId}`), { status: 'active' }));
    await assertFails(deleteDoc(doc(db, `tenants/${tenantId}`)));
  });
});

describe('members', () => {
  it('are listed and read by an enabled member of the tenant only', async () => {
    await assertSucceeds(getDocs(collection(as(OWNER), `tenants/${tenantId}/members`)));
    await assertFails(getDocs(collection(as(OTHER_OWNER), `tenants/${tenantId}/members`)));
    await assertFails(getDocs(collection(as(DISABLED), `tenants/${tenantId}/members`)));
    await assertFails(getDoc(doc(as(OUTSIDER), `tenants/${tenantId}/members/${OWNER}`)));
  });
  it('cannot be written by a client: no self-promotion, no joining', async () => {
    await assertFails(updateDoc(doc(as(DISABLED), `tenants/${tenantId}/members/${DISABLED}`), { disabled: false }));
    await assertFails(setDoc(doc(as(OUTSIDER), `tenants/${tenantId}/members/${OUTSIDER}`), { role: 'owner', disabled: false }));
    await assertFails(updateDoc(doc(as(OWNER), `tenants/${tenantId}/members/${OWNER}`), { role: 'admin' }));
  });
  it('cannot be queried across tenants with a collection group', async () => {
    await assertFails(getDocs(collectionGroup(as(OWNER), 'members')));
  });
});

describe('users/{uid}', () => {
  it('is readable only by its own user', async () => {
    await assertSucceeds(getDoc(doc(as(OWNER), `users/${OWNER}`)));
    await assertFails(getDoc(doc(as(OUTSIDER), `users/${OWNER}`)));
    await assertFails(getDoc(doc(as(null), `users/${OWNER}`)));
  });
  it('lets its user change the display name and nothing else', async () => {
    await assertSucceeds(updateDoc(doc(as(OWNER), `users/${OWNER}`), { displayName: 'Dr Owner' }));
    await assertFails(updateDoc(doc(as(OWNER), `users/${OWNER}`), { displayName: '' }));
    await assertFails(updateDoc(doc(as(OUTSIDER), `users/${OUTSIDER}`), { tenantIds: [tenantId] }));
    await assertFails(updateDoc(doc(as(OUTSIDER), `users/${OUTSIDER}`), { defaultTenantId: tenantId }));
    await assertFails(setDoc(doc(as(OUTSIDER), `users/${OUTSIDER}`), { displayName: 'x', tenantIds: [tenantId] }));
    await assertFails(updateDoc(doc(as(OUTSIDER), `users/${OWNER}`), { displayName: 'Hijack' }));
  });
});

describe('closed paths', () => {
  it('keeps tenant data closed until its policy lands', async () => {
    await assertFails(getDoc(doc(as(OWNER), `tenants/${tenantId}/patients/p1`)));
    await assertFails(setDoc(doc(as(OWNER), `tenants/${tenantId}/patients/p2`), { firstName: 'A', lastName: 'B' }));
  });
  it.each(SERVER_ONLY_ROOT_COLLECTIONS)('closes the server-only root collection %s to every client', async (name) => {
    const db = as(OWNER);
    await assertFails(getDocs(collection(db, name)));
    await assertFails(getDoc(doc(db, `${name}/any`)));
    await assertFails(setDoc(doc(db, `${name}/any`), { by: OWNER, at: serverTimestamp() }));
  });
});
