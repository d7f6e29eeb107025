/**
 * The patient form's text values → the document to save, or a sentence per
 * field. The domain schema decides what is valid; the practice's custom
 * fields are checked here by their type; today is a fixed date.
 */
import { LIMITS } from '@atrium/domain';
import { describe, expect, it } from 'vitest';
import type { WithId } from '../../lib/live-query';
import type { CustomField } from './custom-fields';
import { EMPTY_PATIENT_FORM, formValuesOf, toPatientInput, type PatientFormValues } from './patient-form-values';

const TODAY = new Date(2026, 2, 12, 10, 30);
const form = (values: Partial<PatientFormValues>): PatientFormValues => ({ ...EMPTY_PATIENT_FORM, firstName: 'Ana', lastName: 'Lee', ...values });
const field = (id: string, type: CustomField['type'], extra: Partial<CustomField> = {}): WithId<CustomField> => ({
  id,
  label: id[0]!.toUpperCase() + id.slice(1),
  type,
  required: false,
  ...extra,
});

function errorsOf(values: PatientFormValues, fields: WithId<CustomField>[] = [], kept = {}) {
  const result = toPatientInput(values, fields, TODAY, kept);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.input)}`);
  return result.errors;
}

function inputOf(values: PatientFormValues, fields: WithId<CustomField>[] = [], kept = {}) {
  const result = toPatientInput(values, fields, TODAY, kept);
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.errors)}`);
  return result.input;
}

describe('demographics', () => {
  it('saves trimmed names and leaves empty optional fields out', () => {
    const input = inputOf(form({ firstName: '  Ana ', lastName: ' Lee', phone: '   ', notes: '' }));
    expect(input.firstName).toBe('Ana');
    expect(input.lastName).toBe('Lee');
    for (const key of ['dateOfBirth', 'phone', 'email', 'notes', 'custom'] as const) expect(input[key], key).toBeUndefined();
  });

  it('saves the optional details when given, the email in lower case', () => {
    const input = inputOf(form({ dateOfBirth: '1980-03-12', phone: '+44 20 7946 0958', email: ' Ana.Lee@Example.COM ', notes: 'Prefers mornings' }));
    expect(input).toMatchObject({ dateOfBirth: '1980-03-12', phone: '+44 20 7946 0958', email: 'ana.lee@example.com', notes: 'Prefers mornings' });
  });

  it('asks for the names in words, not in zod’s', () => {
    const errors = errorsOf(form({ firstName: '  ', lastName: 'x'.repeat(LIMITS.personName.max + 1) }));
    expect(errors.firstName).toBe(`Enter the first name (up to ${LIMITS.personName.max} characters).`);
    expect(errors.lastName).toBe(`Enter the last name (up to ${LIMITS.personName.max} characters).`);
  });

  it('refuses an invalid email, a too-long phone and too-long notes', () => {
    const errors = errorsOf(form({ email: 'ana@', phone: '1'.repeat(LIMITS.phone.max + 1), notes: 'n'.repeat(LIMITS.notes.max + 1) }));
    expect(errors.email).toBe('Enter a valid email address, or leave it empty.');
    expect(errors.phone).toBe(`Keep the phone number under ${LIMITS.phone.max} characters.`);
    expect(errors.notes).toMatch(/^Keep the notes under .+ characters\.$/);
    expect(errors.form).toBeUndefined();
  });

  it.each(['2023-02-29', '1980-02-30', '12/03/1980', '1980-3-12'])('refuses the date of birth %s', (dateOfBirth) => {
    expect(errorsOf(form({ dateOfBirth })).dateOfBirth).toBe('Enter a real date of birth, or leave it empty.');
  });

  it('accepts a birth date of today (a newborn) but not tomorrow', () => {
    expect(inputOf(form({ dateOfBirth: '2026-03-12' })).dateOfBirth).toBe('2026-03-12');
    expect(errorsOf(form({ dateOfBirth: '2026-03-13' })).dateOfBirth).toBe('The date of birth can’t be in the future.');
  });
});

