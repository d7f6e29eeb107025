/**
 * Double-booking check before a booking or a reschedule is saved: does the
 * practitioner already have a non-cancelled appointment overlapping the new
 * time? It reads the server's current data, so it sees bookings made a
 * moment ago at another desk, but it is a courtesy to the person booking,
 * not a guarantee: two bookings saved in the same instant can both pass,
 * and the security rules do not look at other appointments.
 */
import { getDocs, orderBy, query, Timestamp, where } from 'firebase/firestore';
import { tenantCollection } from '../../lib/tenant-data';
import { isActiveBooking, overlaps, type Appointment, type AppointmentRecord } from './appointment-names';

/** How far back an overlapping appointment may start (no appointment runs longer than a day). */
const LOOKBACK_MS = 24 * 60 * 60 * 1000;


/** The practitioner's first active appointment overlapping [startsAt, endsAt), other than `ignoreId`. */
export async function findConflict(
  tenantId: string,
  candidate: { practitionerId: string; startsAt: Date; endsAt: Date; ignoreId?: string },
): Promise<Appointment | null> {
  const snapshot = await getDocs(
    query(
      tenantCollection(tenantId, 'appointments'),
      where('practitionerId', '==', candidate.practitionerId),
      where('startsAt', '>=', Timestamp.fromMillis(candidate.startsAt.getTime() - LOOKBACK_MS)),
      where('startsAt', '<', Timestamp.fromDate(candidate.endsAt)),
      orderBy('startsAt'),
    ),
  );
  for (const doc of snapshot.docs) {
    const existing = { ...(doc.data() as AppointmentRecord), id: doc.id };
    if (existing.id === candidate.ignoreId || !isActiveBooking(existing)) continue;
    if (overlaps(candidate, { startsAt: existing.startsAt.toDate(), endsAt: existing.endsAt.toDate() })) return existing;
  }
  return null;
}
