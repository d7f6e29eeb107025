/**
 * Dates on tenant documents for the console. Timestamps are read defensively:
 * a tenant still being set up, or an older document, may lack some of them.
 */
import type { Timestamp } from 'firebase/firestore';
import { formatDate } from '../workspace/format-date';
import type { Tenant } from '../workspace/use-workspace';

export function dateOf(value: Timestamp | null | undefined): Date | null {
  return value && typeof value.toDate === 'function' ? value.toDate() : null;
}

/** "12 March 2031", or a dash when there is no date. */
export function formatOptionalDate(value: Timestamp | null | undefined): string {
  const date = dateOf(value);
  return date ? formatDate(date) : '—';
}

/**
 * Trial ends and go-live dates are calendar days in UTC (a go-live starts at
 * the beginning of its day, an extended trial ends at the end of its day;
 * SPEC §3 and the domain's `trialEndForDate`), so the console shows them as
 * that UTC day wherever the viewer is.
 */
const calendarDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatCalendarDay(value: Timestamp | null | undefined): string {
  const date = dateOf(value);
  return date ? formatCalendarDate(date) : '—';
}

export function formatCalendarDate(date: Date): string {
  return calendarDayFormat.format(date);
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(value: Timestamp | null | undefined): string {
  const date = dateOf(value);
  return date ? dateTimeFormat.format(date) : '—';
}

/** The one date that matters next for this tenant: its go-live, its trial end, or none. */
export function keyDateOf(tenant: Tenant): string {
  const trialEnd = dateOf(tenant.trialEndsAt);
  if (dateOf(tenant.goLiveAt)) {
    const live = tenant.status !== 'provisioning' && tenant.status !== 'trial';
    return `${live ? 'Went live' : 'Goes live'} ${formatCalendarDay(tenant.goLiveAt)}`;
  }
  if (trialEnd && tenant.status === 'trial') return `Trial ends ${formatCalendarDay(tenant.trialEndsAt)}`;
  if (trialEnd && tenant.status === 'trial_expired') return `Trial ended ${formatCalendarDay(tenant.trialEndsAt)}`;
  return '—';
}

