/** An open invite's time left in words, with a fixed clock. */
import { INVITE_TTL_DAYS, inviteExpiresAt } from '@atrium/domain';
import { describe, expect, it } from 'vitest';
import { describeExpiry } from './invite-expiry';

const NOW = new Date('2026-03-12T10:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('describeExpiry', () => {
  it('a fresh invite expires in the full invite period', () => {
    expect(describeExpiry(inviteExpiresAt(NOW), NOW)).toEqual({ expired: false, text: `Expires in ${INVITE_TTL_DAYS} days` });
  });

  it.each([
    [6 * DAY + 11 * HOUR, 'Expires in 6 days'],
    [6 * DAY + 12 * HOUR, 'Expires in 7 days'],
    [2 * DAY, 'Expires in 2 days'],
    [DAY + 11 * HOUR, 'Expires in 1 day'],
    [DAY, 'Expires in 1 day'],
    [DAY - 1, 'Expires in 23 hours'],
    [5 * HOUR + 59 * MINUTE, 'Expires in 5 hours'],
    [2 * HOUR, 'Expires in 2 hours'],
    [HOUR, 'Expires in 1 hour'],
    [HOUR - 1, 'Expires within the hour'],
    [1, 'Expires within the hour'],
  ])('%i ms left reads "%s"', (left, text) => {
    expect(describeExpiry(later(left), NOW)).toEqual({ expired: false, text });
  });

  it('is expired at the expiry instant and after it', () => {
    expect(describeExpiry(NOW, NOW)).toEqual({ expired: true, text: 'Expired' });
    expect(describeExpiry(later(-3 * DAY), NOW)).toEqual({ expired: true, text: 'Expired' });
  });
});
