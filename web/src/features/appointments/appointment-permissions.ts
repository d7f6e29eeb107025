/**
 * What the viewer may do with one appointment, from the domain's access
 * policy (SPEC §2): front-desk roles reschedule, cancel and change the
 * status of any appointment; a practitioner changes only the status of
 * their own (the rules allow nothing else) and writes the treatment note
 * once the patient has arrived. The rules decide either way; this only
 * decides which buttons to show.
 */
import { roleGrant, type AppointmentStatus } from '@atrium/domain';
import type { WorkspaceContext } from '../workspace/workspace-context';
import type { AppointmentRecord } from './appointment-names';

export interface AppointmentAbilities {
  /** Status moves offered from the current status. */
  statusMoves: AppointmentStatus[];
  reschedule: boolean;
  cancel: boolean;
  remove: boolean;
  writeNote: boolean;
}

/** The moves a day at the practice makes: booked → arrived → completed, or booked → no-show. */
const STATUS_MOVES: Record<AppointmentStatus, AppointmentStatus[]> = {
  booked: ['arrived', 'no_show'],
  arrived: ['completed'],
  completed: [],
  cancelled: [],
  no_show: [],
};

export function appointmentAbilities(ctx: Pick<WorkspaceContext, 'role' | 'user'>, appointment: AppointmentRecord): AppointmentAbilities {
  const { role } = ctx;
  if (!role) return { statusMoves: [], reschedule: false, cancel: false, remove: false, writeNote: false };
  const update = roleGrant(role, 'appointments', 'update');
  const own = appointment.practitionerId === ctx.user.uid;
  const fullUpdate = update === true;
  const mayChangeStatus = fullUpdate || (update === 'ownAppointmentStatusOnly' && own);
  return {
    statusMoves: mayChangeStatus ? STATUS_MOVES[appointment.status] : [],
    reschedule: fullUpdate && appointment.status === 'booked',
    cancel: fullUpdate && appointment.status === 'booked',
    remove: roleGrant(role, 'appointments', 'delete') === true,
    writeNote:
      own && roleGrant(role, 'treatmentNotes', 'create') !== false && (appointment.status === 'arrived' || appointment.status === 'completed'),
  };
}

/** Button wording for a status move. */
export const STATUS_MOVE_LABELS: Record<AppointmentStatus, string> = {
  booked: 'Mark booked',
  arrived: 'Mark arrived',
  completed: 'Completed',
  cancelled: 'Cancel',
  no_show: 'No-show',
};
