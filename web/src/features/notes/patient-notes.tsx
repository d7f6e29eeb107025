/**
 * The treatment notes section of a patient's page, newest first. Rendered
 * only for roles that may read clinical notes (owner, practitioner): for any
 * other role the page never subscribes, since the rules would refuse it.
 * Practitioners also get the composer; arriving from an appointment
 * (`?appointment=`) scrolls here and puts the cursor in it.
 */
import { limit, orderBy, query, where } from 'firebase/firestore';
import { useEffect, useRef, useState } from 'react';
import { FormAlert } from '../../components/form-alert';
import { EmptyState } from '../../components/notices';
import { PageLoading } from '../../components/page-loading';
import { useLiveQuery } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { NoteComposer, type NoteAttachment } from './note-composer';
import { NoteItem } from './note-item';
import type { TreatmentNote } from './treatment-note';
import { useKeptWhileLoading } from './use-kept-while-loading';
import type { MemberNames } from './use-member-names';
import './notes.css';

const PAGE_SIZE = 50;

interface PatientNotesProps {
  patientId: string;
  attachment: NoteAttachment;
  members: MemberNames;
  /** "12 Mar 2025, 14:00 (Facial)" for one of this patient's appointments, to say what a note was for. */
  appointmentLabel: (appointmentId: string) => string | undefined;
  /**
   * How the viewer arrived: `compose:<appointmentId>` (from an appointment: scroll here and put the
   * cursor in the composer), `scroll` (a link to #notes), or null.
   */
  arrival: string | null;
}

export function PatientNotes({ patientId, attachment, members, appointmentLabel, arrival }: PatientNotesProps) {
  const { tenantId, user, permission } = useWorkspaceContext();
  const [shown, setShown] = useState(PAGE_SIZE);
  const notes = useKeptWhileLoading(
    useLiveQuery<TreatmentNote>(`notes:${tenantId}:${patientId}:${shown}`, () =>
      query(tenantCollection(tenantId, 'treatmentNotes'), where('patientId', '==', patientId), orderBy('createdAt', 'desc'), limit(shown)),
    ),
  );
  const mayWrite = permission('treatmentNotes', 'create') !== 'denied';
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!arrival) return;
    section.current?.scrollIntoView({ block: 'start' });
    if (arrival.startsWith('compose:')) section.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus({ preventScroll: true });
  }, [arrival]);

  return (
    <section id="notes" ref={section} className="card patient-notes" data-testid="patient-notes" aria-labelledby="patient-notes-heading">
      <h3 id="patient-notes-heading">Treatment notes</h3>
      {mayWrite ? (
        <NoteComposer patientId={patientId} attachment={attachment} />
      ) : (
        <p className="section-intro">Practitioners write treatment notes; you can read them here.</p>
      )}
      {notes.status === 'loading' && <PageLoading label="Loading treatment notes…" inline />}
      {notes.status === 'denied' && <FormAlert message="Treatment notes can’t be opened with your role in this practice." />}
      {notes.status === 'error' && <FormAlert message={notes.message} />}
      {notes.status === 'ready' &&
        (notes.data.length === 0 ? (
          <EmptyState>No treatment notes for this patient yet.</EmptyState>
        ) : (
          <>
            <ol className="note-list" aria-label="Treatment notes, newest first">
              {notes.data.map((note) => {
                const label = note.appointmentId ? appointmentLabel(note.appointmentId) : undefined;
                return (
                  <NoteItem
                    key={note.id}
                    tenantId={tenantId}
                    note={note}
                    authorName={members.nameOf(note.authorId)}
                    viewerUid={user.uid}
                    updatePermission={permission('treatmentNotes', 'update')}
                    context={label ? <p className="note-context">For the appointment on {label}</p> : undefined}
                  />
                );
              })}
            </ol>
            {notes.data.length >= shown && (
              <button type="button" className="button button-secondary button-small" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                Show older notes
              </button>
            )}
          </>
        ))}
    </section>
  );
}