describe('custom fields', () => {
  const fields = [
    field('allergies', 'text'),
    field('visits', 'number'),
    field('insured', 'boolean'),
    field('referred', 'date'),
    field('source', 'select', { options: ['GP', 'Website', 'Friend'] }),
  ];

  it('stores each by its type', () => {
    const input = inputOf(form({ custom: { allergies: ' Penicillin ', visits: ' 12.5 ', insured: 'yes', referred: '2026-01-31', source: 'GP' } }), fields);
    expect(input.custom).toEqual({ allergies: 'Penicillin', visits: 12.5, insured: true, referred: '2026-01-31', source: 'GP' });
  });

  it('stores "no" as false, not as a missing answer', () => {
    expect(inputOf(form({ custom: { insured: 'no' } }), fields).custom).toEqual({ insured: false });
  });

  it('leaves unanswered optional fields out, and the whole map when nothing is answered', () => {
    expect(inputOf(form({ custom: { allergies: '  ', visits: '' } }), fields).custom).toBeUndefined();
  });

  it('explains each refused value with the field’s label', () => {
    const errors = errorsOf(
      form({ custom: { allergies: 'a'.repeat(501), visits: 'twelve', insured: 'maybe', referred: '2026-02-30', source: 'Radio' } }),
      fields,
    );
    expect(errors).toEqual({
      'custom.allergies': 'Keep Allergies under 500 characters.',
      'custom.visits': 'Enter a number for Visits.',
      'custom.insured': 'Choose yes or no for Insured.',
      'custom.referred': 'Enter a real date for Referred.',
      'custom.source': 'Choose one of the options for Source.',
    });
  });

  it('refuses a number that is not finite', () => {
    expect(errorsOf(form({ custom: { visits: 'Infinity' } }), fields)['custom.visits']).toBe('Enter a number for Visits.');
  });

  it('a select with no options accepts nothing', () => {
    expect(errorsOf(form({ custom: { kind: 'A' } }), [field('kind', 'select')])['custom.kind']).toBe('Choose one of the options for Kind.');
  });

  it('requires a required field, whatever its type', () => {
    for (const type of ['text', 'number', 'boolean', 'date', 'select'] as const) {
      const errors = errorsOf(form({}), [field('consent', type, { required: true, options: ['Yes'] })]);
      expect(errors['custom.consent'], type).toBe('Consent is required.');
    }
  });

  it('reports custom-field and demographic errors together', () => {
    const errors = errorsOf(form({ firstName: '', custom: { visits: 'x' } }), fields);
    expect(Object.keys(errors).sort()).toEqual(['custom.visits', 'firstName']);
  });

  it('keeps values of fields the practice has since removed', () => {
    const input = inputOf(form({ custom: { visits: '3' } }), fields, { oldField: 'kept', insured: true });
    expect(input.custom).toEqual({ oldField: 'kept', insured: true, visits: 3 });
  });

  it('a current field’s answer replaces a kept value with the same id', () => {
    expect(inputOf(form({ custom: { insured: 'no' } }), fields, { insured: true }).custom).toEqual({ insured: false });
  });

  it('still blocks the save, with a general sentence, when the schema refuses something no field message covers', () => {
    const errors = errorsOf(form({}), fields, { oldField: 'x'.repeat(501) });
    expect(errors).toEqual({ form: 'Some details weren’t accepted. Check the form and try again.' });
  });
});

describe('formValuesOf', () => {
  it('turns a stored patient into form text, booleans as yes/no', () => {
    expect(
      formValuesOf({ firstName: 'Ana', lastName: 'Lee', phone: '123', custom: { insured: true, smoker: false, visits: 3, source: 'GP' } }),
    ).toEqual({
      firstName: 'Ana',
      lastName: 'Lee',
      dateOfBirth: '',
      phone: '123',
      email: '',
      notes: '',
      custom: { insured: 'yes', smoker: 'no', visits: '3', source: 'GP' },
    });
  });

  it('round-trips through toPatientInput unchanged', () => {
    const fields = [field('insured', 'boolean'), field('visits', 'number'), field('referred', 'date')];
    const stored = {
      firstName: 'Ana',
      lastName: 'Lee',
      dateOfBirth: '1980-03-12',
      email: 'ana@example.com',
      custom: { insured: false, visits: 3, referred: '2026-01-31' },
    };
    expect(inputOf(formValuesOf(stored), fields)).toEqual({ ...stored, phone: undefined, notes: undefined });
  });
});
