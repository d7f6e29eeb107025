/**
 * What an appointment card says: patient, service and practitioner names,
 * status labels, and which bookings hold a practitioner's time. Pure: the
 * live queries that fill the maps are in ./appointment-records.
 */
import type { AppointmentStatus, MemberDoc } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import type { WithId } from '../../lib/live-query';
import type { Service } from '../services/service-records';

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

export function byPatientName(a: PatientName, b: PatientName): number {
  return a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName);
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

export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}
