/**
 * The patient form's values (what the inputs hold, all text) and the
 * document they become: validated with the domain's `patientSchema` plus the
 * practice's custom fields (required, type, options), which the rules only
 * check as a map. Empty optional fields are left out rather than saved as "".
 */
import { LIMITS, patientSchema, type PatientInput } from '@atrium/domain';
import type { WithId } from '../../lib/live-query';
import type { CustomField } from './custom-fields';
import { calendarDate, type CustomValue, type Patient } from './patient';

export interface PatientFormValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  notes: string;
  /** By custom field id; booleans as "yes" / "no" / "" (not answered). */
  custom: Record<string, string>;
}

export type PatientFormField = Exclude<keyof PatientFormValues, 'custom'>;
/** Field name → message; custom fields use `custom.<fieldId>`. */
export type PatientFormErrors = Partial<Record<string, string>>;

export const EMPTY_PATIENT_FORM: PatientFormValues = { firstName: '', lastName: '', dateOfBirth: '', phone: '', email: '', notes: '', custom: {} };

export function formValuesOf(patient: Patient): PatientFormValues {
  const custom: Record<string, string> = {};
  for (const [id, value] of Object.entries(patient.custom ?? {})) {
    custom[id] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  }
  return {
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth ?? '',
    phone: patient.phone ?? '',
    email: patient.email ?? '',
    notes: patient.notes ?? '',
    custom,
  };
}

/** What each demographic field needs, in words (zod's defaults are for developers). */
const MESSAGES: Record<PatientFormField, string> = {
  firstName: `Enter the first name (up to ${LIMITS.personName.max} characters).`,
  lastName: `Enter the last name (up to ${LIMITS.personName.max} characters).`,
  dateOfBirth: 'Enter a real date of birth, or leave it empty.',
  phone: `Keep the phone number under ${LIMITS.phone.max} characters.`,
  email: 'Enter a valid email address, or leave it empty.',
  notes: `Keep the notes under ${LIMITS.notes.max.toLocaleString()} characters.`,
};

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/**
 * The document to save, or the errors to show. `kept` carries values of
 * custom fields the practice has since removed, so editing a patient does
 * not silently drop them.
 */
export function toPatientInput(
  values: PatientFormValues,
  fields: readonly WithId<CustomField>[],
  today: Date,
  kept: Record<string, CustomValue> = {},
): { ok: true; input: PatientInput } | { ok: false; errors: PatientFormErrors } {
  const errors: PatientFormErrors = {};
  const custom: Record<string, CustomValue> = { ...kept };
  for (const field of fields) {
    const result = customValueOf(field, values.custom[field.id] ?? '');
    if ('error' in result) errors[`custom.${field.id}`] = result.error;
    else if (result.value !== undefined) custom[field.id] = result.value;
  }

  const parsed = patientSchema.safeParse({
    firstName: values.firstName,
    lastName: values.lastName,
    dateOfBirth: optional(values.dateOfBirth),
    phone: optional(values.phone),
    email: optional(values.email),
    notes: optional(values.notes),
    custom: Object.keys(custom).length > 0 ? custom : undefined,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in MESSAGES) errors[field] ??= MESSAGES[field as PatientFormField];
    }
  }
  const born = values.dateOfBirth ? calendarDate(values.dateOfBirth) : null;
  if (born && born.getTime() > today.getTime()) errors.dateOfBirth ??= 'The date of birth can’t be in the future.';

  if (!parsed.success || Object.keys(errors).length > 0) {
    // Anything the schema refused that no message covers still blocks the save.
    if (Object.keys(errors).length === 0) errors.form = 'Some details weren’t accepted. Check the form and try again.';
    return { ok: false, errors };
  }
  return { ok: true, input: parsed.data };
}

function customValueOf(field: CustomField, raw: string): { value: CustomValue | undefined } | { error: string } {
  const text = raw.trim();
  if (text === '') return field.required ? { error: `${field.label} is required.` } : { value: undefined };
  switch (field.type) {
    case 'text':
      return text.length <= 500 ? { value: text } : { error: `Keep ${field.label} under 500 characters.` };
    case 'number': {
      const number = Number(text);
      return Number.isFinite(number) ? { value: number } : { error: `Enter a number for ${field.label}.` };
    }
    case 'boolean':
      return text === 'yes' || text === 'no' ? { value: text === 'yes' } : { error: `Choose yes or no for ${field.label}.` };
    case 'date':
      return calendarDate(text) ? { value: text } : { error: `Enter a real date for ${field.label}.` };
    case 'select':
      return (field.options ?? []).includes(text) ? { value: text } : { error: `Choose one of the options for ${field.label}.` };
  }
}
