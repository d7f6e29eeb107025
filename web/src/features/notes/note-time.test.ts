/**
 * "Editable until 14:05 tomorrow": the lock time in words. Dates are built in
 * local time so the assertions hold in any time zone; the daylight-saving
 * cases pin a zone for their block and restore the machine's afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLockTime, formatNoteTime } from './note-time';

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayAndMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

describe('formatLockTime', () => {
  const now = new Date(2025, 2, 12, 9, 0);

  it('says "today" for a lock later the same day', () => {
    const until = new Date(2025, 2, 12, 17, 30);
    expect(formatLockTime(until, now)).toBe(`${clock.format(until)} today`);
  });

  it('says "tomorrow" for the usual 24-hour window', () => {
    const until = new Date(2025, 2, 13, 9, 0);
    expect(formatLockTime(until, now)).toBe(`${clock.format(until)} tomorrow`);
  });

  it('goes by the calendar day, not by 24-hour spans', () => {
    const lateEvening = new Date(2025, 2, 12, 23, 59);
    expect(formatLockTime(new Date(2025, 2, 13, 0, 1), lateEvening)).toMatch(/ tomorrow$/);
    expect(formatLockTime(new Date(2025, 2, 12, 23, 59, 30), new Date(2025, 2, 12, 0, 0))).toMatch(/ today$/);
  });

  it('names the day further out', () => {
    const until = new Date(2025, 2, 14, 8, 0);
    expect(formatLockTime(until, now)).toBe(`${clock.format(until)} on ${dayAndMonth.format(until)}`);
  });

  it('counts days across a month and a year end', () => {
    expect(formatLockTime(new Date(2025, 3, 1, 10, 0), new Date(2025, 2, 31, 10, 0))).toMatch(/ tomorrow$/);
    expect(formatLockTime(new Date(2026, 0, 1, 10, 0), new Date(2025, 11, 31, 10, 0))).toMatch(/ tomorrow$/);
  });
});

describe('formatLockTime across a daylight-saving change (Europe/Berlin)', () => {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it('runs in the pinned zone', () => {
    // Proves the zone switch took effect, so the cases below exercise 23- and 25-hour days.
    expect(new Date(2025, 2, 29, 12).getTimezoneOffset()).toBe(-60);
    expect(new Date(2025, 2, 31, 12).getTimezoneOffset()).toBe(-120);
  });

  it('still says "tomorrow" from the 23-hour day the clocks go forward', () => {
    expect(formatLockTime(new Date(2025, 2, 31, 10, 0), new Date(2025, 2, 30, 10, 0))).toMatch(/ tomorrow$/);
  });

  it('still says "tomorrow" from the 25-hour day the clocks go back', () => {
    expect(formatLockTime(new Date(2025, 9, 27, 10, 0), new Date(2025, 9, 26, 10, 0))).toMatch(/ tomorrow$/);
  });

  it('a lock 24 hours after a note written the day before the change is "tomorrow"', () => {
    const written = new Date(2025, 2, 29, 12, 0);
    const until = new Date(written.getTime() + 24 * 60 * 60 * 1000);
    expect(until.getDate()).toBe(30);
    expect(formatLockTime(until, written)).toMatch(/ tomorrow$/);
  });
});

describe('formatNoteTime', () => {
  it('shows date and time in the viewer’s format', () => {
    const date = new Date(2025, 2, 12, 14, 5);
    expect(formatNoteTime(date)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date));
  });
});
