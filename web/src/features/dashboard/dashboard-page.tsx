/**
 * /app: the landing page after sign-up and sign-in. The practice overview
 * comes straight from the tenant document the layout already holds, so it
 * renders at once; today's appointments and the counts arrive afterwards,
 * each on its own, and only for collections the role may read.
 */
import { Link } from 'react-router-dom';
import { useMemo } from 'react';
import { useAppointmentsBetween, useTeam, type Directory } from '../appointments/appointment-records';
import { isActiveBooking } from '../appointments/appointment-names';
import { sameDay, viewRange } from '../appointments/calendar-dates';
import { useServices } from '../services/service-records';
import { useWorkspaceContext, type Permission } from '../workspace/workspace-context';
import { usePatientCount, usePatientNames } from './dashboard-data';
import { PracticeOverview } from './practice-overview';
import { TodayAppointments } from './today-appointments';
import './dashboard.css';

export default function DashboardPage() {
  const { tenantId, tenant, name, role, user, now, permission } = useWorkspaceContext();
  const readable = (collection: Parameters<typeof permission>[0]) => permission(collection, 'read') !== 'denied';
  const own = role === 'practitioner';

  // One live query for the week (Monday to Sunday around today) gives today's list and both counts.
  // (The query is keyed by the range's start and end, so a new Date object each render does not resubscribe.)
  const { start, end } = viewRange('week', now);
  const week = useAppointmentsBetween(tenantId, start, end, {
    practitionerId: own ? user.uid : undefined,
    enabled: readable('appointments'),
  });
  const services = useServices(tenantId, readable('services'));
  const team = useTeam(tenantId);
  const patientCount = usePatientCount(tenantId, readable('patients'));

  const today = useMemo(
    () => (week.status === 'ready' ? { status: 'ready' as const, data: week.data.filter((a) => sameDay(a.startsAt.toDate(), now)) } : week),
    [week, now],
  );
  const patientNames = usePatientNames(tenantId, today.status === 'ready' ? today.data.map((a) => a.patientId) : []);
  const directory = useMemo<Omit<Directory, 'patients'>>(
    () => ({
      services: new Map(services.status === 'ready' ? services.data.map((s) => [s.id, s]) : []),
      members: new Map(team.status === 'ready' ? team.data.map((m) => [m.id, m]) : []),
    }),
    [services, team],
  );

  const activeServices = services.status === 'ready' ? services.data.filter((s) => s.active).length : null;
  const counts: { label: string; value: number | 'unavailable' | null; show: boolean }[] = [
    { label: 'Patients', value: patientCount, show: readable('patients') },
    {
      label: own ? 'Your appointments today' : 'Appointments today',
      value: today.status === 'ready' ? today.data.filter(isActiveBooking).length : null,
      show: readable('appointments'),
    },
    {
      label: own ? 'Your appointments this week' : 'Appointments this week',
      value: week.status === 'ready' ? week.data.filter(isActiveBooking).length : null,
      show: readable('appointments'),
    },
    { label: 'Active services', value: activeServices, show: readable('services') },
  ];

  return (
    <>
      <PracticeOverview tenant={tenant} displayName={name} />
      <QuickActions
        book={permission('appointments', 'create')}
        newPatient={permission('patients', 'create')}
        setUpServices={activeServices === 0 ? permission('services', 'create') : 'denied'}
      />
      {readable('appointments') && <TodayAppointments today={today} own={own} directory={directory} patientNames={patientNames} />}
      <section className="dashboard-counts" aria-labelledby="dashboard-counts-heading">
        <h3 id="dashboard-counts-heading">At a glance</h3>
        <dl className="overview-facts">
          {counts
            .filter((count) => count.show)
            .map((count) => (
              <div className="fact" key={count.label}>
                <dt>{count.label}</dt>
                {count.value === null ? (
                  <dd aria-busy="true">
                    <span aria-hidden="true">…</span>
                    <span className="visually-hidden">Loading</span>
                  </dd>
                ) : count.value === 'unavailable' ? (
                  <dd className="fact-note">Not available right now</dd>
                ) : (
                  <dd>{count.value}</dd>
                )}
              </div>
            ))}
        </dl>
      </section>
    </>
  );
}

/** Shortcuts to what the role may start; shown disabled while the practice is read-only. */
function QuickActions({ book, newPatient, setUpServices }: { book: Permission; newPatient: Permission; setUpServices: Permission }) {
  const actions = [
    { label: 'Book appointment', to: '/app/appointments?book=1', permission: book, testId: 'dashboard-book' },
    { label: 'New patient', to: '/app/patients', permission: newPatient, testId: 'dashboard-new-patient' },
    { label: 'Set up services', to: '/app/services', permission: setUpServices, testId: 'dashboard-services' },
  ].filter((action) => action.permission !== 'denied');
  if (actions.length === 0) return null;
  return (
    <nav className="dashboard-actions" aria-label="Quick actions">
      {actions.map((action, index) =>
        action.permission === 'allowed' ? (
          <Link key={action.to} className={`button ${index === 0 ? 'button-primary' : 'button-secondary'}`} to={action.to} data-testid={action.testId}>
            {action.label}
          </Link>
        ) : (
          <button key={action.to} type="button" className="button button-secondary" disabled data-testid={action.testId}>
            {action.label}
          </button>
        ),
      )}
    </nav>
  );
}
