/**
 * Where a practitioner writes a treatment note for a patient, optionally for
 * one of the patient's appointments (the link from the appointment book
 * carries `?appointment=`). The note is saved as theirs (`authorId`); the
 * rules accept it only from a practitioner while the practice is writable;
 * while changes are paused it shows disabled (the patient page says why).
 */
import { treatmentNoteSchema } from '@atrium/domain';
import { useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/form-alert';
import { TextAreaField } from '../../components/textarea-field';
import { createTreatmentNote } from '../../lib/tenant-data';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { bodyError } from './note-body';

/** Which appointment, if any, a new note is for. */
export type NoteAttachment =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'found'; appointmentId: string; label: string }
  | { status: 'missing' };

function attachmentHint(attachment: NoteAttachment): string | undefined {
  switch (attachment.status) {
    case 'found':
      return `This note will be attached to the appointment on ${attachment.label}.`;
    case 'missing':
      return 'The appointment in the link wasn’t found for this patient, so this note won’t be attached to an appointment.';
    case 'loading':
      return 'Looking up the appointment this note is for…';
    case 'none':
      return undefined;
  }
}

export function NoteComposer({ patientId, attachment }: { patientId: string; attachment: NoteAttachment }) {
  const { tenantId, user, permission } = useWorkspaceContext();
  const paused = permission('treatmentNotes', 'create') === 'paused';
  const action = useWorkspaceAction();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const area = useRef<HTMLDivElement>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const appointmentId = attachment.status === 'found' ? attachment.appointmentId : undefined;
    const parsed = treatmentNoteSchema.safeParse({ patientId, body, appointmentId });
    if (!parsed.success) {
      setError(bodyError(body));
      area.current?.querySelector('textarea')?.focus();
      return;
    }
    setError(undefined);
    const ok = await action.run(() => createTreatmentNote(tenantId, user.uid, parsed.data));
    if (ok) {
      setBody('');
      setSaved(attachment.status === 'found' ? `Note saved for the appointment on ${attachment.label}.` : 'Note saved.');
    }
  }

  return (
    <form className="note-composer" onSubmit={save} noValidate aria-busy={action.pending} data-testid="note-composer">
      <fieldset className="form-fieldset" disabled={paused}>
        <div ref={area}>
          <TextAreaField
            label="Treatment note"
            value={body}
            onChange={(value) => {
              setBody(value);
              setSaved(null);
            }}
            hint={attachmentHint(attachment)}
            error={error}
            rows={5}
            data-testid="note-body"
          />
        </div>
        <FormAlert message={action.error} />
        <FormAlert message={saved} tone="info" />
        <div className="button-row">
          <button type="submit" className="button button-primary" data-testid="note-save" disabled={action.pending || attachment.status === 'loading'}>
            {action.pending ? 'Saving…' : 'Save note'}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
