/**
 * Which buttons an appointment card offers, per role (SPEC §2): the front
 * desk reschedules, cancels and moves any booking along; a practitioner
 * moves only their own and writes the note once the patient has arrived.
 */
import { APPOINTMENT_STATUSES, type AppointmentStatus, type TenantRole } from '@atrium/domain';
import type { User } from 'firebase/auth';
import type { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { appointmentAbilities, STATUS_MOVE_LABELS } from './appointment-permissions';
import type { AppointmentRecord } from './appointment-names';

const ME = 'practitioner-1';
const viewer = (role: TenantRole | null) => ({ role, user: { uid: ME } as User });
const appointment = (status: AppointmentStatus, practitionerId = ME): AppointmentRecord => ({
  patientId: 'p1',
  practitionerId,
  serviceId: 's1',
  startsAt: {} as Timestamp,
  endsAt: {} as Timestamp,
  status,
});

describe('front-desk roles', () => {
  it.each(['owner', 'manager', 'receptionist', 'admin'] as const)('%s reschedules, cancels and moves a booked appointment along', (role) => {
    const abilities = appointmentAbilities(viewer(role), appointment('booked', 'someone-else'));
    expect(abilities.statusMoves).toEqual(['arrived', 'no_show']);
    expect(abilities.reschedule).toBe(true);
    expect(abilities.cancel).toBe(true);
  });

  it('only roles with delete in the access table may remove an appointment', () => {
    expect(appointmentAbilities(viewer('owner'), appointment('booked')).remove).toBe(true);
    expect(appointmentAbilities(viewer('manager'), appointment('booked')).remove).toBe(true);
    expect(appointmentAbilities(viewer('admin'), appointment('booked')).remove).toBe(false);
    expect(appointmentAbilities(viewer('receptionist'), appointment('booked')).remove).toBe(false);
    expect(appointmentAbilities(viewer('practitioner'), appointment('booked')).remove).toBe(false);
  });

  it('offers only the day’s next step, and nothing once an appointment is over', () => {
    expect(appointmentAbilities(viewer('receptionist'), appointment('arrived')).statusMoves).toEqual(['completed']);
    for (const status of ['completed', 'cancelled', 'no_show'] as const) {
      expect(appointmentAbilities(viewer('receptionist'), appointment(status)).statusMoves).toEqual([]);
    }
  });

  it('reschedules and cancels only a booked appointment', () => {
    for (const status of APPOINTMENT_STATUSES) {
      const abilities = appointmentAbilities(viewer('receptionist'), appointment(status));
      expect(abilities.reschedule, status).toBe(status === 'booked');
      expect(abilities.cancel, status).toBe(status === 'booked');
    }
  });

  it('never writes treatment notes, even on an appointment in their own name', () => {
    for (const role of ['owner', 'admin', 'manager', 'receptionist'] as const) {
      expect(appointmentAbilities(viewer(role), appointment('arrived', ME)).writeNote, role).toBe(false);
    }
  });
});

describe('a practitioner', () => {
  it('moves their own booked appointment along but cannot reschedule, cancel or remove it', () => {
    expect(appointmentAbilities(viewer('practitioner'), appointment('booked'))).toEqual({
      statusMoves: ['arrived', 'no_show'],
      reschedule: false,
      cancel: false,
      remove: false,
      writeNote: false,
    });
  });

  it('writes the note once their patient has arrived, and after the appointment', () => {
    expect(appointmentAbilities(viewer('practitioner'), appointment('arrived'))).toMatchObject({ statusMoves: ['completed'], writeNote: true });
    expect(appointmentAbilities(viewer('practitioner'), appointment('completed'))).toMatchObject({ statusMoves: [], writeNote: true });
  });

  it('writes no note for an appointment that did not happen', () => {
    for (const status of ['booked', 'cancelled', 'no_show'] as const) {
      expect(appointmentAbilities(viewer('practitioner'), appointment(status)).writeNote, status).toBe(false);
    }
  });

  it('can do nothing with a colleague’s appointment', () => {
    for (const status of APPOINTMENT_STATUSES) {
      expect(appointmentAbilities(viewer('practitioner'), appointment(status, 'practitioner-2'))).toEqual({
        statusMoves: [],
        reschedule: false,
        cancel: false,
        remove: false,
        writeNote: false,
      });
    }
  });
});

describe('without a known role', () => {
  it('offers nothing', () => {
    expect(appointmentAbilities(viewer(null), appointment('booked'))).toEqual({
      statusMoves: [],
      reschedule: false,
      cancel: false,
      remove: false,
      writeNote: false,
    });
  });
});

describe('STATUS_MOVE_LABELS', () => {
  it('labels every move a card can offer', () => {
    for (const status of APPOINTMENT_STATUSES) expect(STATUS_MOVE_LABELS[status]).toMatch(/^[A-Z]/);
  });
});
