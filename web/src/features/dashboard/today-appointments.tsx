/** The dashboard's list of today's appointments (the viewer's own for a practitioner), live. */
import { Link } from 'react-router-dom';
import { PageLoading } from '../../components/page-loading';
import type { LiveResult } from '../../lib/live-query';
import type { Directory } from '../appointments/appointment-records';
import { memberName, serviceName, type Appointment } from '../appointments/appointment-names';
import { formatTimeRange } from '../appointments/calendar-dates';
import { StatusPill } from '../appointments/status-pill';

interface TodayAppointmentsProps {
  today: LiveResult<Appointment[]>;
  own: boolean;
  directory: Omit<Directory, 'patients'>;
  patientNames: Map<string, string>;
}

export function TodayAppointments({ today, own, directory, patientNames }: TodayAppointmentsProps) {
  const heading = own ? 'Your appointments today' : 'Today’s appointments';
  return (
    <section className="card dashboard-today" data-testid="dashboard-today" aria-labelledby="dashboard-today-heading">
      <div className="dashboard-section-header">
        <h3 id="dashboard-today-heading">{heading}</h3>
        <Link to="/app/appointments">Open the calendar</Link>
      </div>
      {today.status === 'loading' ? (
        <PageLoading label="Loading today’s appointments…" inline />
      ) : today.status === 'error' ? (
        <p className="alert alert-error" role="alert">
          {today.message}
        </p>
      ) : today.status === 'denied' ? (
        <p className="empty-state">Appointments aren’t available for your role.</p>
      ) : today.data.length === 0 ? (
        <p className="empty-state">{own ? 'Nothing booked for you today.' : 'Nothing booked today.'}</p>
      ) : (
        <ol className="today-list">
          {today.data.map((appointment) => (
            <li key={appointment.id} className="today-item" data-testid="dashboard-appointment" data-appointment-id={appointment.id}>
              <time className="today-time" dateTime={appointment.startsAt.toDate().toISOString()}>
                {formatTimeRange(appointment.startsAt.toDate(), appointment.endsAt.toDate())}
              </time>
              <span className="today-who">
                <Link to={`/app/patients/${appointment.patientId}`}>{patientNames.get(appointment.patientId) ?? 'Loading name…'}</Link>
                <span className="today-detail">
                  {serviceName(directory.services, appointment.serviceId)}
                  {!own && <> · {memberName(directory.members, appointment.practitionerId)}</>}
                </span>
              </span>
              <StatusPill status={appointment.status} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
