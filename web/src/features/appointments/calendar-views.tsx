/**
 * The two calendar layouts. Day: one column per practitioner, appointments
 * in time order. Week: one row per day, for one practitioner or everyone.
 * Lists rather than a pixel grid, so screen readers and narrow screens get
 * the same order of events as everyone else. A list's heading is where
 * keyboard focus goes when one of its appointments is deleted.
 */
import { useId, useRef, type RefObject } from 'react';
import { AppointmentCard } from './appointment-card';
import type { Directory } from './appointment-records';
import type { Appointment } from './appointment-names';
import { formatShortDay, sameDay } from './calendar-dates';

export interface CalendarColumn {
  id: string;
  name: string;
}

interface ViewProps {
  appointments: Appointment[];
  directory: Directory;
  /** `from` is the card's Reschedule button, where focus goes back when the form closes. */
  onReschedule(appointment: Appointment, from: HTMLElement): void;
  /** A change to an appointment, in words for the page's status line. */
  onNotice(message: string): void;
  /** An appointment was deleted; `list` is its list's heading, for focus while that list is still shown. */
  onDeleted(message: string, list: RefObject<HTMLHeadingElement | null>): void;
}

export function DayView({ columns, appointments, ...handlers }: ViewProps & { columns: CalendarColumn[] }) {
  return (
    <div className="calendar-day" data-testid="appointments-day">
      {columns.length === 0 ? (
        <p className="empty-state">No practitioners yet: invite your practitioners from the Team page to book their time.</p>
      ) : (
        columns.map((column) => (
          <CalendarList
            key={column.id}
            heading={column.name}
            appointments={appointments.filter((a) => a.practitionerId === column.id)}
            empty="Nothing booked."
            {...handlers}
          />
        ))
      )}
    </div>
  );
}

export function WeekView({
  days,
  today,
  appointments,
  showPractitioner,
  ...handlers
}: ViewProps & { days: Date[]; today: Date; showPractitioner: boolean }) {
  return (
    <div className="calendar-week" data-testid="appointments-week">
      {days.map((day) => (
        <CalendarList
          key={day.getTime()}
          heading={sameDay(day, today) ? `${formatShortDay(day)} (today)` : formatShortDay(day)}
          appointments={appointments.filter((a) => sameDay(a.startsAt.toDate(), day))}
          showPractitioner={showPractitioner}
          empty="Nothing booked."
          {...handlers}
        />
      ))}
    </div>
  );
}

function CalendarList({
  heading,
  appointments,
  directory,
  onReschedule,
  onNotice,
  onDeleted,
  showPractitioner = false,
  empty,
}: ViewProps & { heading: string; showPractitioner?: boolean; empty: string }) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="calendar-column" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading} <span className="calendar-count">({appointments.length})</span>
      </h3>
      {appointments.length === 0 ? (
        <p className="calendar-empty">{empty}</p>
      ) : (
        <ol className="appointment-list">
          {appointments.map((appointment) => (
            <AppointmentCard
              key={appointment.id}
              appointment={appointment}
              directory={directory}
              showPractitioner={showPractitioner}
              onReschedule={onReschedule}
              onCancelled={onNotice}
              onDeleted={(message) => onDeleted(message, headingRef)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
