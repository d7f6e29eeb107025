/**
 * Tenant dates in the console. Trial ends and go-live dates are UTC calendar
 * days, shown as that day wherever the viewer is: the checks compare
 * formatted days with each other, so they hold in any zone and language.
 */
import { trialEndForDate } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../workspace/format-date';
import type { Tenant } from '../workspace/use-workspace';
import { dateOf, formatCalendarDate, formatCalendarDay, formatDateTime, formatOptionalDate, keyDateOf } from './tenant-dates';

const stamp = (date: Date) => ({ toDate: () => new Date(date) }) as unknown as Timestamp;

function tenant(fields: Partial<Tenant>): Tenant {
  return { status: 'trial', trialEndsAt: null, goLiveAt: null, ...fields } as Tenant;
}

describe('dateOf and formatOptionalDate', () => {
  it('read a Timestamp, and a dash for a missing one', () => {
    const date = new Date('2031-03-12T10:00:00Z');
    expect(dateOf(stamp(date))).toEqual(date);
    expect(dateOf(null)).toBeNull();
    expect(dateOf(undefined)).toBeNull();
    expect(dateOf({} as Timestamp)).toBeNull();
    expect(formatOptionalDate(stamp(date))).toBe(formatDate(date));
    expect(formatOptionalDate(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatCalendarDay(null)).toBe('—');
  });
});

describe('formatCalendarDate', () => {
  it('shows the UTC day, whatever the viewer’s zone', () => {
    // The last millisecond of 12 March (a trial end) is already 13 March east of UTC, still 12 March west of it.
    const trialEnd = trialEndForDate('2031-03-12');
    expect(formatCalendarDate(trialEnd)).toBe(formatCalendarDate(new Date('2031-03-12T00:00:00Z')));
    expect(formatCalendarDate(trialEnd)).not.toBe(formatCalendarDate(new Date('2031-03-13T00:00:00Z')));
    expect(formatCalendarDate(trialEnd)).toContain('2031');
    expect(formatCalendarDate(trialEnd)).toContain('12');
  });
});

describe('keyDateOf', () => {
  const goLive = stamp(new Date('2031-04-01T00:00:00Z'));
  const trialEnd = stamp(trialEndForDate('2031-03-12'));
  const day = (value: Timestamp) => formatCalendarDay(value);

  it('a contracted practice not yet live says when it goes live', () => {
    expect(keyDateOf(tenant({ status: 'provisioning', goLiveAt: goLive }))).toBe(`Goes live ${day(goLive)}`);
    expect(keyDateOf(tenant({ status: 'trial', goLiveAt: goLive, trialEndsAt: trialEnd }))).toBe(`Goes live ${day(goLive)}`);
  });

  it('a contracted practice past its go-live says when it went live', () => {
    for (const status of ['active', 'past_due', 'suspended', 'cancelled'] as const) {
      expect(keyDateOf(tenant({ status, goLiveAt: goLive }))).toBe(`Went live ${day(goLive)}`);
    }
  });

  it('a self-serve trial says when it ends, or ended', () => {
    expect(keyDateOf(tenant({ status: 'trial', trialEndsAt: trialEnd }))).toBe(`Trial ends ${day(trialEnd)}`);
    expect(keyDateOf(tenant({ status: 'trial_expired', trialEndsAt: trialEnd }))).toBe(`Trial ended ${day(trialEnd)}`);
  });

  it('has nothing to say for a paying practice, or a trial with no end', () => {
    expect(keyDateOf(tenant({ status: 'active', trialEndsAt: trialEnd }))).toBe('—');
    expect(keyDateOf(tenant({ status: 'trial' }))).toBe('—');
  });
});
