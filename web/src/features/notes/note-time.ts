/** How treatment-note times read on screen: "12 Mar 2025, 14:05", and "14:05 tomorrow" for the lock time. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayAndMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

export function formatNoteTime(date: Date): string {
  return dateTime.format(date);
}

/** "HH:MM today", "HH:MM tomorrow", or "HH:MM on 14 Mar" further out. */
export function formatLockTime(until: Date, now: Date): string {
  const time = clock.format(until);
  const days = calendarDaysBetween(now, until);
  if (days === 0) return `${time} today`;
  if (days === 1) return `${time} tomorrow`;
  return `${time} on ${dayAndMonth.format(until)}`;
}

function calendarDaysBetween(from: Date, to: Date): number {
  const start = new Date(from.getFullYear(), from.getMonth(), from.getDate()).getTime();
  const end = new Date(to.getFullYear(), to.getMonth(), to.getDate()).getTime();
  return Math.round((end - start) / (24 * 60 * 60 * 1000));
}
