/**
 * /app/appointments: the practice's calendar. Day view (a column per
 * practitioner) or week view (a row per day, for one practitioner or all);
 * the view, the date and the practitioner live in the URL
 * (`?view=week&date=2026-11-27&practitioner=<uid>`), so a reload or a shared
 * link opens the same page. `?book=1` opens the booking form (the
 * dashboard's quick action).
 *
 * Front-desk roles book, reschedule and cancel; practitioners move their
 * own appointments through arrived → completed and open the note composer.
 * Times are the browser's local time. When the form closes, keyboard focus
 * goes back to the button that opened it.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { NoAccess, ReadOnlyNotice } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useReturnFocus } from '../../lib/use-return-focus';
import { pausedReason, useWorkspaceContext } from '../workspace/workspace-context';
import { AppointmentForm, type AppointmentFormMode } from './appointment-form';
import { useAppointmentsBetween, useDirectory } from './appointment-records';
import { bookablePractitioners, memberName, type Appointment, type TeamMember } from './appointment-names';
import { DayView, WeekView, type CalendarColumn } from './calendar-views';
import {
  addDays,
  formatDay,
  formatTime,
  formatWeek,
  nextQuarterHour,
  parseIsoDate,
  sameDay,
  startOfDay,
  toIsoDate,
  viewRange,
  type CalendarView,
} from './calendar-dates';
import './appointments.css';

export default function AppointmentsPage() {
  const { permission } = useWorkspaceContext();
  if (permission('appointments', 'read') === 'denied') return <NoAccess what="Appointments" />;
  return <AppointmentsCalendar />;
}

/** The calendar's place, read from and written to the URL; without a date, today (which moves on at midnight). */
function useCalendarParams(now: Date) {
  const [params, setParams] = useSearchParams();
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'day';
  const dateParam = params.get('date');
  const today = startOfDay(now).getTime();
  const date = useMemo(() => parseIsoDate(dateParam) ?? new Date(today), [dateParam, today]);
  const practitioner = params.get('practitioner');
  const update = (changes: Record<string, string | null>, replace = false) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace },
    );
  return { view, date, practitioner, wantsBooking: params.get('book') === '1', update };
}

/** Day columns: every practitioner, then anyone else with an appointment that day; the viewer's own column first. */
function dayColumns(practitioners: TeamMember[], appointments: Appointment[], members: Map<string, TeamMember>, viewerUid: string): CalendarColumn[] {
  const columns: CalendarColumn[] = practitioners.map((m) => ({ id: m.id, name: m.displayName || m.email }));
  for (const appointment of appointments) {
    if (!columns.some((c) => c.id === appointment.practitionerId)) {
      columns.push({ id: appointment.practitionerId, name: memberName(members, appointment.practitionerId) });
    }
  }
  const own = columns.findIndex((c) => c.id === viewerUid);
  if (own > 0) columns.unshift(...columns.splice(own, 1));
  return columns;
}

