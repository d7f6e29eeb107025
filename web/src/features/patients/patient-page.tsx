/**
 * /app/patients/:patientId: one patient. Demographics (edit for every role
 * that may update patients, practitioners included; delete for owner and
 * manager), their appointments, and their treatment notes for the roles
 * that may read clinical notes (owner, practitioner). Other roles never
 * subscribe to notes: the rules would refuse it.
 *
 * `?appointment=<id>` (the appointment book's "write a note" link) attaches
 * a new note to that appointment and scrolls to the notes; `#notes` only
 * scrolls there.
 */
import type { PatientInput } from '@atrium/domain';
import { deleteField } from 'firebase/firestore';
import { useCallback, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { EmptyState, NoAccess, ReadOnlyNotice } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { useLiveDoc, type LiveResult, type WithId } from '../../lib/live-query';
import { tenantDoc, updateTenantDoc } from '../../lib/tenant-data';
import type { NoteAttachment } from '../notes/note-composer';
import { PatientNotes } from '../notes/patient-notes';
import { useMemberNames } from '../notes/use-member-names';
import { pausedReason, useWorkspaceContext } from '../workspace/workspace-context';
import { useCustomFields, type CustomField } from './custom-fields';
import { DeletePatient } from './delete-patient';
import { calendarDate, formatCalendarDate, fullName, type CustomValue, type Patient } from './patient';
import { formatAppointmentTime, PatientAppointments, usePatientAppointments, useServiceNames, type Appointment } from './patient-appointments';
import { PatientDetails } from './patient-details';
import { PatientForm } from './patient-form';
import { formValuesOf } from './patient-form-values';
import './patients.css';

export default function PatientPage() {
  const { patientId = '' } = useParams();
  const { permission } = useWorkspaceContext();
  if (permission('patients', 'read') === 'denied') return <NoAccess what="Patients" />;
  // A fresh record (and its subscriptions) per patient.
  return <PatientRecord key={patientId} patientId={patientId} />;
}

function PatientRecord({ patientId }: { patientId: string }) {
  const { tenantId, tenant, permission } = useWorkspaceContext();
  const navigate = useNavigate();
  const patient = useLiveDoc<Patient>(`patient:${tenantId}:${patientId}`, () => tenantDoc(tenantId, 'patients', patientId));
  const fields = useCustomFields(tenantId);
  const [editing, setEditing] = useState(false);

  if (patient.status === 'loading') return <PageLoading label="Loading the patient…" inline />;
  if (patient.status === 'denied') return <NoAccess what="Patients" />;
  if (patient.status === 'error') return <FormAlert message={patient.message} />;
  if (!patient.data) return <PatientNotFound />;

  const record = patient.data;
  const name = fullName(record);
  const update = permission('patients', 'update');
  const remove = permission('patients', 'delete');
  const born = record.dateOfBirth && calendarDate(record.dateOfBirth) ? `Born ${formatCalendarDate(record.dateOfBirth)}` : undefined;

  return (
    <div className="patient-page" data-testid="patient-page">
      <p className="patient-back">
        <Link to="/app/patients">
          <span aria-hidden="true">← </span>All patients
        </Link>
      </p>
      <div className="page-header">
        <div>
          <h2 data-testid="patient-name">{name}</h2>
          {born && <p className="page-intro">{born}</p>}
        </div>
        <div className="page-actions">
          {update !== 'denied' && !editing && (
            <button type="button" className="button button-secondary" data-testid="patient-edit" disabled={update === 'paused'} onClick={() => setEditing(true)}>
              Edit details
            </button>
          )}
          {remove !== 'denied' && (
            <DeletePatient
              patientId={patientId}
              name={name}
              permission={remove}
              onDeleted={() => navigate('/app/patients', { replace: true, state: { deletedPatient: name } })}
            />
          )}
        </div>
      </div>
      {/* One notice for every change paused on this page, treatment notes included. */}
      {[update, remove, permission('treatmentNotes', 'create')].includes('paused') && <ReadOnlyNotice reason={pausedReason(tenant)} />}

      {editing ? (
        <EditPatient patientId={patientId} patient={record} fields={fields} onDone={() => setEditing(false)} />
      ) : (
        <PatientDetails patient={record} fields={fields.status === 'ready' ? fields.data : []} />
      )}
      <PatientActivity patientId={patientId} />
    </div>
  );
}

function PatientNotFound() {
  return (
    <div className="patient-page">
      <PageHeader title="Patient not found" />
      <EmptyState>
        This patient’s record doesn’t exist, or it was deleted. <Link to="/app/patients">Back to all patients</Link>
      </EmptyState>
    </div>
  );
}

function EditPatient({ patientId, patient, fields, onDone }: { patientId: string; patient: Patient; fields: LiveResult<WithId<CustomField>[]>; onDone: () => void }) {
  const { tenantId, permission } = useWorkspaceContext();
  if (fields.status === 'loading') return <PageLoading label="Loading the form…" inline />;
  if (fields.status === 'error') return <FormAlert message={fields.message} />;
  const defined = fields.status === 'ready' ? fields.data : [];
  // Values of fields the practice has since removed are kept as they are.
  const kept: Record<string, CustomValue> = Object.fromEntries(
    Object.entries(patient.custom ?? {}).filter(([id]) => !defined.some((field) => field.id === id)),
  );

  const save = (input: PatientInput) =>
    updateTenantDoc(tenantId, 'patients', patientId, {
      firstName: input.firstName,
      lastName: input.lastName,
      // A field emptied in the form is removed from the record, not saved as "".
      dateOfBirth: input.dateOfBirth ?? deleteField(),
      phone: input.phone ?? deleteField(),
      email: input.email ?? deleteField(),
      notes: input.notes ?? deleteField(),
      custom: input.custom ?? deleteField(),
    });

  return (
    <section className="card patient-panel" aria-labelledby="edit-patient-heading">
      <h3 id="edit-patient-heading">Edit details</h3>
      <PatientForm
        initial={formValuesOf(patient)}
        fields={defined}
        kept={kept}
        submitLabel="Save changes"
        paused={permission('patients', 'update') === 'paused'}
        labelledBy="edit-patient-heading"
        save={save}
        onSaved={onDone}
        onCancel={onDone}
      />
    </section>
  );
}

/** Appointments, and treatment notes for the roles that may read them. */
function PatientActivity({ patientId }: { patientId: string }) {
  const { tenantId, permission } = useWorkspaceContext();
  const [params] = useSearchParams();
  const location = useLocation();
  const members = useMemberNames(tenantId);
  const serviceName = useServiceNames(tenantId);
  const appointments = usePatientAppointments(tenantId, patientId);
  const notesReadable = permission('treatmentNotes', 'read') !== 'denied';
  const writesNotes = permission('treatmentNotes', 'create') !== 'denied';

  const appointmentLabel = useCallback(
    (appointmentId: string) => {
      const found = appointments.status === 'ready' ? appointments.data.find((a) => a.id === appointmentId) : undefined;
      return found ? describeAppointment(found, serviceName) : undefined;
    },
    [appointments, serviceName],
  );

  const requested = params.get('appointment');
  const attachment: NoteAttachment = !requested
    ? { status: 'none' }
    : appointments.status === 'loading'
      ? { status: 'loading' }
      : appointmentLabel(requested)
        ? { status: 'found', appointmentId: requested, label: appointmentLabel(requested)! }
        : { status: 'missing' };

  return (
    <>
      <PatientAppointments
        appointments={appointments}
        serviceName={serviceName}
        members={members}
        {...(writesNotes ? { noteLink: (a: WithId<Appointment>) => `?appointment=${encodeURIComponent(a.id)}` } : {})}
      />
      {notesReadable && (
        <PatientNotes
          patientId={patientId}
          attachment={attachment}
          members={members}
          appointmentLabel={appointmentLabel}
          arrival={requested ? `compose:${requested}` : location.hash === '#notes' ? 'scroll' : null}
        />
      )}
    </>
  );
}

function describeAppointment(appointment: Appointment, serviceName: (id: string) => string): string {
  return `${formatAppointmentTime(appointment)} (${serviceName(appointment.serviceId)})`;
}
