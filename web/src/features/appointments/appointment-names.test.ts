/**
 * The names around an appointment card and the clash check's overlap rule.
 */
import type { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUS_LABELS,
  bookablePractitioners,
  byPatientName,
  isActiveBooking,
  memberName,
  overlaps,
  patientName,
  serviceName,
  type TeamMember,
} from './appointment-names';
import type { Service } from '../services/service-records';

const member = (id: string, fields: Partial<TeamMember>): TeamMember => ({
  id,
  role: 'practitioner',
  email: `${id}@example.com`,
  displayName: id,
  disabled: false,
  joinedAt: {} as Timestamp,
  ...fields,
});

describe('overlaps', () => {
  const at = (hh: number, mm = 0) => new Date(Date.UTC(2026, 10, 27, hh, mm));
  const slot = (from: Date, to: Date) => ({ startsAt: from, endsAt: to });
  const nine = slot(at(9), at(10));

  it('is true when one appointment starts inside another', () => {
    expect(overlaps(nine, slot(at(9, 30), at(10, 30)))).toBe(true);
    expect(overlaps(slot(at(8, 30), at(9, 1)), nine)).toBe(true);
  });

  it('is true when one contains the other, or they are the same slot', () => {
    expect(overlaps(nine, slot(at(9, 15), at(9, 45)))).toBe(true);
    expect(overlaps(slot(at(8), at(11)), nine)).toBe(true);
    expect(overlaps(nine, slot(at(9), at(10)))).toBe(true);
  });

  it('is false for back-to-back appointments (end is exclusive)', () => {
    expect(overlaps(nine, slot(at(10), at(11)))).toBe(false);
    expect(overlaps(slot(at(8), at(9)), nine)).toBe(false);
  });

  it('is false for separate times', () => {
    expect(overlaps(nine, slot(at(14), at(15)))).toBe(false);
  });

  it('is symmetric', () => {
    const pairs = [
      [nine, slot(at(9, 30), at(11))],
      [nine, slot(at(10), at(11))],
      [nine, slot(at(7), at(8))],
    ] as const;
    for (const [a, b] of pairs) expect(overlaps(a, b)).toBe(overlaps(b, a));
  });
});

describe('isActiveBooking', () => {
  it('counts every status but a cancellation as holding the practitioner’s time', () => {
    expect(Object.keys(APPOINTMENT_STATUS_LABELS).filter((status) => isActiveBooking({ status: status as never }))).toEqual([
      'booked',
      'arrived',
      'completed',
      'no_show',
    ]);
  });
});

describe('names on the card', () => {
  const members = new Map([
    ['paul', member('paul', { displayName: 'Paul Practitioner' })],
    ['nameless', member('nameless', { displayName: '', email: 'nameless@example.com' })],
  ]);
  const services = new Map<string, Service>([['massage', { id: 'massage', name: 'Massage', durationMinutes: 60, priceCents: 4500, active: true }]]);

  it('a patient by name, or "Unknown patient"', () => {
    expect(patientName({ firstName: 'Ana', lastName: 'Lee' })).toBe('Ana Lee');
    expect(patientName(undefined)).toBe('Unknown patient');
  });

  it('a member by name, else email, else "Former team member"', () => {
    expect(memberName(members, 'paul')).toBe('Paul Practitioner');
    expect(memberName(members, 'nameless')).toBe('nameless@example.com');
    expect(memberName(members, 'gone')).toBe('Former team member');
  });

  it('a service by name, or says it is no longer offered', () => {
    expect(serviceName(services, 'massage')).toBe('Massage');
    expect(serviceName(services, 'gone')).toBe('Service no longer offered');
  });
});

describe('byPatientName', () => {
  it('sorts by last name, then first name', () => {
    const patients = [
      { firstName: 'Zoe', lastName: 'Evans' },
      { firstName: 'Ben', lastName: 'Dawson' },
      { firstName: 'Adam', lastName: 'Evans' },
    ];
    expect(patients.sort(byPatientName).map((p) => `${p.firstName} ${p.lastName}`)).toEqual(['Ben Dawson', 'Adam Evans', 'Zoe Evans']);
  });
});

describe('bookablePractitioners', () => {
  it('lists enabled practitioners only, by name', () => {
    const members = new Map(
      [
        member('p2', { displayName: 'Zara Zed' }),
        member('p1', { displayName: 'Amy Able' }),
        member('off', { displayName: 'Bob Off', disabled: true }),
        member('owner', { displayName: 'Olive Owner', role: 'owner' }),
        member('desk', { displayName: 'Rita Reception', role: 'receptionist' }),
      ].map((m) => [m.id, m]),
    );
    expect(bookablePractitioners(members).map((m) => m.id)).toEqual(['p1', 'p2']);
  });

  it('is empty when the practice has no practitioner', () => {
    expect(bookablePractitioners(new Map([['owner', member('owner', { role: 'owner' })]]))).toEqual([]);
  });
});