function AppointmentsCalendar() {
  const ctx = useWorkspaceContext();
  const { tenantId, tenant, user, role, permission } = ctx;
  const { view, date, practitioner, wantsBooking, update } = useCalendarParams(ctx.now);
  const { start, end, days } = viewRange(view, date);
  const appointments = useAppointmentsBetween(tenantId, start, end);
  const { directory, patients, services, team } = useDirectory(tenantId);
  const [form, setForm] = useState<AppointmentFormMode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Focus returns to "Book appointment", or to the Reschedule button that opened the form while it is still shown.
  const focus = useReturnFocus();
  const rescheduledFrom = useRef<HTMLElement | null>(null);

  const createPermission = permission('appointments', 'create');
  const practitioners = useMemo(() => bookablePractitioners(directory.members), [directory.members]);
  // Week view: the chosen practitioner; a practitioner sees their own week unless they choose otherwise.
  const weekPractitioner = practitioner ?? (role === 'practitioner' ? user.uid : '');

  const openBooking = () => {
    setNotice(null);
    const today = new Date();
    const preferred =
      (view === 'week' && weekPractitioner) ||
      (role === 'practitioner' ? user.uid : practitioners.length === 1 ? practitioners[0]!.id : '');
    setForm({
      kind: 'book',
      date: toIsoDate(date),
      time: sameDay(date, today) ? nextQuarterHour(today) : '09:00',
      practitionerId: preferred,
    });
  };

  const openReschedule = (appointment: Appointment, from: HTMLElement) => {
    setNotice(null);
    rescheduledFrom.current = from;
    setForm({ kind: 'reschedule', appointment });
  };

  const closeForm = () => {
    const from = form?.kind === 'reschedule' ? rescheduledFrom.current : null;
    setForm(null);
    focus.restore(from);
  };

  // The deleted card is gone: focus moves to its list's heading (or, if the list went too, "Book appointment").
  const announceDeletion = (message: string, list: RefObject<HTMLHeadingElement | null>) => {
    setNotice(message);
    focus.restore(list);
  };

  // The dashboard's "Book appointment" lands here with ?book=1.
  useEffect(() => {
    if (!wantsBooking) return;
    if (createPermission === 'allowed') openBooking();
    update({ book: null }, true);
    // Only on arrival with the parameter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wantsBooking]);

  const step = view === 'week' ? 7 : 1;
  const title = view === 'week' ? `Week of ${formatWeek(start)}` : formatDay(date);
  const canChange = (['create', 'update'] as const).some((op) => permission('appointments', op) !== 'denied');
  const loading = [appointments, patients, services, team].some((r) => r.status === 'loading');

  const weekOptions = [
    { value: '', label: 'All practitioners' },
    ...dayColumns(practitioners, appointments.status === 'ready' ? appointments.data : [], directory.members, '').map((c) => ({
      value: c.id,
      label: c.name,
    })),
  ];

  return (
    <>
      <PageHeader
        title="Appointments"
        intro={title}
        headingRef={focus.fallback}
        actions={
          createPermission !== 'denied' && (
            <button
              ref={focus.opener}
              type="button"
              className="button button-primary"
              data-testid="appointment-book"
              disabled={createPermission !== 'allowed'}
              onClick={openBooking}
            >
              Book appointment
            </button>
          )
        }
      />
      {!ctx.writable && canChange && <ReadOnlyNotice reason={pausedReason(tenant)} />}
      <FormAlert message={notice} tone="info" />

      {form && (
        <AppointmentForm
          key={form.kind === 'reschedule' ? form.appointment.id : 'book'}
          mode={form}
          directory={directory}
          patients={patients.status === 'ready' ? patients.data : []}
          services={services.status === 'ready' ? services.data.filter((s) => s.active) : []}
          practitioners={practitioners}
          onClose={closeForm}
          onSaved={(startsAt) => {
            const booked = form.kind === 'book';
            closeForm();
            setNotice(`${booked ? 'Booked' : 'Moved'} for ${formatDay(startsAt)} at ${formatTime(startsAt)}.`);
            update({ date: toIsoDate(startsAt) });
          }}
        />
      )}

      <div className="toolbar calendar-toolbar" role="group" aria-label="Calendar">
        <div className="segmented" role="group" aria-label="View">
          {(['day', 'week'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className={`button button-small ${view === option ? 'button-primary' : 'button-secondary'}`}
              aria-pressed={view === option}
              onClick={() => update({ view: option === 'day' ? null : 'week' })}
            >
              {option === 'day' ? 'Day' : 'Week'}
            </button>
          ))}
        </div>
        <div className="calendar-nav" role="group" aria-label="Move through the calendar">
          <button type="button" className="button button-small button-secondary" onClick={() => update({ date: toIsoDate(addDays(date, -step)) })}>
            {view === 'week' ? 'Previous week' : 'Previous day'}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => update({ date: null })}>
            Today
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => update({ date: toIsoDate(addDays(date, step)) })}>
            {view === 'week' ? 'Next week' : 'Next day'}
          </button>
        </div>
        <TextField
          label="Go to date"
          type="date"
          value={toIsoDate(date)}
          onChange={(value) => {
            if (parseIsoDate(value)) update({ date: value });
          }}
        />
        {view === 'week' && (
          <SelectField
            label="Practitioner"
            value={weekPractitioner}
            onChange={(value) => update({ practitioner: value })}
            options={weekOptions.some((o) => o.value === weekPractitioner) ? weekOptions : [...weekOptions, { value: weekPractitioner, label: memberName(directory.members, weekPractitioner) }]}
          />
        )}
      </div>

      {appointments.status === 'denied' ? (
        <NoAccess what="Appointments" />
      ) : appointments.status === 'error' ? (
        <FormAlert message={appointments.message} />
      ) : loading || appointments.status !== 'ready' ? (
        <PageLoading label="Loading appointments…" inline />
      ) : view === 'day' ? (
        <DayView
          columns={dayColumns(practitioners, appointments.data, directory.members, user.uid)}
          appointments={appointments.data}
          directory={directory}
          onReschedule={openReschedule}
          onNotice={setNotice}
          onDeleted={announceDeletion}
        />
      ) : (
        <WeekView
          days={days}
          today={new Date()}
          appointments={weekPractitioner ? appointments.data.filter((a) => a.practitionerId === weekPractitioner) : appointments.data}
          directory={directory}
          showPractitioner={!weekPractitioner}
          onReschedule={openReschedule}
          onNotice={setNotice}
          onDeleted={announceDeletion}
        />
      )}
    </>
  );
}
