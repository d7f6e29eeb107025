/** An appointment's status as a coloured pill (calendar cards and the dashboard). */
import type { AppointmentStatus } from '@atrium/domain';
import { APPOINTMENT_STATUS_LABELS } from './appointment-names';
import './status-pill.css';

export function StatusPill({ status }: { status: AppointmentStatus }) {
  return (
    <span className={`pill status-pill-${status}`} data-testid="appointment-status">
      {APPOINTMENT_STATUS_LABELS[status]}
    </span>
  );
}
