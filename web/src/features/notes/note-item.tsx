/**
 * One treatment note: who wrote it and when, the text, and, for its author
 * while the 24-hour window is open, a way to correct it. After the window
 * the note is locked for everyone; nobody can delete a note.
 */
import { treatmentNoteSchema } from '@atrium/domain';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormAlert } from '../../components/form-alert';
import { ReadOnlyNotice } from '../../components/notices';
import { TextAreaField } from '../../components/textarea-field';
import type { WithId } from '../../lib/live-query';
import { updateTenantDoc } from '../../lib/tenant-data';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { pausedReason, useWorkspaceContext, type Permission } from '../workspace/workspace-context';
import { bodyError } from './note-body';
import { formatLockTime, formatNoteTime } from './note-time';
import { editableUntil, isLocked, wasEdited, writtenAt, type TreatmentNote } from './treatment-note';

interface NoteItemProps {
  tenantId: string;
  note: WithId<TreatmentNote>;
  authorName: string;
  viewerUid: string;
  /** The viewer's role's say on correcting notes (only practitioners may, and only their own). */
  updatePermission: Permission;
  /** Extra lines under the author: the patient (on the notes page), the appointment it is for. */
  context?: ReactNode;
}

export function NoteItem({ tenantId, note, authorName, viewerUid, updatePermission, context }: NoteItemProps) {
  const firstSeen = useRef(new Date());
  const until = editableUntil(note, firstSeen.current);
  const now = useNowUntil(until.getTime());
  const locked = isLocked(note, now);
  const mayCorrect = note.authorId === viewerUid && updatePermission !== 'denied' && !locked;
  const written = writtenAt(note, now);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const closeEditor = () => {
    setEditing(false);
    // Back to where the author started, once the button is on screen again.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li className="note-item" data-testid="note-item" data-note-id={note.id}>
      <div className="note-meta">
        <span className="note-author">{authorName}</span>
        <time dateTime={written.toISOString()}>{note.createdAt ? formatNoteTime(written) : 'Just now'}</time>
        {wasEdited(note) && <span className="note-edited">(corrected)</span>}
        {locked && (
          <span className="pill note-locked" data-testid="note-locked" title="Notes lock 24 hours after they are written.">
            Locked
          </span>
        )}
      </div>
      {context}
      {editing && mayCorrect ? (
        <NoteEditor tenantId={tenantId} note={note} until={until} onDone={closeEditor} />
      ) : (
        <>
          <p className="note-body">{note.body}</p>
          {mayCorrect && (
            <div className="note-actions">
              <span className="note-window">Editable until {formatLockTime(until, now)}</span>
              <button
                ref={editButton}
                type="button"
                className="button button-secondary button-small"
                data-testid="note-edit"
                disabled={updatePermission === 'paused'}
                onClick={() => setEditing(true)}
              >
                Edit note
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

function NoteEditor({ tenantId, note, until, onDone }: { tenantId: string; note: WithId<TreatmentNote>; until: Date; onDone: () => void }) {
  const [body, setBody] = useState(note.body);
  const [error, setError] = useState<string | undefined>();
  const [lockedMessage, setLockedMessage] = useState<string | null>(null);
  const action = useWorkspaceAction();
  // The practice can turn read-only while the editor is open (trial ends, payment fails).
  const { tenant, writable } = useWorkspaceContext();
  const area = useRef<HTMLDivElement>(null);

  useEffect(() => {
    area.current?.querySelector('textarea')?.focus();
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = treatmentNoteSchema.shape.body.safeParse(body);
    if (!parsed.success) {
      setError(bodyError(body));
      area.current?.querySelector('textarea')?.focus();
      return;
    }
    setError(undefined);
    setLockedMessage(null);
    const saved = await action.run(() => updateTenantDoc(tenantId, 'treatmentNotes', note.id, { body: parsed.data }));
    if (saved) onDone();
    else if (Date.now() >= until.getTime()) {
      setLockedMessage('This note locked 24 hours after it was written, so it can no longer be changed.');
    }
  }

  return (
    <form className="note-editor" onSubmit={save} noValidate aria-busy={action.pending}>
      <div ref={area}>
        <TextAreaField label="Correct the treatment note" value={body} onChange={setBody} error={error} rows={6} data-testid="note-edit-body" />
      </div>
      <FormAlert message={lockedMessage ?? action.error} />
      {!writable && <ReadOnlyNotice reason={pausedReason(tenant)} />}
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" data-testid="note-edit-save" disabled={action.pending || !writable}>
          {action.pending ? 'Saving…' : 'Save correction'}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDone} disabled={action.pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The current time, refreshed once when `deadline` passes, so a note locks on screen when it locks on the server. */
function useNowUntil(deadline: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const wait = deadline - Date.now();
    if (wait <= 0) return;
    // setTimeout's longest delay is about 24.8 days; the window is 24 hours.
    const timer = setTimeout(() => setNow(new Date()), Math.min(wait + 250, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [deadline, now]);
  return now;
}
