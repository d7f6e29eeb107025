/**
 * The patient list's search: instant and client-side over the loaded list.
 * Every word typed must match the patient's name, email, phone or date of
 * birth; phone numbers match on their digits whatever the spacing, and
 * accents and case are ignored ("jose" finds "José").
 */
import { calendarDateSpellings, type Patient } from './patient';

const normalize = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** A phone-like word: digits with the usual separators, at least three digits. */
const looksLikePhone = (word: string) => /^[+\d\s().-]+$/.test(word) && digitsOf(word).length >= 3;

export function patientHaystack(patient: Patient): { text: string; phoneDigits: string } {
  const parts = [patient.firstName, patient.lastName, patient.email ?? '', patient.phone ?? ''];
  if (patient.dateOfBirth) parts.push(...calendarDateSpellings(patient.dateOfBirth));
  return { text: normalize(parts.join(' | ')), phoneDigits: digitsOf(patient.phone ?? '') };
}

export function matchesSearch(patient: Patient, search: string): boolean {
  const words = normalize(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = patientHaystack(patient);
  return words.every(
    (word) => haystack.text.includes(word) || (looksLikePhone(word) && haystack.phoneDigits.includes(digitsOf(word))),
  );
}

/** Sorted by last name, then first name, as people (not byte order) expect: "de Vries" sits with the Ds. */
export function byName(a: Patient, b: Patient): number {
  return a.lastName.localeCompare(b.lastName, undefined, { sensitivity: 'base' }) || a.firstName.localeCompare(b.firstName, undefined, { sensitivity: 'base' });
}
