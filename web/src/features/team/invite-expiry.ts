/** "expires in 3 days", "expires in 5 hours", "expired": an open invite's time left, in words. */
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export function describeExpiry(expiresAt: Date, now: Date): { expired: boolean; text: string } {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return { expired: true, text: 'Expired' };
  if (left < HOUR_MS) return { expired: false, text: 'Expires within the hour' };
  if (left < DAY_MS) return { expired: false, text: `Expires ${relative.format(Math.floor(left / HOUR_MS), 'hour')}` };
  return { expired: false, text: `Expires ${relative.format(Math.round(left / DAY_MS), 'day')}` };
}
