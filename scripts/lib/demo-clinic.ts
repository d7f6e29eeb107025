/**
 * A demo clinic's working data, so every workspace page has something real
 * to show after `npm start`: services, custom patient fields (when the plan
 * has them), patients, three weeks of appointments around `now` (last week,
 * this week Monday to Saturday, and the first days of next week) and the
 * treatment notes the practitioners wrote after completed appointments.
 *
 * - Shaped exactly as the rules and the zod schemas require: `createdBy`,
 *   `createdAt`, `updatedAt` on every document, `authorId` on notes.
 * - Times are business hours in the local time zone of the process, which
 *   for `npm start` is the browser's: the web app shows local time.
 * - Statuses follow the clock: before `now` appointments are completed (a
 *   few no-shows and cancellations), the one under way has arrived, later
 *   ones are booked. Notes are written just after their appointment, so
 *   those of the last day can still be edited (24 h); if none is that
 *   recent, each practitioner "caught up" on their last two this morning.
 * - No practitioner is double-booked and no patient comes twice in a day.
 *   A practice without a practitioner has its owner see the patients.
 * - Deterministic and idempotent: one seeded generator per practice, fixed
 *   ids (`demo-patient-01`, `demo-appt-this-tue-p1-03`), `set()`; demo
 *   documents a later run no longer plans are deleted, so the data converges.
 *   Documents with other ids (made in the app) are never touched.
 *
 * Emulator-only: writes with the Admin SDK, bypassing the rules.
 */
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { paths, type AppointmentStatus, type TenantDoc } from '@atrium/domain';
import type { SeededMember } from './seed-practice';
import {
  DEMO_CUSTOM_FIELDS,
  DEMO_PATIENTS,
  SERVICE_CATALOGS,
  type Choose,
  type ClinicKind,
  type DemoService,
} from './demo-clinic-content';

export { CLINIC_KINDS, type ClinicKind } from './demo-clinic-content';

export interface ClinicSeedOptions {
  kind: ClinicKind;
  /** Seeds the generator: the same seed gives the same clinic. Defaults to the tenant id. */
  seed?: string;
}

export interface ClinicSeedSummary {
  services: number;
  customFields: number;
  patients: number;
  appointments: number;
  treatmentNotes: number;
  /** Demo documents from an earlier run that this plan no longer has. */
  removed: number;
}

const COLLECTIONS = ['services', 'customFields', 'patients', 'appointments', 'treatmentNotes'] as const;
type ClinicCollection = (typeof COLLECTIONS)[number];

interface PlannedDoc {
  collection: ClinicCollection;
  id: string;
  data: Record<string, unknown>;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DEMO_ID_PREFIX = 'demo-';

// ---- Seeded randomness -------------------------------------------------------

/** mulberry32 seeded with an FNV-1a hash of `seed`: small, fast and the same on every machine. */
function generator(seed: string) {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick: Choose = (options) => options[Math.floor(next() * options.length)]!;
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1]!;
  };
  return { next, int, pick, weighted };
}
type Generator = ReturnType<typeof generator>;

// ---- Calendar (local time) ---------------------------------------------------

/** Local midnight of the Monday on or before `date`. */
function mondayOf(date: Date): Date {
  const sinceMonday = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceMonday);
}

/** `minutes` after local midnight of `day` + `days` (through the calendar, so daylight saving never shifts it). */
function localTime(day: Date, days: number, minutes: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + days, 0, minutes);
}

const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Last week in full, this week in full, next week's first three days about half booked. */
const WEEKS = [
  { key: 'prev', offset: -1, days: 6, fill: 1 },
  { key: 'this', offset: 0, days: 6, fill: 1 },
  { key: 'next', offset: 1, days: 3, fill: 0.5 },
] as const;

/** Opening hours in minutes after midnight; lunch is kept free on weekdays. */
const WEEKDAY = { open: 9 * 60, close: 17 * 60 + 30, lunch: [12 * 60 + 30, 13 * 60 + 30] as const };
const SATURDAY = { open: 9 * 60, close: 13 * 60, lunch: null };

const min = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
const ts = (date: Date) => Timestamp.fromDate(date);
const pad2 = (n: number) => String(n).padStart(2, '0');

// ---- The plan ------------------------------------------------------------------

export interface ClinicPlanInput {
  tenantId: string;
  members: SeededMember[];
  now: Date;
  kind: ClinicKind;
  seed: string;
  /** The plan's `customFields` feature: without it no custom fields are defined or filled in. */
  customFields: boolean;
}

