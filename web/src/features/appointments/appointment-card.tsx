/**
 * One appointment on the calendar: time, patient, service, status, and the
 * actions the viewer may take on it (see appointment-permissions.ts).
 * Cancelling and deleting ask for a second click in place, so a slip of the
 * mouse never frees a booked slot.
 */
import type { AppointmentStatus } from '@atrium/domain';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { deleteTenantDoc, updateTenantDoc } from '../../lib/tenant-data';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { appointmentAbilities, STATUS_MOVE_LABELS } from './appointment-permissions';
import type { Directory } from './appointment-records';
import { memberName, patientName, serviceName, type Appointment } from './appointment-names';
import { formatTime, formatTimeRange } from './calendar-dates';
import { StatusPill } from './status-pill';

interface AppointmentCardProps {
  appointment: Appointment;
  directory: Directory;
  /** Name the practitioner (views that mix practitioners). */
  showPractitioner?: boolean;
  onReschedule(appointment: Appointment): void;
}

const STATUS_TEST_IDS: Partial<Record<AppointmentStatus, string>> = {
  arrived: 'appointment-arrived',
  completed: 'appointment-completed',
  no_show: 'appointment-no-show',
};

export function AppointmentCard({ appointment, directory, showPractitioner = false, onReschedule }: AppointmentCardProps) {
  const ctx = useWorkspaceContext();
  const action = useWorkspaceAction();
  const [confirming, setConfirming] = useState<'cancel' | 'delete' | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const abilities = appointmentAbilities(ctx, appointment);
  const startsAt = appointment.startsAt.toDate();
  const endsAt = appointment.endsAt.toDate();
  const patient = patientName(directory.patients.get(appointment.patientId));
  const paused = !ctx.writable;
  const busy = paused || action.pending;
  const hasActions =
    abilities.statusMoves.length > 0 || abilities.reschedule || abilities.cancel || abilities.remove || abilities.writeNote;

  const setStatus = (status: AppointmentStatus) =>
    // Only `status` (and the stamp): all a practitioner's update may touch.
    action.run(() => updateTenantDoc(ctx.tenantId, 'appointments', appointment.id, { status }));

  const confirm = async () => {
    const ok = await action.run(() =>
      confirming === 'delete'
        ? deleteTenantDoc(ctx.tenantId, 'appointments', appointment.id)
        : updateTenantDoc(ctx.tenantId, 'appointments', appointment.id, { status: 'cancelled' }),
    );
    if (ok) setConfirming(null);
  };

  return (
    <li
      className={`appointment-card appointment-${appointment.status}`}
      data-testid="appointment-item"
      data-appointment-id={appointment.id}
      data-status={appointment.status}
    >
      <div className="appointment-summary">
        <p className="appointment-time">
          <time dateTime={startsAt.toISOString()}>{formatTimeRange(startsAt, endsAt)}</time>
        </p>
        <StatusPill status={appointment.status} />
      </div>
      <p className="appointment-patient">
        <Link to={`/app/patients/${appointment.patientId}`}>{patient}</Link>
      </p>
      <p className="appointment-detail">
        {serviceName(directory.services, appointment.serviceId)}
        {showPractitioner && <> · {memberName(directory.members, appointment.practitionerId)}</>}
      </p>

      {hasActions && !confirming && (
        <div className="appointment-actions" role="group" aria-label={`Actions for ${patient} at ${formatTime(startsAt)}`}>
          {abilities.statusMoves.map((status) => (
            <button
              key={status}
              type="button"
              className={`button button-small ${status === 'no_show' ? 'button-secondary' : 'button-primary'}`}
              data-testid={STATUS_TEST_IDS[status]}
              disabled={busy}
              onClick={() => void setStatus(status)}
            >
              {STATUS_MOVE_LABELS[status]}
            </button>
          ))}
          {abilities.writeNote && (
            <Link
              className="button button-small button-secondary"
              data-testid="appointment-write-note"
              to={`/app/patients/${appointment.patientId}?appointment=${appointment.id}#notes`}
            >
              Write note
            </Link>
          )}
          {abilities.reschedule && (
            <button type="button" className="button button-small button-secondary" disabled={busy} onClick={() => onReschedule(appointment)}>
              Reschedule
            </button>
          )}
          {abilities.cancel && (
            <button
              type="button"
              className="button button-small button-secondary"
              data-testid="appointment-cancel"
              disabled={busy}
              onClick={() => setConfirming('cancel')}
            >
              Cancel
            </button>
          )}
          {abilities.remove && (
            <button
              type="button"
              className="button button-small button-secondary button-danger-outline"
              data-testid="appointment-delete"
              disabled={busy}
              onClick={() => setConfirming('delete')}
            >
              Delete
            </button>
          )}
        </div>
      )}

      {confirming && (
        <div className="appointment-confirm" role="group" aria-label={confirming === 'delete' ? 'Confirm deletion' : 'Confirm cancellation'}>
          <p>
            {confirming === 'delete'
              ? `Delete this appointment for ${patient}? It disappears from the calendar for good.`
              : `Cancel ${patient}'s appointment? The time becomes free for other bookings.`}
          </p>
          <div className="appointment-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button-small button-primary"
              data-testid={confirming === 'delete' ? 'appointment-delete-confirm' : 'appointment-cancel-confirm'}
              disabled={busy}
              onClick={() => void confirm()}
            >
              {confirming === 'delete' ? 'Yes, delete it' : 'Yes, cancel it'}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => setConfirming(null)}>
              {confirming === 'delete' ? 'Keep it' : 'Keep the appointment'}
            </button>
          </div>
        </div>
      )}
      <FormAlert message={action.error} />
    </li>
  );
}
