/**
 * Booking a new appointment, or moving one (date, time, practitioner).
 * A booking's length comes from the service; a reschedule keeps the
 * appointment's length. Checked with the domain's `appointmentSchema` and
 * for a clash with the practitioner's other appointments before saving
 * (booking-conflicts.ts: a courtesy check, the rules do not look at
 * overlaps). The fields are disabled while it saves, the buttons are not (a
 * second click is ignored), so focus is not dropped; a field that had it
 * gets it back if the form stays open.
 */
import { appointmentSchema, type AppointmentInput } from '@atrium/domain';
import { Timestamp } from 'firebase/firestore';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { currentFocus, useReturnFocus } from '../../lib/use-return-focus';
import { createTenantDoc, updateTenantDoc } from '../../lib/tenant-data';
import { formatDuration } from '../services/service-prices';
import type { Service } from '../services/service-records';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { useWorkspaceContext } from '../workspace/workspace-context';
import type { Directory } from './appointment-records';
import { byPatientName, memberName, patientName, serviceName, type Appointment, type Patient, type TeamMember } from './appointment-names';
import { findConflict } from './booking-conflicts';
import { addMinutes, combineDateAndTime, formatShortDay, formatTime, formatTimeRange, parseIsoDate, toIsoDate, toTimeOfDay } from './calendar-dates';

export type AppointmentFormMode =
  | { kind: 'book'; date: string; time: string; practitionerId: string }
  | { kind: 'reschedule'; appointment: Appointment };

interface AppointmentFormProps {
  mode: AppointmentFormMode;
  directory: Directory;
  patients: Patient[];
  /** Services that can be booked (active). */
  services: Service[];
  practitioners: TeamMember[];
  onSaved(startsAt: Date): void;
  onClose(): void;
}

type Field = 'patientId' | 'serviceId' | 'practitionerId' | 'date' | 'time';

/** The schema's fields, in words for the front desk. */
const MESSAGES: Record<keyof AppointmentInput, string> = {
  patientId: 'Choose the patient.',
  serviceId: 'Choose a service.',
  practitionerId: 'Choose who the patient will see.',
  startsAt: 'Enter the date and start time.',
  endsAt: 'The appointment must end after it starts.',
  status: 'This appointment has a status that can’t be saved.',
  externalId: 'This appointment has a reference that can’t be saved.',
};
const FIELD_OF: Partial<Record<keyof AppointmentInput, Field>> = {
  patientId: 'patientId',
  serviceId: 'serviceId',
  practitionerId: 'practitionerId',
  startsAt: 'time',
  endsAt: 'time',
};