/** Every demo document of the clinic, computed without touching Firestore. */
export function planClinic(input: ClinicPlanInput): PlannedDoc[] {
  const { members, now } = input;
  const rng = generator(`${input.seed}:${input.kind}`);
  const owner = members.find((m) => m.role === 'owner');
  if (!owner) throw new Error('planClinic: the practice has no owner');
  const frontDesk = (['receptionist', 'manager', 'admin'] as const).map((role) => members.find((m) => m.role === role)).find(Boolean) ?? owner;
  const practitioners = members.filter((m) => m.role === 'practitioner');
  if (practitioners.length === 0) practitioners.push(owner);

  const docs: PlannedDoc[] = [];
  const stamp = (createdBy: string, createdAt: Date, updatedAt = createdAt) => ({
    createdBy,
    createdAt: ts(createdAt),
    updatedAt: ts(updatedAt),
  });

  // Services: set up when the practice opened.
  const catalog = SERVICE_CATALOGS[input.kind];
  const serviceId = (service: DemoService) => `demo-service-${service.slug}`;
  catalog.forEach((service, i) => {
    const createdAt = new Date(now.getTime() - 420 * DAY + i * MINUTE);
    docs.push({
      collection: 'services',
      id: serviceId(service),
      data: {
        name: service.name,
        durationMinutes: service.durationMinutes,
        priceCents: service.priceCents,
        active: service.active,
        ...stamp(owner.uid, createdAt),
      },
    });
  });

  // Custom fields, in the order they were added.
  const fields = input.customFields ? DEMO_CUSTOM_FIELDS : [];
  fields.forEach((field, i) => {
    docs.push({
      collection: 'customFields',
      id: field.id,
      data: { ...field.definition, ...stamp(owner.uid, new Date(now.getTime() - 400 * DAY + i * MINUTE)) },
    });
  });

  // Patients.
  const patientIds = DEMO_PATIENTS.map((_, i) => `demo-patient-${pad2(i + 1)}`);
  DEMO_PATIENTS.forEach((patient, i) => {
    const dateOfBirth = `${rng.int(1952, 2005)}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;
    const createdAt = new Date(now.getTime() - rng.int(40, 500) * DAY - rng.int(0, 480) * MINUTE);
    const custom: Record<string, string | boolean> = {};
    for (const field of fields) {
      const value = field.value(rng.pick);
      if (value !== undefined) custom[field.id] = value;
    }
    const emailName = `${patient.firstName}.${patient.lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
    docs.push({
      collection: 'patients',
      id: patientIds[i]!,
      data: {
        firstName: patient.firstName,
        lastName: patient.lastName,
        dateOfBirth,
        phone: `07700 900${100 + i * 29}`,
        ...(patient.hasEmail ? { email: `${emailName}@${i % 3 === 0 ? 'example.org' : 'example.com'}` } : {}),
        ...(patient.notes ? { notes: patient.notes } : {}),
        ...(fields.length > 0 ? { custom } : {}),
        ...stamp(frontDesk.uid, createdAt),
      },
    });
  });

  // Appointments and their notes.
  const bookable = catalog.filter((s) => s.active && s.weight > 0);
  const monday = mondayOf(now);
  const notes: PlannedDoc[] = [];
  for (const week of WEEKS) {
    for (let d = 0; d < week.days; d++) {
      const hours = d === 5 ? SATURDAY : WEEKDAY;
      const day = localTime(monday, week.offset * 7 + d, 0);
      const seenToday = new Set<number>();
      practitioners.forEach((practitioner, p) => {
        const wanted = Math.round((d === 5 ? rng.int(2, 3) : rng.int(3, 5)) * week.fill);
        let cursor = hours.open + rng.pick([0, 0, 15, 30, 60]);
        for (let n = 1; n <= wanted; n++) {
          const service = rng.weighted(bookable, (s) => s.weight);
          let start = cursor;
          if (hours.lunch && start < hours.lunch[1] && start + service.durationMinutes > hours.lunch[0]) start = hours.lunch[1];
          if (start + service.durationMinutes > hours.close) break;
          cursor = start + service.durationMinutes + rng.pick([0, 0, 15, 15, 30, 45, 60, 90]);

          const patientIndex = rng.weighted(
            DEMO_PATIENTS.map((_, i) => i),
            (i) => (seenToday.has(i) ? 0 : DEMO_PATIENTS[i]!.visits),
          );
          seenToday.add(patientIndex);
          const startsAt = localTime(day, 0, start);
          const endsAt = localTime(day, 0, start + service.durationMinutes);
          const id = `${week.key}-${DAY_KEYS[d]}-p${p + 1}-${pad2(n)}`;
          const { status, updatedAt } = statusAt(startsAt, endsAt, now, rng);
          const bookedAt = min(new Date(startsAt.getTime() - rng.int(1, 21) * DAY - rng.int(0, 480) * MINUTE), now);
          docs.push({
            collection: 'appointments',
            id: `demo-appt-${id}`,
            data: {
              patientId: patientIds[patientIndex]!,
              practitionerId: practitioner.uid,
              serviceId: serviceId(service),
              startsAt: ts(startsAt),
              endsAt: ts(endsAt),
              status,
              ...stamp(frontDesk.uid, bookedAt, updatedAt && updatedAt > bookedAt ? updatedAt : bookedAt),
            },
          });

          const body = rng.pick(service.notes)(rng.pick);
          const writeUpMinutes = rng.int(5, 45);
          const noted = rng.next() < 0.92;
          if (status === 'completed' && noted) {
            const writtenAt = min(new Date(endsAt.getTime() + writeUpMinutes * MINUTE), now);
            notes.push({
              collection: 'treatmentNotes',
              id: `demo-note-${id}`,
              data: {
                patientId: patientIds[patientIndex]!,
                appointmentId: `demo-appt-${id}`,
                authorId: practitioner.uid,
                body,
                createdAt: ts(writtenAt),
                updatedAt: ts(writtenAt),
              },
            });
          }
        }
      });
    }
  }

  // Each practitioner has notes still open for editing (written in the last 24 h).
  for (const practitioner of practitioners) {
    const theirs = notes
      .filter((n) => n.data.authorId === practitioner.uid)
      .sort((a, b) => (a.data.createdAt as Timestamp).toMillis() - (b.data.createdAt as Timestamp).toMillis());
    const recent = theirs.some((n) => (n.data.createdAt as Timestamp).toMillis() > now.getTime() - DAY);
    if (recent) continue;
    theirs.slice(-2).forEach((note, i) => {
      const writtenAt = ts(new Date(now.getTime() - (40 + 75 * i) * MINUTE));
      note.data.createdAt = writtenAt;
      note.data.updatedAt = writtenAt;
    });
  }
  return [...docs, ...notes];
}

/**
 * Where an appointment stands at `now`, and when it last changed. Draws the
 * same number of random values whatever the clock says, so the schedule
 * itself does not depend on the time of day the seed runs.
 */
function statusAt(startsAt: Date, endsAt: Date, now: Date, rng: Generator): { status: AppointmentStatus; updatedAt: Date | null } {
  const r = rng.next();
  const early = rng.next();
  const t = now.getTime();
  if (endsAt.getTime() <= t) {
    if (r < 0.07) return { status: 'no_show', updatedAt: endsAt };
    if (r < 0.14) return { status: 'cancelled', updatedAt: new Date(startsAt.getTime() - DAY) };
    return { status: 'completed', updatedAt: endsAt };
  }
  if (startsAt.getTime() <= t) return { status: 'arrived', updatedAt: new Date(startsAt.getTime() - 5 * MINUTE) };
  // Checked in at the desk a little early.
  if (startsAt.getTime() - t <= 20 * MINUTE && early < 0.6) return { status: 'arrived', updatedAt: now };
  if (r < 0.05) return { status: 'cancelled', updatedAt: min(new Date(startsAt.getTime() - 2 * DAY), now) };
  return { status: 'booked', updatedAt: null };
}

// ---- Writing -------------------------------------------------------------------

const BATCH_SIZE = 400;

/**
 * Writes the clinic's demo data into `tenantId` and removes demo documents an
 * earlier run left that this one does not plan. Runs whatever the practice's
 * status: a suspended practice's data exists, the rules hide it.
 */
export async function seedClinicData(
  db: Firestore,
  tenantId: string,
  members: SeededMember[],
  now: Date,
  options: ClinicSeedOptions,
): Promise<ClinicSeedSummary> {
  const tenantRef = db.doc(paths.tenant(tenantId));
  const tenant = (await tenantRef.get()).data() as TenantDoc<Timestamp> | undefined;
  if (!tenant) throw new Error(`seedClinicData: no tenant ${tenantId}`);

  const planned = planClinic({
    tenantId,
    members,
    now,
    kind: options.kind,
    seed: options.seed ?? tenantId,
    customFields: tenant.features?.customFields === true,
  });

  for (let i = 0; i < planned.length; i += BATCH_SIZE) {
    const batch = db.batch();
    for (const doc of planned.slice(i, i + BATCH_SIZE)) batch.set(tenantRef.collection(doc.collection).doc(doc.id), doc.data);
    await batch.commit();
  }

  let removed = 0;
  for (const collection of COLLECTIONS) {
    const keep = new Set(planned.filter((d) => d.collection === collection).map((d) => d.id));
    const stale = (await tenantRef.collection(collection).listDocuments()).filter((ref) => ref.id.startsWith(DEMO_ID_PREFIX) && !keep.has(ref.id));
    for (let i = 0; i < stale.length; i += BATCH_SIZE) {
      const batch = db.batch();
      for (const ref of stale.slice(i, i + BATCH_SIZE)) batch.delete(ref);
      await batch.commit();
    }
    removed += stale.length;
  }

  // A British demo practice: prices in pounds, the time zone the schedule was laid out in. Kept if already chosen.
  const settings = tenant.settings ?? {};
  const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const settingsUpdate = {
    ...(settings.currency ? {} : { 'settings.currency': 'GBP' }),
    ...(settings.timezone || !timezone ? {} : { 'settings.timezone': timezone }),
  };
  if (Object.keys(settingsUpdate).length > 0) await tenantRef.update(settingsUpdate);

  const count = (collection: ClinicCollection) => planned.filter((d) => d.collection === collection).length;
  return {
    services: count('services'),
    customFields: count('customFields'),
    patients: count('patients'),
    appointments: count('appointments'),
    treatmentNotes: count('treatmentNotes'),
    removed,
  };
}
