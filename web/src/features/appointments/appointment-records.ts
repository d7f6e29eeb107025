/**
 * Appointments and the names around them (patients, services, team), as the
 * appointments page and the dashboard read them. Everything is a live
 * query, so a booking made at the front desk shows up in the practitioner's
 * day without a reload.
 */
import type { MemberDoc } from '@atrium/domain';
import { orderBy, query, Timestamp, where, type QueryConstraint } from 'firebase/firestore';
import { useMemo } from 'react';
import { useLiveQuery, type LiveResult } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';
import type { Appointment, AppointmentRecord, Patient, PatientName, TeamMember } from './appointment-names';
import { useServices, type Service } from '../services/service-records';

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

