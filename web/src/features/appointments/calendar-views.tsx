/**
 * The two calendar layouts. Day: one column per practitioner, appointments
 * in time order. Week: one row per day, for one practitioner or everyone.
 * Lists rather than a pixel grid, so screen readers and narrow screens get
 * the same order of events as everyone else.
 */
import { useId } from 'react';
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
  onReschedule(appointment: Appointment): void;
}

export function DayView({ columns, appointments, directory, onReschedule }: ViewProps & { columns: CalendarColumn[] }) {
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
            directory={directory}
            onReschedule={onReschedule}
            empty="Nothing booked."
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
  directory,
  onReschedule,
  showPractitioner,
}: ViewProps & { days: Date[]; today: Date; showPractitioner: boolean }) {
  return (
    <div className="calendar-week" data-testid="appointments-week">
      {days.map((day) => (
        <CalendarList
          key={day.getTime()}
          heading={sameDay(day, today) ? `${formatShortDay(day)} (today)` : formatShortDay(day)}
          appointments={appointments.filter((a) => sameDay(a.startsAt.toDate(), day))}
          directory={directory}
          onReschedule={onReschedule}
          showPractitioner={showPractitioner}
          empty="Nothing booked."
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
  showPractitioner = false,
  empty,
}: ViewProps & { heading: string; showPractitioner?: boolean; empty: string }) {
  const headingId = useId();
  return (
    <section className="calendar-column" aria-labelledby={headingId}>
      <h3 id={headingId}>
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
            />
          ))}
        </ol>
      )}
    </section>
  );
}
