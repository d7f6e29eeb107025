/**
 * Appointments and the names around them (patients, services, team), as the
 * appointments page and the dashboard read them. Everything is a live
 * query, so a booking made at the front desk shows up in the practitioner's
 * day without a reload.
 */
import type { AppointmentStatus, MemberDoc } from '@atrium/domain';
import { orderBy, query, Timestamp, where, type QueryConstraint } from 'firebase/firestore';
import { useMemo } from 'react';
import { useLiveQuery, type LiveResult, type WithId } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';
import { useServices, type Service } from '../services/service-records';

export interface AppointmentRecord {
  patientId: string;
  practitionerId: string;
  serviceId: string;
  startsAt: Timestamp;
  endsAt: Timestamp;
  status: AppointmentStatus;
  createdBy?: string;
}
export type Appointment = WithId<AppointmentRecord>;

export interface PatientName {
  firstName: string;
  lastName: string;
}
export type Patient = WithId<PatientName>;
export type TeamMember = WithId<MemberDoc<Timestamp>>;

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  arrived: 'Arrived',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

/** Statuses that hold the practitioner's time (everything but a cancellation). */
export const isActiveBooking = (appointment: Pick<AppointmentRecord, 'status'>) => appointment.status !== 'cancelled';

export function patientName(patient: PatientName | undefined): string {
  return patient ? `${patient.firstName} ${patient.lastName}` : 'Unknown patient';
}

/**
 * Appointments starting in [start, end), by start time; only `practitionerId`'s
 * when given (that query uses the (practitionerId, startsAt) index).
 */
export function useAppointmentsBetween(
  tenantId: string,
  start: Date,
  end: Date,
  options: { practitionerId?: string | undefined; enabled?: boolean } = {},
): LiveResult<Appointment[]> {
  const { practitionerId, enabled = true } = options;
  return useLiveQuery<AppointmentRecord>(
    `appointments:${tenantId}:${start.getTime()}:${end.getTime()}:${practitionerId ?? '*'}:${enabled}`,
    () => {
      if (!enabled) return null;
      const constraints: QueryConstraint[] = [
        ...(practitionerId ? [where('practitionerId', '==', practitionerId)] : []),
        where('startsAt', '>=', Timestamp.fromDate(start)),
        where('startsAt', '<', Timestamp.fromDate(end)),
        orderBy('startsAt'),
      ];
      return query(tenantCollection(tenantId, 'appointments'), ...constraints);
    },
  );
}

/** Every patient (for names and the booking form's picker); sorted by the page, as two orderBy fields would need an index. */
export function usePatients(tenantId: string, enabled = true) {
  return useLiveQuery<PatientName>(`patients:${tenantId}:${enabled}`, () => (enabled ? tenantCollection(tenantId, 'patients') : null));
}

export function byPatientName(a: PatientName, b: PatientName): number {
  return a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName);
}

export function useTeam(tenantId: string) {
  return useLiveQuery<MemberDoc<Timestamp>>(`members:${tenantId}`, () => tenantCollection(tenantId, 'members'));
}

/** Lookups by id for the names an appointment card shows. */
export interface Directory {
  patients: Map<string, Patient>;
  services: Map<string, Service>;
  members: Map<string, TeamMember>;
}

const byId = <T extends { id: string }>(result: LiveResult<T[]>): Map<string, T> =>
  new Map(result.status === 'ready' ? result.data.map((item) => [item.id, item]) : []);

/** Patients, services and the team, live; each map fills in as its query answers. */
export function useDirectory(tenantId: string) {
  const patients = usePatients(tenantId);
  const services = useServices(tenantId);
  const team = useTeam(tenantId);
  const directory = useMemo<Directory>(
    () => ({ patients: byId(patients), services: byId(services), members: byId(team) }),
    [patients, services, team],
  );
  return { directory, patients, services, team };
}

export function memberName(members: Map<string, TeamMember>, uid: string): string {
  return members.get(uid)?.displayName || members.get(uid)?.email || 'Former team member';
}

export function serviceName(services: Map<string, Service>, id: string): string {
  return services.get(id)?.name ?? 'Service no longer offered';
}

/** Practitioners who can be booked: enabled members with the practitioner role, by name. */
export function bookablePractitioners(members: Map<string, TeamMember>): TeamMember[] {
  return [...members.values()]
    .filter((member) => member.role === 'practitioner' && !member.disabled)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