export function AppointmentForm({ mode, directory, patients, services, practitioners, onSaved, onClose }: AppointmentFormProps) {
  const { tenantId, user, writable } = useWorkspaceContext();
  const action = useWorkspaceAction();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus();
  // Bring the form into view and move focus to it: it opens above the calendar.
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'nearest' });
    headingRef.current?.focus();
  }, []);
  const existing = mode.kind === 'reschedule' ? mode.appointment : null;
  const [search, setSearch] = useState('');
  const [patientId, setPatientId] = useState(existing?.patientId ?? '');
  const [serviceId, setServiceId] = useState(existing?.serviceId ?? (services.length === 1 ? services[0]!.id : ''));
  const [practitionerId, setPractitionerId] = useState(existing?.practitionerId ?? (mode.kind === 'book' ? mode.practitionerId : ''));
  const [date, setDate] = useState(existing ? toIsoDate(existing.startsAt.toDate()) : mode.kind === 'book' ? mode.date : '');
  const [time, setTime] = useState(existing ? toTimeOfDay(existing.startsAt.toDate()) : mode.kind === 'book' ? mode.time : '');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [conflict, setConflict] = useState<string | null>(null);

  const durationMinutes = existing
    ? Math.round((existing.endsAt.toMillis() - existing.startsAt.toMillis()) / 60_000)
    : services.find((s) => s.id === serviceId)?.durationMinutes;
  const startsAt = combineDateAndTime(date, time);
  const endsAt = startsAt && durationMinutes ? addMinutes(startsAt, durationMinutes) : null;

  const patientOptions = useMemo(() => {
    const term = search.trim().toLowerCase();
    const matches = patients
      .filter((p) => p.id === patientId || !term || patientName(p).toLowerCase().includes(term))
      .sort(byPatientName)
      .map((p) => ({ value: p.id, label: patientName(p) }));
    const prompt = term && matches.length === 0 ? 'No patient matches your search' : 'Choose a patient';
    return [{ value: '', label: prompt }, ...matches];
  }, [patients, patientId, search]);

  // A practitioner who left (or whose role changed) stays selectable on their existing appointments.
  const practitionerOptions = [
    { value: '', label: 'Choose a practitioner' },
    ...practitioners.map((m) => ({ value: m.id, label: m.displayName || m.email })),
    ...(existing && !practitioners.some((m) => m.id === existing.practitionerId)
      ? [{ value: existing.practitionerId, label: memberName(directory.members, existing.practitionerId) }]
      : []),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setConflict(null);
    const found: FieldErrors<Field> = {};
    if (!parseIsoDate(date)) found.date = 'Choose the date.';
    else if (!startsAt) found.time = 'Enter the start time, for example 09:30.';
    const candidate = {
      patientId,
      serviceId,
      practitionerId,
      startsAt: startsAt ?? new Date(Number.NaN),
      endsAt: endsAt ?? new Date(Number.NaN),
      status: existing?.status ?? 'booked',
    };
    const parsed = appointmentSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const key of Object.keys(fieldErrorsOf<keyof AppointmentInput>(parsed.error)) as (keyof AppointmentInput)[]) {
        const field = FIELD_OF[key];
        if (field && !found[field] && !(field === 'time' && found.date)) found[field] = MESSAGES[key];
      }
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    const booking = parsed.data;
    const from = currentFocus();

    let clash: string | null = null;
    const saved = await action.run(async () => {
      const other = await findConflict(tenantId, {
        practitionerId: booking.practitionerId,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        ...(existing ? { ignoreId: existing.id } : {}),
      });
      if (other) {
        clash =
          `${memberName(directory.members, other.practitionerId)} already sees ` +
          `${patientName(directory.patients.get(other.patientId))} on ${formatShortDay(other.startsAt.toDate())}, ` +
          `${formatTimeRange(other.startsAt.toDate(), other.endsAt.toDate())}. Choose another time or practitioner.`;
        return;
      }
      const times = { startsAt: Timestamp.fromDate(booking.startsAt), endsAt: Timestamp.fromDate(booking.endsAt) };
      if (existing) {
        await updateTenantDoc(tenantId, 'appointments', existing.id, { practitionerId: booking.practitionerId, ...times });
      } else {
        await createTenantDoc(tenantId, 'appointments', user.uid, { ...booking, ...times });
      }
    });
    if (saved && !clash) {
      onSaved(booking.startsAt);
      return;
    }
    if (clash) setConflict(clash);
    // Still open (a clash, a refusal): back to the field or button the save started from.
    focus.restoreIfLost(from);
  }

  const title = existing ? `Reschedule ${patientName(directory.patients.get(existing.patientId))}` : 'Book an appointment';
  return (
    <section className="card appointment-form-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} data-testid="appointment-form">
        <fieldset className="form-fieldset" disabled={!writable || action.pending}>
          {existing ? (
            <p className="appointment-form-fixed">
              {serviceName(directory.services, existing.serviceId)} · {formatDuration(durationMinutes ?? 0)}
            </p>
          ) : (
            <div className="form-grid">
              <TextField label="Find patient" type="search" value={search} onChange={setSearch} hint="Type part of the name to narrow the list." />
              <SelectField label="Patient" value={patientId} onChange={setPatientId} options={patientOptions} error={errors.patientId} />
              <SelectField
                label="Service"
                value={serviceId}
                onChange={setServiceId}
                options={[
                  { value: '', label: services.length ? 'Choose a service' : 'No services to book yet' },
                  ...services.map((s) => ({ value: s.id, label: `${s.name} (${formatDuration(s.durationMinutes)})` })),
                ]}
                error={errors.serviceId}
              />
            </div>
          )}
          {!existing && patients.length === 0 && (
            <p className="field-hint">
              There are no patients yet. <Link to="/app/patients">Add the patient first</Link>.
            </p>
          )}
          {!existing && services.length === 0 && (
            <p className="field-hint">
              There are no active services yet. <Link to="/app/services">Set up the services</Link> first.
            </p>
          )}
          <div className="form-grid">
            <SelectField label="Practitioner" value={practitionerId} onChange={setPractitionerId} options={practitionerOptions} error={errors.practitionerId} />
            <TextField label="Date" type="date" value={date} onChange={setDate} error={errors.date} required />
            <TextField
              label="Start time"
              type="time"
              step={300}
              value={time}
              onChange={setTime}
              error={errors.time}
              hint={endsAt ? `Ends at ${formatTime(endsAt)} (${formatDuration(durationMinutes ?? 0)}).` : undefined}
              required
            />
          </div>
        </fieldset>
        <FormAlert message={conflict} />
        <FormAlert message={action.error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" data-testid="appointment-save" disabled={!writable}>
            {action.pending ? 'Saving…' : existing ? 'Save new time' : 'Book appointment'}
          </button>
          {/* Outside the fieldset: closing stays possible if the practice turns read-only meanwhile. */}
          <button type="button" className="button button-secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
    </section>
  );
}
