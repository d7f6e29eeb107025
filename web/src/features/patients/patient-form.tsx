/**
 * The patient form, for a new patient and for editing one: demographics,
 * then the practice's own fields. It validates before anything is sent,
 * moves the cursor to the first problem, and leaves the write itself to the
 * caller (create or update).
 */
import type { PatientInput } from '@atrium/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/form-alert';
import { ReadOnlyNotice } from '../../components/notices';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/textarea-field';
import { TextField } from '../../components/text-field';
import type { WithId } from '../../lib/live-query';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { pausedReason, useWorkspaceContext } from '../workspace/workspace-context';
import type { CustomField } from './custom-fields';
import type { CustomValue } from './patient';
import { toPatientInput, type PatientFormErrors, type PatientFormField, type PatientFormValues } from './patient-form-values';

interface PatientFormProps {
  initial: PatientFormValues;
  fields: readonly WithId<CustomField>[];
  /** Values of custom fields the practice has removed since; kept as they are. */
  kept?: Record<string, CustomValue>;
  submitLabel: string;
  /** True when the billing state pauses this change: the form shows, disabled, with why. */
  paused: boolean;
  /** Id of the heading that names the form. */
  labelledBy: string;
  save(input: PatientInput): Promise<unknown>;
  onSaved(input: PatientInput): void;
  onCancel(): void;
}

export function PatientForm({ initial, fields, kept, submitLabel, paused, labelledBy, save, onSaved, onCancel }: PatientFormProps) {
  const { tenant } = useWorkspaceContext();
  const action = useWorkspaceAction();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PatientFormErrors>({});
  const form = useRef<HTMLFormElement>(null);

  // The form opens on request: put the cursor in its first field.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  // A field's message goes once it is changed; the next save checks again.
  const clearError = (key: string) =>
    setErrors((current) => {
      if (!(key in current) && !('form' in current)) return current;
      const { [key]: _fixed, form: _form, ...rest } = current;
      return rest;
    });
  const set = (field: PatientFormField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearError(field);
  };
  const setCustom = (id: string) => (value: string) => {
    setValues((v) => ({ ...v, custom: { ...v.custom, [id]: value } }));
    clearError(`custom.${id}`);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = toPatientInput(values, fields, new Date(), kept);
    if (!result.ok) {
      setErrors(result.errors);
      // After React has marked the fields invalid, take the cursor to the first one.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    const { input } = result;
    if (await action.run(() => save(input))) onSaved(input);
  }

  return (
    <form
      ref={form}
      className="form patient-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !action.pending) onCancel();
      }}
      noValidate
      aria-labelledby={labelledBy}
      aria-busy={action.pending}
      data-testid="patient-form"
    >
      {paused && <ReadOnlyNotice reason={pausedReason(tenant)} />}
      <fieldset className="form-fieldset" disabled={paused}>
        <div className="form-grid">
          <TextField label="First name" value={values.firstName} onChange={set('firstName')} error={errors.firstName} required autoComplete="off" maxLength={80} />
          <TextField label="Last name" value={values.lastName} onChange={set('lastName')} error={errors.lastName} required autoComplete="off" maxLength={80} />
          <TextField label="Date of birth" type="date" value={values.dateOfBirth} onChange={set('dateOfBirth')} error={errors.dateOfBirth} autoComplete="off" />
          <TextField label="Phone" type="tel" value={values.phone} onChange={set('phone')} error={errors.phone} autoComplete="off" maxLength={32} />
          <TextField label="Email" type="email" value={values.email} onChange={set('email')} error={errors.email} autoComplete="off" maxLength={254} />
        </div>
        <TextAreaField
          label="Notes"
          hint="Practical details, such as the best time to call. Clinical notes belong in treatment notes."
          value={values.notes}
          onChange={set('notes')}
          error={errors.notes}
          rows={3}
          maxLength={2000}
        />
        {fields.length > 0 && (
          <fieldset className="patient-custom-fields">
            <legend>More details</legend>
            <div className="form-grid">
              {fields.map((field) => (
                <CustomFieldInput key={field.id} field={field} value={values.custom[field.id] ?? ''} onChange={setCustom(field.id)} error={errors[`custom.${field.id}`]} />
              ))}
            </div>
          </fieldset>
        )}
      </fieldset>
      <FormAlert message={errors.form ?? action.error} />
      {/* Outside the fieldset: a form left open when changes pause can still be closed. */}
      <div className="button-row">
        <button type="submit" className="button button-primary" data-testid="patient-save" disabled={paused || action.pending}>
          {action.pending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={action.pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const YES_NO = [
  { value: '', label: 'Not answered' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function CustomFieldInput({ field, value, onChange, error }: { field: WithId<CustomField>; value: string; onChange: (value: string) => void; error: string | undefined }) {
  const common = { label: field.label, value, onChange, error, required: field.required, 'data-custom-field': field.id };
  switch (field.type) {
    case 'text':
      return <TextField {...common} autoComplete="off" maxLength={500} />;
    case 'number':
      return <TextField {...common} type="number" inputMode="decimal" step="any" />;
    case 'date':
      return <TextField {...common} type="date" />;
    case 'boolean':
      return <SelectField {...common} options={YES_NO} />;
    case 'select':
      return <SelectField {...common} options={[{ value: '', label: 'Choose…' }, ...(field.options ?? []).map((option) => ({ value: option, label: option }))]} />;
  }
}
