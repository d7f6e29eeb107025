/**
 * Calendar arithmetic for the appointments views, in the browser's local
 * time: a day runs from local midnight to the next, weeks start on Monday.
 * Dates travel in the URL and in date inputs as YYYY-MM-DD, times as HH:MM.
 * Adding days goes through the calendar (new Date(y, m, d + n)) rather than
 * adding 24 h, so a daylight-saving change never shifts a day.
 */

export type CalendarView = 'day' | 'week';

/** Local midnight of `date`'s day. */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes());
}

/** Local midnight of the Monday on or before `date`. */
export function startOfWeek(date: Date): Date {
  const day = startOfDay(date);
  const sinceMonday = (day.getDay() + 6) % 7;
  return startOfDay(addDays(day, -sinceMonday));
}

/** The days a view shows around `date`, and the time range to load: [start, end). */
export function viewRange(view: CalendarView, date: Date): { start: Date; end: Date; days: Date[] } {
  const start = view === 'week' ? startOfWeek(date) : startOfDay(date);
  const count = view === 'week' ? 7 : 1;
  const days = Array.from({ length: count }, (_, i) => addDays(start, i));
  return { start, end: startOfDay(addDays(start, count)), days };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** YYYY-MM-DD of the local day. */
export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of a YYYY-MM-DD date, or null when it is not a real date. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** HH:MM of the local time. */
export function toTimeOfDay(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The local moment at `time` (HH:MM) on `isoDate`, or null when either is incomplete. */
export function combineDateAndTime(isoDate: string, time: string): Date | null {
  const day = parseIsoDate(isoDate);
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** The next quarter hour after `now`, as HH:MM (for a booking made today). */
export function nextQuarterHour(now: Date): string {
  const next = new Date(now.getTime());
  next.setSeconds(0, 0);
  next.setMinutes(Math.floor(next.getMinutes() / 15) * 15 + 15);
  return sameDay(next, now) ? toTimeOfDay(next) : '23:45';
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

export function formatTimeRange(start: Date, end: Date): string {
  return `${timeFormat.format(start)}–${timeFormat.format(end)}`;
}

/** "Friday, 27 November 2026" (in the browser's language). */
export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

/** "Fri, 27 Nov". */
export function formatShortDay(date: Date): string {
  return shortDayFormat.format(date);
}

/** "23 – 29 November 2026" for a week starting on `start`. */
export function formatWeek(start: Date): string {
  const end = addDays(start, 6);
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(start, end);
}
