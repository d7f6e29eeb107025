/**
 * A patient's appointments, newest first, read-only here: booking and
 * changing them happens in the appointment book. Practitioners get a link
 * per appointment to write the treatment note for it.
 */
import type { AppointmentStatus } from '@atrium/domain';
import { limit, orderBy, query, where, type Timestamp } from 'firebase/firestore';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { EmptyState } from '../../components/notices';
import { PageLoading } from '../../components/page-loading';
import { useLiveQuery, type LiveResult, type WithId } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';
import type { MemberNames } from '../notes/use-member-names';

export interface Appointment {
  patientId: string;
  practitionerId: string;
  serviceId: string;
  startsAt: Timestamp;
  endsAt: Timestamp;
  status: AppointmentStatus;
}

const STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  arrived: 'Arrived',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

/** The latest appointments a patient page lists; older ones stay in the appointment book. */
const APPOINTMENT_LIMIT = 100;

export function usePatientAppointments(tenantId: string, patientId: string): LiveResult<WithId<Appointment>[]> {
  return useLiveQuery<Appointment>(`patient-appointments:${tenantId}:${patientId}`, () =>
    query(tenantCollection(tenantId, 'appointments'), where('patientId', '==', patientId), orderBy('startsAt', 'desc'), limit(APPOINTMENT_LIMIT)),
  );
}

/** Service names by id (every role reads services). */
export function useServiceNames(tenantId: string): (serviceId: string) => string {
  const services = useLiveQuery<{ name: string }>(`services:${tenantId}`, () => tenantCollection(tenantId, 'services'));
  const data = services.status === 'ready' ? services.data : null;
  return useMemo(() => {
    const names = new Map((data ?? []).map((s) => [s.id, s.name]));
    return (serviceId: string) => names.get(serviceId) ?? (data ? 'A removed service' : '…');
  }, [data]);
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatAppointmentTime(appointment: Pick<Appointment, 'startsAt'>): string {
  return when.format(appointment.startsAt.toDate());
}

interface PatientAppointmentsProps {
  appointments: LiveResult<WithId<Appointment>[]>;
  serviceName: (serviceId: string) => string;
  members: MemberNames;
  /** Practitioners: where the "Write a note" link for an appointment goes; absent for other roles. */
  noteLink?: (appointment: WithId<Appointment>) => string;
}

export function PatientAppointments({ appointments, serviceName, members, noteLink }: PatientAppointmentsProps) {
  return (
    <section className="card" aria-labelledby="patient-appointments-heading" data-testid="patient-appointments">
      <div className="section-heading">
        <h3 id="patient-appointments-heading">Appointments</h3>
        <Link to="/app/appointments">Open the appointment book</Link>
      </div>
      {appointments.status === 'loading' && <PageLoading label="Loading appointments…" inline />}
      {appointments.status === 'denied' && <FormAlert message="Appointments can’t be opened with your role in this practice." />}
      {appointments.status === 'error' && <FormAlert message={appointments.message} />}
      {appointments.status === 'ready' &&
        (appointments.data.length === 0 ? (
          <EmptyState>No appointments for this patient yet.</EmptyState>
        ) : (
          <table className="data-table" aria-labelledby="patient-appointments-heading">
            <thead>
              <tr>
                <th scope="col">Date and time</th>
                <th scope="col">Service</th>
                <th scope="col">Practitioner</th>
                <th scope="col">Status</th>
                {noteLink && (
                  <th scope="col">
                    <span className="visually-hidden">Treatment note</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {appointments.data.map((appointment) => (
                <tr key={appointment.id} data-testid="patient-appointment">
                  <td>
                    <time dateTime={appointment.startsAt.toDate().toISOString()}>{formatAppointmentTime(appointment)}</time>
                  </td>
                  <td>{serviceName(appointment.serviceId)}</td>
                  <td>{members.nameOf(appointment.practitionerId)}</td>
                  <td>
                    <span className={`pill appointment-status appointment-status-${appointment.status}`}>{STATUS_LABELS[appointment.status] ?? appointment.status}</span>
                  </td>
                  {noteLink && (
                    <td>
                      <Link to={noteLink(appointment)} aria-label={`Write a note for the appointment on ${formatAppointmentTime(appointment)}`}>
                        Write a note
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
