/**
 * /app/patients: the practice's patients, live, with an instant search over
 * name, phone, email and date of birth, and (for roles that may add
 * patients) a "New patient" form that includes the practice's own fields.
 *
 * One live query loads the list. A clinic keeps hundreds, not hundreds of
 * thousands, of patients, so the first PATIENT_LIST_LIMIT by last name are
 * loaded and searched in the browser, which keeps search instant; the page
 * says so if a practice ever reaches the limit.
 */
import type { PatientInput } from '@atrium/domain';
import { limit, orderBy, query } from 'firebase/firestore';
import { useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { EmptyState, NoAccess, ReadOnlyNotice } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { TextField } from '../../components/text-field';
import { useLiveQuery, type WithId } from '../../lib/live-query';
import { createTenantDoc, tenantCollection } from '../../lib/tenant-data';
import { pausedReason, useWorkspaceContext } from '../workspace/workspace-context';
import { useCustomFields } from './custom-fields';
import { formatCalendarDate, fullName, listName, type Patient } from './patient';
import { PatientForm } from './patient-form';
import { EMPTY_PATIENT_FORM } from './patient-form-values';
import { byName, matchesSearch } from './patient-search';
import './patients.css';

export const PATIENT_LIST_LIMIT = 500;

export default function PatientsPage() {
  const { permission } = useWorkspaceContext();
  if (permission('patients', 'read') === 'denied') return <NoAccess what="Patients" />;
  return <PatientList />;
}

function PatientList() {
  const { tenantId, tenant, permission } = useWorkspaceContext();
  const create = permission('patients', 'create');
  const location = useLocation();
  const navigate = useNavigate();
  const patients = useLiveQuery<Patient>(`patients:${tenantId}`, () =>
    query(tenantCollection(tenantId, 'patients'), orderBy('lastName'), limit(PATIENT_LIST_LIMIT)),
  );
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const deleted = (location.state as { deletedPatient?: string } | null)?.deletedPatient;

  const sorted = useMemo(() => (patients.status === 'ready' ? [...patients.data].sort(byName) : []), [patients]);
  const shown = useMemo(() => sorted.filter((p) => matchesSearch(p, search)), [sorted, search]);

  const closeForm = () => {
    setCreating(false);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  return (
    <div className="patients-page" data-testid="patients-page">
      <PageHeader
        title="Patients"
        intro="Everyone the practice looks after. Open a patient to see their details and appointments."
        actions={
          create !== 'denied' && (
            <button
              ref={newButton}
              type="button"
              className="button button-primary"
              data-testid="patient-new"
              disabled={create === 'paused' || creating}
              onClick={() => {
                setAdded(null);
                setCreating(true);
              }}
            >
              New patient
            </button>
          )
        }
      />
      {create === 'paused' && <ReadOnlyNotice reason={pausedReason(tenant)} />}
      {deleted && (
        <p className="alert alert-info" role="status">
          {deleted}’s record was deleted.{' '}
          <button type="button" className="link-button" onClick={() => navigate('.', { replace: true, state: null })}>
            Dismiss
          </button>
        </p>
      )}
      {creating && (
        <NewPatientPanel
          onCancel={closeForm}
          onAdded={(id, name) => {
            setAdded({ id, name });
            closeForm();
          }}
        />
      )}
      {added && (
        <p className="alert alert-info" role="status" data-testid="patient-added">
          {added.name} was added. <Link to={`/app/patients/${added.id}`}>Open their record</Link>
        </p>
      )}

      <div className="toolbar patients-toolbar">
        <TextField
          label="Search patients"
          type="search"
          hint="Name, phone, email or date of birth"
          value={search}
          onChange={setSearch}
          autoComplete="off"
          data-testid="patient-search"
        />
      </div>

      {patients.status === 'loading' && <PageLoading label="Loading patients…" inline />}
      {patients.status === 'denied' && <NoAccess what="Patients" />}
      {patients.status === 'error' && <FormAlert message={patients.message} />}
      {patients.status === 'ready' && (
        <>
          <p className="patients-count" role="status" aria-live="polite">
            {countLabel(shown.length, sorted.length, search)}
          </p>
          {sorted.length === 0 ? (
            <EmptyState>{create === 'denied' ? 'No patients yet.' : 'No patients yet. Add the first one with “New patient”.'}</EmptyState>
          ) : shown.length === 0 ? (
            <EmptyState>No patients match “{search.trim()}”. Check the spelling, or search by phone or date of birth.</EmptyState>
          ) : (
            <PatientTable patients={shown} />
          )}
          {sorted.length >= PATIENT_LIST_LIMIT && (
            <p className="field-hint">
              Showing the first {PATIENT_LIST_LIMIT} patients by last name; search looks through these.
            </p>
          )}
        </>
      )}
    </div>
  );
}

function countLabel(shown: number, total: number, search: string): string {
  const patients = (n: number) => `${n} ${n === 1 ? 'patient' : 'patients'}`;
  return search.trim() ? `${shown} of ${patients(total)} match` : patients(total);
}

function PatientTable({ patients }: { patients: WithId<Patient>[] }) {
  return (
    <table className="data-table patients-table" aria-label="Patients">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Date of birth</th>
          <th scope="col">Phone</th>
          <th scope="col">Email</th>
        </tr>
      </thead>
      <tbody>
        {patients.map((patient) => (
          <tr key={patient.id} data-testid="patient-row">
            <th scope="row">
              <Link to={`/app/patients/${patient.id}`}>{listName(patient)}</Link>
            </th>
            <td>{patient.dateOfBirth ? formatCalendarDate(patient.dateOfBirth) : '—'}</td>
            <td>{patient.phone || '—'}</td>
            <td className="patients-email">{patient.email || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NewPatientPanel({ onCancel, onAdded }: { onCancel: () => void; onAdded: (id: string, name: string) => void }) {
  const { tenantId, user, permission } = useWorkspaceContext();
  const fields = useCustomFields(tenantId);
  const newId = useRef<string | null>(null);

  const save = async (input: PatientInput) => {
    newId.current = await createTenantDoc(tenantId, 'patients', user.uid, input);
  };

  return (
    <section className="card patient-panel" aria-labelledby="new-patient-heading">
      <h3 id="new-patient-heading">New patient</h3>
      {fields.status === 'loading' && <PageLoading label="Loading the form…" inline />}
      {fields.status === 'error' && <FormAlert message={fields.message} />}
      {(fields.status === 'ready' || fields.status === 'denied') && (
        <PatientForm
          initial={EMPTY_PATIENT_FORM}
          fields={fields.status === 'ready' ? fields.data : []}
          submitLabel="Add patient"
          paused={permission('patients', 'create') === 'paused'}
          labelledBy="new-patient-heading"
          save={save}
          onSaved={(input) => onAdded(newId.current ?? '', fullName(input))}
          onCancel={onCancel}
        />
      )}
    </section>
  );
}
