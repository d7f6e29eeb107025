/** A patient's demographics as the web app reads them (SPEC §3), and how their name and birth date read. */
import type { Timestamp } from 'firebase/firestore';
import type { CustomField } from './custom-fields';

export type CustomValue = string | number | boolean;

export interface Patient {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD: a calendar date with no time zone. */
  dateOfBirth?: string;
  phone?: string;
  email?: string;
  notes?: string;
  /** Values of the practice's custom fields, keyed by field id. */
  custom?: Record<string, CustomValue>;
  externalId?: string;
  createdAt?: Timestamp | null;
}

export function fullName(patient: Pick<Patient, 'firstName' | 'lastName'>): string {
  return `${patient.firstName} ${patient.lastName}`;
}

/** "Lastname, Firstname": the list is sorted by last name, so it reads that way. */
export function listName(patient: Pick<Patient, 'firstName' | 'lastName'>): string {
  return `${patient.lastName}, ${patient.firstName}`;
}

/** A YYYY-MM-DD string as a local calendar date (never shifted by the time zone), or null. */
export function calendarDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // 2023-02-31 would roll over into March: not a real date.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

const longDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
const numericDate = new Intl.DateTimeFormat(undefined, { day: '2-digit', month: '2-digit', year: 'numeric' });

/** "12 March 1980" for a YYYY-MM-DD date; the raw text if it is not one. */
export function formatCalendarDate(iso: string): string {
  const date = calendarDate(iso);
  return date ? longDate.format(date) : iso;
}

/** The ways someone may type a birth date into the search box: 1980-03-12, 12 March 1980, 12/03/1980. */
export function calendarDateSpellings(iso: string): string[] {
  const date = calendarDate(iso);
  return date ? [iso, longDate.format(date), numericDate.format(date)] : [iso];
}

/** How a stored custom-field value reads on the patient page. */
export function formatCustomValue(field: CustomField, value: CustomValue): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field.type === 'date' && typeof value === 'string') return formatCalendarDate(value);
  return String(value);
}
