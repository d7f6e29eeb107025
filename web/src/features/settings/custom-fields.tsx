/**
 * Custom patient fields (`tenants/{t}/customFields`): extra details a
 * practice records on every patient (skin type, referral source...). Owners
 * and admins add, edit and delete them; everyone else sees the list. A
 * field's type is fixed once created, since patients may already hold
 * values of that type under its id.
 */
import { CUSTOM_FIELD_TYPES, LIMITS, customFieldSchema, type CustomFieldInput, type CustomFieldType } from '@atrium/domain';
import { orderBy, query } from 'firebase/firestore';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { EmptyState } from '../../components/notices';
import { PageLoading } from '../../components/page-loading';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/textarea-field';
import { TextField } from '../../components/text-field';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { useLiveQuery, type WithId } from '../../lib/live-query';
import { createTenantDoc, deleteTenantDoc, tenantCollection, updateTenantDoc } from '../../lib/tenant-data';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import type { Permission } from '../workspace/workspace-context';
import { CheckboxField } from './checkbox-field';

type CustomField = WithId<CustomFieldInput>;
type Field = keyof CustomFieldInput;

const TYPE_LABELS: Record<CustomFieldType, string> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Yes / no',
  date: 'Date',
  select: 'Choice from a list',
};
const TYPE_OPTIONS = CUSTOM_FIELD_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] }));

/** The form's draft as the schema wants it: choices only for a list, one per line. */
function draftToInput(draft: {
  label: string;
  type: CustomFieldType;
  required: boolean;
  options: string;
}): { input: CustomFieldInput; errors?: never } | { input?: never; errors: FieldErrors<Field> } {
  const options = draft.options
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const parsed = customFieldSchema.safeParse({
    label: draft.label,
    type: draft.type,
    required: draft.required,
    ...(draft.type === 'select' ? { options } : {}),
  });
  if (!parsed.success) return { errors: fieldErrorsOf<Field>(parsed.error) };
  if (draft.type === 'select' && options.length === 0) return { errors: { options: 'Add at least one choice, one per line.' } };
  if (new Set(options).size !== options.length) return { errors: { options: 'Each choice can appear only once.' } };
  return { input: parsed.data };
}

interface CustomFieldsProps {
  tenantId: string;
  uid: string;
  /** Whether the plan includes custom fields (`features.customFields`). */
  included: boolean;
  /** The viewer's permission to create custom fields: `denied` only looks; `paused` shows the editor disabled. */
  mode: Permission;
  canSeeBilling: boolean;
}

export function CustomFields({ tenantId, uid, included, mode, canSeeBilling }: CustomFieldsProps) {
  const fields = useLiveQuery<CustomFieldInput>(`customFields:${tenantId}`, () =>
    query(tenantCollection(tenantId, 'customFields'), orderBy('createdAt', 'asc')),
  );
  const editable = included && mode !== 'denied';
  const atLimit = fields.status === 'ready' && fields.data.length >= LIMITS.customFields.max;
  return (
    <section className="card" aria-labelledby="custom-fields-heading">
      <h3 id="custom-fields-heading">Custom patient fields</h3>
      <p className="section-intro">Extra details recorded on every patient, in addition to name, date of birth and contact details.</p>
      {!included && (
        <p className="alert alert-info">
          Custom patient fields come with the Growth and Enterprise plans.{' '}
          {canSeeBilling && <Link to="/app/billing">See plans</Link>}
        </p>
      )}
      {fields.status === 'loading' && <PageLoading label="Loading fields…" inline />}
      {fields.status === 'error' && <FormAlert message={fields.message} />}
      {fields.status === 'denied' && <FormAlert message="The custom fields can’t be opened with your role." />}
      {fields.status === 'ready' && fields.data.length === 0 && <EmptyState>No custom fields yet.</EmptyState>}
      {fields.status === 'ready' && fields.data.length > 0 && (
        <ul className="custom-field-list">
          {fields.data.map((field) => (
            <CustomFieldRow key={field.id} tenantId={tenantId} field={field} editable={editable} disabled={mode !== 'allowed'} />
          ))}
        </ul>
      )}
      {editable && atLimit && (
        <p className="alert alert-info" role="status">
          This practice has {LIMITS.customFields.max} custom fields, the most a patient record can hold. Delete one to add another.
        </p>
      )}
      {editable && !atLimit && <NewCustomFieldForm tenantId={tenantId} uid={uid} disabled={mode !== 'allowed'} />}
    </section>
  );
}

function describeField(field: CustomFieldInput): string {
  const parts = [TYPE_LABELS[field.type], field.required ? 'required' : 'optional'];
  if (field.type === 'select' && field.options?.length) parts.push(`choices: ${field.options.join(', ')}`);
  return parts.join(' · ');
}

