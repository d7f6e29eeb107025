/**
 * One appointment on the calendar: time, patient, service, status, and the
 * actions the viewer may take on it (see appointment-permissions.ts).
 * Cancelling and deleting ask for a second click in place, so a slip of the
 * mouse never frees a booked slot. Keyboard focus stays in the card as its
 * buttons change (lib/use-return-focus.ts); a deleted card hands it to its
 * list (`onDeleted`).
 */
import type { AppointmentStatus } from '@atrium/domain';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { deleteTenantDoc, updateTenantDoc } from '../../lib/tenant-data';
import { useReturnFocus } from '../../lib/use-return-focus';
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
  /** `from` is the Reschedule button, where focus goes back when the form closes. */
  onReschedule(appointment: Appointment, from: HTMLElement): void;
  /** The appointment was cancelled: `message` says so for the page's status line. */
  onCancelled(message: string): void;
  /** The appointment was deleted and its card is going away: its list takes focus and `message` is announced. */
  onDeleted(message: string): void;
}

const STATUS_TEST_IDS: Partial<Record<AppointmentStatus, string>> = {
  arrived: 'appointment-arrived',
  completed: 'appointment-completed',
  no_show: 'appointment-no-show',
};

export function AppointmentCard({
  appointment,
  directory,
  showPractitioner = false,
  onReschedule,
  onCancelled,
  onDeleted,
}: AppointmentCardProps) {
  const ctx = useWorkspaceContext();
  const action = useWorkspaceAction();
  const [confirming, setConfirming] = useState<'cancel' | 'delete' | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // The card's buttons are replaced as it changes (confirming, a new status), so focus goes back to one
  // found after the change; the patient's name is always there to fall back on.
  const focus = useReturnFocus<HTMLElement, HTMLAnchorElement>();
  const actionsRef = useRef<HTMLDivElement>(null);
  const firstAction = () => actionsRef.current?.querySelector<HTMLElement>('button:enabled, a[href]');
  const actionButton = (kind: 'cancel' | 'delete') => () =>
    actionsRef.current?.querySelector<HTMLElement>(`[data-testid="appointment-${kind}"]`);

  const abilities = appointmentAbilities(ctx, appointment);
  const startsAt = appointment.startsAt.toDate();
  const endsAt = appointment.endsAt.toDate();
  const patient = patientName(directory.patients.get(appointment.patientId));
  // Buttons stay enabled while a change saves (useAction ignores a second click): disabling the focused one would drop focus.
  const paused = !ctx.writable;
  const hasActions =
    abilities.statusMoves.length > 0 || abilities.reschedule || abilities.cancel || abilities.remove || abilities.writeNote;

  const setStatus = async (status: AppointmentStatus) => {
    // Only `status` (and the stamp): all a practitioner's update may touch.
    await action.run(() => updateTenantDoc(ctx.tenantId, 'appointments', appointment.id, { status }));
    // The button pressed is replaced by the next step's (arrived → completed), or none.
    focus.restoreIfLost(firstAction);
  };

  const keep = () => {
    // Back to the button that asked, as it comes back.
    if (confirming) focus.restore(actionButton(confirming), firstAction);
    setConfirming(null);
  };

  const confirm = async () => {
    const deleting = confirming === 'delete';
    const when = formatTime(startsAt);
    const ok = await action.run(() =>
      deleting
        ? deleteTenantDoc(ctx.tenantId, 'appointments', appointment.id)
        : updateTenantDoc(ctx.tenantId, 'appointments', appointment.id, { status: 'cancelled' }),
    );
    if (!ok) return;
    setConfirming(null);
    if (deleting) {
      onDeleted(`${patient}’s appointment at ${when} was deleted.`);
    } else {
      // Cancelled: the Cancel button is gone, so focus goes to what the card still offers.
      focus.restore(firstAction, focus.fallback);
      onCancelled(`${patient}’s appointment at ${when} was cancelled.`);
    }
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
        <Link ref={focus.fallback} to={`/app/patients/${appointment.patientId}`}>
          {patient}
        </Link>
      </p>
      <p className="appointment-detail">
        {serviceName(directory.services, appointment.serviceId)}
        {showPractitioner && <> · {memberName(directory.members, appointment.practitionerId)}</>}
      </p>

      {hasActions && !confirming && (
        <div ref={actionsRef} className="appointment-actions" role="group" aria-label={`Actions for ${patient} at ${formatTime(startsAt)}`}>
          {abilities.statusMoves.map((status) => (
            <button
              key={status}
              type="button"
              className={`button button-small ${status === 'no_show' ? 'button-secondary' : 'button-primary'}`}
              data-testid={STATUS_TEST_IDS[status]}
              disabled={paused}
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
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={paused}
              onClick={(event) => onReschedule(appointment, event.currentTarget)}
            >
              Reschedule
            </button>
          )}
          {abilities.cancel && (
            <button
              type="button"
              className="button button-small button-secondary"
              data-testid="appointment-cancel"
              disabled={paused}
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
              disabled={paused}
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
              disabled={paused}
              onClick={() => void confirm()}
            >
              {confirming === 'delete' ? (action.pending ? 'Deleting…' : 'Yes, delete it') : action.pending ? 'Cancelling…' : 'Yes, cancel it'}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={keep}>
              {confirming === 'delete' ? 'Keep it' : 'Keep the appointment'}
            </button>
          </div>
        </div>
      )}
      <FormAlert message={action.error} />
    </li>
  );
}
