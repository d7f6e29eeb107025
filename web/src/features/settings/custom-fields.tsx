/**
 * Custom patient fields (`tenants/{t}/customFields`): extra details a
 * practice records on every patient (skin type, referral source...). Owners
 * and admins add, edit and delete them; everyone else sees the list. A
 * field's type is fixed once created, since patients may already hold
 * values of that type under its id.
 *
 * Keyboard focus never falls to the page: an edit that closes goes back to
 * the row's Edit button, a deleted field hands it to the next field (or the
 * section heading), and fields are disabled while a save runs but buttons
 * are not (a second click is ignored).
 */
import { CUSTOM_FIELD_TYPES, LIMITS, customFieldSchema, type CustomFieldInput, type CustomFieldType } from '@atrium/domain';
import { orderBy, query } from 'firebase/firestore';
import { useRef, useState, type FormEvent } from 'react';
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
import { currentFocus, useReturnFocus } from '../../lib/use-return-focus';
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
  const [notice, setNotice] = useState<string | null>(null);
  const focus = useReturnFocus();
  const listRef = useRef<HTMLUListElement>(null);

  const deleted = (field: CustomField) => {
    setNotice(`“${field.label}” deleted.`);
    // Its row is gone: on to the next field (or the one before the last), else the heading.
    const list = fields.status === 'ready' ? fields.data : [];
    const rest = list.filter((f) => f.id !== field.id);
    const next = rest[Math.min(Math.max(0, list.findIndex((f) => f.id === field.id)), rest.length - 1)];
    focus.restore(() =>
      next ? listRef.current?.querySelector<HTMLElement>(`li[data-field-id="${CSS.escape(next.id)}"] button:enabled`) : null,
    );
  };

  return (
    <section className="card" aria-labelledby="custom-fields-heading">
      <h3 id="custom-fields-heading" ref={focus.fallback} tabIndex={-1}>
        Custom patient fields
      </h3>
      <p className="section-intro">Extra details recorded on every patient, in addition to name, date of birth and contact details.</p>
      <FormAlert message={notice} tone="info" />
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
        <ul className="custom-field-list" ref={listRef}>
          {fields.data.map((field) => (
            <CustomFieldRow
              key={field.id}
              tenantId={tenantId}
              field={field}
              editable={editable}
              disabled={mode !== 'allowed'}
              onDeleted={() => deleted(field)}
            />
          ))}
        </ul>
      )}
      {editable && atLimit && (
        <p className="alert alert-info" role="status">
          This practice has {LIMITS.customFields.max} custom fields, the most a patient record can hold. Delete one to add another.
        </p>
      )}
      {editable && !atLimit && (
        <NewCustomFieldForm
          tenantId={tenantId}
          uid={uid}
          disabled={mode !== 'allowed'}
          onAdded={(label) => setNotice(`“${label}” added.`)}
        />
      )}
    </section>
  );
}

function describeField(field: CustomFieldInput): string {
  const parts = [TYPE_LABELS[field.type], field.required ? 'required' : 'optional'];
  if (field.type === 'select' && field.options?.length) parts.push(`choices: ${field.options.join(', ')}`);
  return parts.join(' · ');
}

interface CustomFieldRowProps {
  tenantId: string;
  field: CustomField;
  editable: boolean;
  disabled: boolean;
  /** The field is deleted and its row is going away: the list moves focus and says so. */
  onDeleted(): void;
}

function CustomFieldRow({ tenantId, field, editable, disabled, onDeleted }: CustomFieldRowProps) {
  const action = useWorkspaceAction();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState({ label: field.label, required: field.required, options: (field.options ?? []).join('\n') });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  // The opener is the Edit button; "Keep" goes back to Delete.
  const focus = useReturnFocus();
  const deleteButton = useRef<HTMLButtonElement>(null);

  const closeEditor = () => {
    setMode('view');
    focus.restore();
  };

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = draftToInput({ ...draft, type: field.type });
    if (!result.input) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const { label, required, options } = result.input;
    const from = currentFocus();
    if (await action.run(() => updateTenantDoc(tenantId, 'customFields', field.id, { label, required, options }))) closeEditor();
    else focus.restoreIfLost(from);
  }

  async function remove() {
    if (await action.run(() => deleteTenantDoc(tenantId, 'customFields', field.id))) onDeleted();
  }

  if (mode === 'edit') {
    return (
      <li className="custom-field-row" data-testid="custom-field-row" data-field-id={field.id}>
        <form onSubmit={save} noValidate aria-label={`Edit ${field.label}`} aria-busy={action.pending}>
          <fieldset className="form-fieldset custom-field-form" disabled={disabled}>
            <FormAlert message={action.error} />
            <fieldset className="form-fieldset custom-field-form" disabled={action.pending}>
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
            </fieldset>
            <div className="button-row">
              <button type="submit" className="button button-primary button-small">
                {action.pending ? 'Saving…' : 'Save field'}
              </button>
              <button type="button" className="button button-secondary button-small" onClick={closeEditor}>
                Cancel
              </button>
            </div>
          </fieldset>
        </form>
      </li>
    );
  }

  return (
    <li className="custom-field-row" data-testid="custom-field-row" data-field-id={field.id}>
      <div className="custom-field-summary">
        <span className="custom-field-label">{field.label}</span>
        <span className="custom-field-meta">{describeField(field)}</span>
      </div>
      {editable &&
        (mode === 'confirm-delete' ? (
          <span className="confirm-inline" role="group" aria-label={`Confirm deleting ${field.label}`}>
            <span>Delete “{field.label}”? Values already recorded on patients will no longer be shown.</span>
            {/* Enabled while deleting (a second click is ignored): disabling the focused button would drop focus. */}
            <button type="button" className="button button-danger button-small" disabled={disabled} onClick={() => void remove()}>
              {action.pending ? 'Deleting…' : 'Delete'}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={action.pending}
              onClick={() => {
                setMode('view');
                focus.restore(deleteButton);
              }}
            >
              Keep
            </button>
          </span>
        ) : (
          <span className="custom-field-actions">
            <button
              ref={focus.opener}
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
              ref={deleteButton}
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

interface NewCustomFieldFormProps {
  tenantId: string;
  uid: string;
  disabled: boolean;
  onAdded(label: string): void;
}

function NewCustomFieldForm({ tenantId, uid, disabled, onAdded }: NewCustomFieldFormProps) {
  const action = useWorkspaceAction();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const focus = useReturnFocus();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = draftToInput(draft);
    if (!result.input) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const input = result.input;
    const from = currentFocus();
    if (await action.run(() => createTenantDoc(tenantId, 'customFields', uid, input))) {
      setDraft(EMPTY_DRAFT);
      onAdded(input.label);
    }
    // Pressing Enter in a field that was disabled while saving: back to it.
    focus.restoreIfLost(from);
  }

  return (
    <form className="custom-field-new" onSubmit={create} noValidate aria-labelledby="new-field-heading" aria-busy={action.pending}>
      <h4 id="new-field-heading">Add a field</h4>
      <fieldset className="form-fieldset custom-field-form" disabled={disabled}>
        <FormAlert message={action.error} />
        <fieldset className="form-fieldset custom-field-form" disabled={action.pending}>
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
        </fieldset>
        <button type="submit" className="button button-primary" data-testid="custom-field-new">
          {action.pending ? 'Adding…' : 'Add field'}
        </button>
      </fieldset>
    </form>
  );
}