function CustomFieldRow({ tenantId, field, editable, disabled }: { tenantId: string; field: CustomField; editable: boolean; disabled: boolean }) {
  const action = useWorkspaceAction();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState({ label: field.label, required: field.required, options: (field.options ?? []).join('\n') });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = draftToInput({ ...draft, type: field.type });
    if (!result.input) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const { label, required, options } = result.input;
    if (await action.run(() => updateTenantDoc(tenantId, 'customFields', field.id, { label, required, options }))) setMode('view');
  }

  if (mode === 'edit') {
    return (
      <li className="custom-field-row" data-testid="custom-field-row">
        <form onSubmit={save} noValidate aria-label={`Edit ${field.label}`}>
          <fieldset className="form-fieldset custom-field-form" disabled={disabled || action.pending}>
            <FormAlert message={action.error} />
            <TextField label="Field name" value={draft.label} onChange={(label) => setDraft({ ...draft, label })} error={errors.label} required />
            <p className="field-hint">Type: {TYPE_LABELS[field.type]} (fixed once created)</p>
            {field.type === 'select' && (
              <TextAreaField
                label="Choices"
                hint="One per line."
                value={draft.options}
                onChange={(options) => setDraft({ ...draft, options })}
                error={errors.options}
              />
            )}
            <CheckboxField label="Required on every patient" checked={draft.required} onChange={(required) => setDraft({ ...draft, required })} />
            <div className="button-row">
              <button type="submit" className="button button-primary button-small">
                {action.pending ? 'Saving…' : 'Save field'}
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setMode('view')}>
                Cancel
              </button>
            </div>
          </fieldset>
        </form>
      </li>
    );
  }

  return (
    <li className="custom-field-row" data-testid="custom-field-row">
      <div className="custom-field-summary">
        <span className="custom-field-label">{field.label}</span>
        <span className="custom-field-meta">{describeField(field)}</span>
      </div>
      {editable &&
        (mode === 'confirm-delete' ? (
          <span className="confirm-inline" role="group" aria-label={`Confirm deleting ${field.label}`}>
            <span>Delete “{field.label}”? Values already recorded on patients will no longer be shown.</span>
            <button
              type="button"
              className="button button-danger button-small"
              disabled={disabled || action.pending}
              onClick={() => void action.run(() => deleteTenantDoc(tenantId, 'customFields', field.id))}
            >
              {action.pending ? 'Deleting…' : 'Delete'}
            </button>
            <button type="button" className="button button-secondary button-small" disabled={action.pending} onClick={() => setMode('view')}>
              Keep
            </button>
          </span>
        ) : (
          <span className="custom-field-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={disabled}
              aria-label={`Edit ${field.label}`}
              onClick={() => {
                setDraft({ label: field.label, required: field.required, options: (field.options ?? []).join('\n') });
                setMode('edit');
              }}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={disabled}
              aria-label={`Delete ${field.label}`}
              onClick={() => setMode('confirm-delete')}
            >
              Delete
            </button>
          </span>
        ))}
      <FormAlert message={action.error} />
    </li>
  );
}

const EMPTY_DRAFT = { label: '', type: 'text' as CustomFieldType, required: false, options: '' };

function NewCustomFieldForm({ tenantId, uid, disabled }: { tenantId: string; uid: string; disabled: boolean }) {
  const action = useWorkspaceAction();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = draftToInput(draft);
    if (!result.input) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const input = result.input;
    if (await action.run(() => createTenantDoc(tenantId, 'customFields', uid, input))) setDraft(EMPTY_DRAFT);
  }

  return (
    <form className="custom-field-new" onSubmit={create} noValidate aria-labelledby="new-field-heading">
      <h4 id="new-field-heading">Add a field</h4>
      <fieldset className="form-fieldset custom-field-form" disabled={disabled || action.pending}>
        <FormAlert message={action.error} />
        <div className="form-grid">
          <TextField label="Field name" value={draft.label} onChange={(label) => setDraft({ ...draft, label })} error={errors.label} required />
          <SelectField
            label="Type"
            value={draft.type}
            onChange={(type) => setDraft({ ...draft, type: type as CustomFieldType })}
            options={TYPE_OPTIONS}
            error={errors.type}
          />
        </div>
        {draft.type === 'select' && (
          <TextAreaField
            label="Choices"
            hint="One per line."
            value={draft.options}
            onChange={(options) => setDraft({ ...draft, options })}
            error={errors.options}
          />
        )}
        <CheckboxField label="Required on every patient" checked={draft.required} onChange={(required) => setDraft({ ...draft, required })} />
        <button type="submit" className="button button-primary" data-testid="custom-field-new">
          {action.pending ? 'Adding…' : 'Add field'}
        </button>
      </fieldset>
    </form>
  );
}
