/**
 * Writes to a practice's data from the web app, shaped the way the rules
 * require (SPEC §2 field rules): `createdBy` is the caller, `createdAt` and
 * `updatedAt` are the server's time; updates restamp `updatedAt` only.
 * Treatment notes carry `authorId` instead of `createdBy`.
 * Callers validate with the domain's zod schemas first; the rules check again.
 */
import {
  addDoc,
  collection,
  doc,
  serverTimestamp,
  updateDoc,
  deleteDoc,
  type CollectionReference,
  type DocumentReference,
} from 'firebase/firestore';
import { db } from './firestore';

/** Tenant subcollections the web app writes to directly (the rest are server-only). */
export type TenantDataCollection = 'patients' | 'appointments' | 'treatmentNotes' | 'services' | 'customFields';

/** Any tenant subcollection the web app reads. */
export type TenantReadCollection = TenantDataCollection | 'members' | 'invites' | 'auditLog' | 'billing';

export function tenantCollection(tenantId: string, name: TenantReadCollection): CollectionReference {
  return collection(db, 'tenants', tenantId, name);
}

export function tenantDoc(tenantId: string, name: TenantReadCollection, id: string): DocumentReference {
  return doc(db, 'tenants', tenantId, name, id);
}

/** Creates a document stamped for the rules; resolves to the new id. */
export async function createTenantDoc(
  tenantId: string,
  name: Exclude<TenantDataCollection, 'treatmentNotes'>,
  uid: string,
  data: Record<string, unknown>,
): Promise<string> {
  const ref = await addDoc(tenantCollection(tenantId, name), {
    ...withoutUndefined(data),
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  return ref.id;
}

/** A treatment note, written by its author (the signed-in practitioner). */
export async function createTreatmentNote(
  tenantId: string,
  uid: string,
  data: { patientId: string; body: string; appointmentId?: string | undefined },
): Promise<string> {
  const ref = await addDoc(tenantCollection(tenantId, 'treatmentNotes'), {
    ...withoutUndefined(data),
    authorId: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  return ref.id;
}

/**
 * Updates the given fields and restamps `updatedAt`. A field set to
 * `undefined` is left alone; to clear an optional field pass `deleteField()`.
 */
export function updateTenantDoc(tenantId: string, name: TenantDataCollection, id: string, fields: Record<string, unknown>): Promise<void> {
  return updateDoc(tenantDoc(tenantId, name, id), { ...withoutUndefined(fields), updatedAt: serverTimestamp() });
}

export function deleteTenantDoc(tenantId: string, name: TenantDataCollection, id: string): Promise<void> {
  return deleteDoc(tenantDoc(tenantId, name, id));
}

/** Firestore refuses `undefined` values; optional form fields left empty are simply not sent. */
function withoutUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
