/**
 * /app/notes: the practice's most recent treatment notes, for the roles that
 * may read clinical notes. The owner reads all of them; a practitioner sees
 * their own by default and can switch to the whole practice. Notes are
 * written from the patient's page. Every other role gets the no-access
 * notice and no Firestore subscription at all (the rules would refuse it).
 */
import { limit, orderBy, query, where } from 'firebase/firestore';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { EmptyState, NoAccess, ReadOnlyNotice } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { useLiveQuery } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';
import { pausedReason, useWorkspaceContext } from '../workspace/workspace-context';
import { NoteItem } from './note-item';
import { PatientLink } from './patient-link';
import type { TreatmentNote } from './treatment-note';
import { useKeptWhileLoading } from './use-kept-while-loading';
import { useMemberNames } from './use-member-names';
import './notes.css';

const PAGE_SIZE = 50;
type Scope = 'mine' | 'all';

export default function NotesPage() {
  const { permission } = useWorkspaceContext();
  if (permission('treatmentNotes', 'read') === 'denied') return <NoAccess what="Treatment notes" />;
  return <RecentNotes />;
}

function RecentNotes() {
  const { tenantId, tenant, user, permission } = useWorkspaceContext();
  const writesNotes = permission('treatmentNotes', 'create') !== 'denied';
  const [scope, setScope] = useState<Scope>(writesNotes ? 'mine' : 'all');
  const [shown, setShown] = useState(PAGE_SIZE);
  const members = useMemberNames(tenantId);
  const notes = useKeptWhileLoading(
    useLiveQuery<TreatmentNote>(`recent-notes:${tenantId}:${scope}:${user.uid}:${shown}`, () => {
      const notesRef = tenantCollection(tenantId, 'treatmentNotes');
      return scope === 'mine'
        ? query(notesRef, where('authorId', '==', user.uid), orderBy('createdAt', 'desc'), limit(shown))
        : query(notesRef, orderBy('createdAt', 'desc'), limit(shown));
    }),
  );

  const changeScope = (next: Scope) => {
    setScope(next);
    setShown(PAGE_SIZE);
  };

  return (
    <div className="notes-page" data-testid="notes-page">
      <PageHeader
        title="Treatment notes"
        intro={
          writesNotes ? (
            <>
              The most recent notes. To write one, open the patient from <Link to="/app/patients">Patients</Link> or from an appointment.
            </>
          ) : (
            'The most recent notes written by the practitioners.'
          )
        }
      />
      {permission('treatmentNotes', 'update') === 'paused' && <ReadOnlyNotice reason={pausedReason(tenant)} />}
      {writesNotes && (
        <fieldset className="notes-scope">
          <legend>Show</legend>
          <label>
            <input type="radio" name="notes-scope" value="mine" checked={scope === 'mine'} onChange={() => changeScope('mine')} data-testid="notes-scope-mine" />
            My notes
          </label>
          <label>
            <input type="radio" name="notes-scope" value="all" checked={scope === 'all'} onChange={() => changeScope('all')} data-testid="notes-scope-all" />
            All practice notes
          </label>
        </fieldset>
      )}
      {notes.status === 'loading' && <PageLoading label="Loading treatment notes…" inline />}
      {notes.status === 'denied' && <NoAccess what="Treatment notes" />}
      {notes.status === 'error' && <FormAlert message={notes.message} />}
      {notes.status === 'ready' &&
        (notes.data.length === 0 ? (
          <EmptyState>{scope === 'mine' ? 'You haven’t written any treatment notes yet.' : 'No treatment notes have been written yet.'}</EmptyState>
        ) : (
          <>
            <ol className="note-list" aria-label="Treatment notes, newest first">
              {notes.data.map((note) => (
                <NoteItem
                  key={note.id}
                  tenantId={tenantId}
                  note={note}
                  authorName={members.nameOf(note.authorId)}
                  viewerUid={user.uid}
                  updatePermission={permission('treatmentNotes', 'update')}
                  context={
                    <p className="note-context">
                      Patient: <PatientLink tenantId={tenantId} patientId={note.patientId} />
                    </p>
                  }
                />
              ))}
            </ol>
            {notes.data.length >= shown && (
              <button type="button" className="button button-secondary button-small" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                Show older notes
              </button>
            )}
          </>
        ))}
    </div>
  );
}
