/**
 * Calendar arithmetic for the appointments views. Every assertion reads the
 * result through local-time getters, so it holds in whatever zone the
 * machine runs in; the same cases then run again in zones pinned to weeks
 * with a daylight-saving change (northern and southern hemisphere), where
 * adding 24 h instead of one calendar day would shift a day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutes,
  combineDateAndTime,
  nextQuarterHour,
  parseIsoDate,
  sameDay,
  startOfDay,
  startOfWeek,
  toIsoDate,
  toTimeOfDay,
  viewRange,
} from './calendar-dates';

const HOUR_MS = 60 * 60 * 1000;
const local = (date: Date) => [toIsoDate(date), toTimeOfDay(date)].join(' ');

describe('in the machine’s own time zone', () => {
  it('startOfDay is local midnight of the same day', () => {
    expect(local(startOfDay(new Date(2026, 10, 27, 16, 45, 12, 345)))).toBe('2026-11-27 00:00');
    expect(startOfDay(new Date(2026, 10, 27, 16, 45, 12, 345)).getSeconds()).toBe(0);
    expect(startOfDay(new Date(2026, 10, 27, 16, 45, 12, 345)).getMilliseconds()).toBe(0);
  });

  it('startOfWeek is the Monday on or before, for every day of the week', () => {
    // Monday 23 November 2026 to Sunday 29 November 2026.
    for (let day = 23; day <= 29; day++) {
      const monday = startOfWeek(new Date(2026, 10, day, 18, 30));
      expect(local(monday)).toBe('2026-11-23 00:00');
      expect(monday.getDay()).toBe(1);
    }
    expect(local(startOfWeek(new Date(2026, 10, 30, 0, 0)))).toBe('2026-11-30 00:00');
  });

  it('startOfWeek reaches back across a month and a year', () => {
    expect(local(startOfWeek(new Date(2026, 2, 1)))).toBe('2026-02-23 00:00'); // Sunday 1 March
    expect(local(startOfWeek(new Date(2027, 0, 2)))).toBe('2026-12-28 00:00'); // Saturday 2 January
  });

  it('a week view is Monday to Sunday, ending at the next Monday', () => {
    const { start, end, days } = viewRange('week', new Date(2026, 10, 26, 9, 15));
    expect(local(start)).toBe('2026-11-23 00:00');
    expect(local(end)).toBe('2026-11-30 00:00');
    expect(days.map(toIsoDate)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(days.map((day) => day.getDay())).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it('a day view is one local day', () => {
    const { start, end, days } = viewRange('day', new Date(2026, 10, 26, 9, 15));
    expect(local(start)).toBe('2026-11-26 00:00');
    expect(local(end)).toBe('2026-11-27 00:00');
    expect(days.map(toIsoDate)).toEqual(['2026-11-26']);
  });

  it('addDays keeps the time of day and rolls over months and leap days', () => {
    expect(local(addDays(new Date(2028, 1, 28, 14, 30), 1))).toBe('2028-02-29 14:30');
    expect(local(addDays(new Date(2028, 1, 28, 14, 30), 2))).toBe('2028-03-01 14:30');
    expect(local(addDays(new Date(2027, 0, 1, 8, 0), -1))).toBe('2026-12-31 08:00');
  });

  it('toIsoDate pads month and day', () => {
    expect(toIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('parseIsoDate reads real dates as local midnight and refuses anything else', () => {
    expect(local(parseIsoDate('2026-11-27')!)).toBe('2026-11-27 00:00');
    expect(local(parseIsoDate('2028-02-29')!)).toBe('2028-02-29 00:00');
    for (const bad of ['2027-02-29', '2026-02-31', '2026-13-01', '2026-00-10', '2026-1-5', '27/11/2026', '2026-11-27T10:00', '', null, undefined]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });

  it('toIsoDate and parseIsoDate round-trip', () => {
    for (const iso of ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31', '2028-02-29']) {
      expect(toIsoDate(parseIsoDate(iso)!)).toBe(iso);
    }
  });

  it('combineDateAndTime builds the local moment, or null when incomplete or impossible', () => {
    expect(local(combineDateAndTime('2026-11-27', '09:05')!)).toBe('2026-11-27 09:05');
    expect(local(combineDateAndTime('2026-11-27', '23:59')!)).toBe('2026-11-27 23:59');
    expect(combineDateAndTime('2026-11-27', '24:00')).toBeNull();
    expect(combineDateAndTime('2026-11-27', '12:60')).toBeNull();
    expect(combineDateAndTime('2026-11-27', '9:05')).toBeNull();
    expect(combineDateAndTime('2026-11-27', '')).toBeNull();
    expect(combineDateAndTime('', '09:00')).toBeNull();
    expect(combineDateAndTime('2026-02-30', '09:00')).toBeNull();
  });

  it('addMinutes adds elapsed time', () => {
    const start = new Date(Date.UTC(2026, 10, 27, 9, 50));
    expect(addMinutes(start, 45).toISOString()).toBe('2026-11-27T10:35:00.000Z');
    expect(addMinutes(start, -50).toISOString()).toBe('2026-11-27T09:00:00.000Z');
  });

  it('sameDay compares the local calendar day', () => {
    expect(sameDay(new Date(2026, 10, 27, 0, 0), new Date(2026, 10, 27, 23, 59))).toBe(true);
    expect(sameDay(new Date(2026, 10, 27, 23, 59), new Date(2026, 10, 28, 0, 0))).toBe(false);
    expect(sameDay(new Date(2026, 10, 27), new Date(2025, 10, 27))).toBe(false);
    expect(sameDay(new Date(2026, 10, 27), new Date(2026, 9, 27))).toBe(false);
  });

  it('nextQuarterHour rounds up to the next quarter, and stays within the day', () => {
    expect(nextQuarterHour(new Date(2026, 10, 27, 9, 0))).toBe('09:15');
    expect(nextQuarterHour(new Date(2026, 10, 27, 9, 1))).toBe('09:15');
    expect(nextQuarterHour(new Date(2026, 10, 27, 9, 14, 59))).toBe('09:15');
    expect(nextQuarterHour(new Date(2026, 10, 27, 9, 15))).toBe('09:30');
    expect(nextQuarterHour(new Date(2026, 10, 27, 9, 52))).toBe('10:00');
    expect(nextQuarterHour(new Date(2026, 10, 27, 23, 40))).toBe('23:45');
    // Past the last quarter of the day the form still offers today, not 00:00 of an earlier-looking time.
    expect(nextQuarterHour(new Date(2026, 10, 27, 23, 50))).toBe('23:45');
  });
});

/**
 * Weeks containing a daylight-saving change. Each zone's week is given as
 * its Monday and the day of the change; the checks are the same everywhere:
 * seven consecutive calendar days, each starting at local midnight.
 */
const DST_WEEKS = [
  { zone: 'Europe/Berlin', note: 'clocks forward (23-hour Sunday)', monday: [2025, 2, 24], changeDay: [2025, 2, 30], hours: 23 },
  { zone: 'Europe/Berlin', note: 'clocks back (25-hour Sunday)', monday: [2025, 9, 20], changeDay: [2025, 9, 26], hours: 25 },
  { zone: 'America/New_York', note: 'clocks forward', monday: [2025, 2, 3], changeDay: [2025, 2, 9], hours: 23 },
  { zone: 'America/New_York', note: 'clocks back', monday: [2025, 9, 27], changeDay: [2025, 10, 2], hours: 25 },
  { zone: 'Australia/Sydney', note: 'clocks back (southern autumn)', monday: [2025, 2, 31], changeDay: [2025, 3, 6], hours: 25 },
  { zone: 'Australia/Sydney', note: 'clocks forward (southern spring)', monday: [2025, 8, 29], changeDay: [2025, 9, 5], hours: 23 },
] as const;

for (const week of DST_WEEKS) {
  describe(`in ${week.zone}, the week the ${week.note}`, () => {
    let previous: string | undefined;
    beforeAll(() => {
      previous = process.env.TZ;
      process.env.TZ = week.zone;
    });
    afterAll(() => {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    });

    const [y, m, d] = week.monday;
    const [cy, cm, cd] = week.changeDay;

    it('the change day really is that long here (the zone switch took effect)', () => {
      const length = new Date(cy, cm, cd + 1).getTime() - new Date(cy, cm, cd).getTime();
      expect(length).toBe(week.hours * HOUR_MS);
    });

    it('every day of the week finds the same Monday at local midnight', () => {
      for (let i = 0; i < 7; i++) {
        for (const hour of [0, 1, 3, 12, 23]) {
          const monday = startOfWeek(new Date(y, m, d + i, hour, 30));
          expect(local(monday)).toBe(toIsoDate(new Date(y, m, d)) + ' 00:00');
        }
      }
    });

    it('the week view has seven consecutive days, each at local midnight, and ends at the next Monday', () => {
      const { start, end, days } = viewRange('week', new Date(y, m, d + 3, 12));
      expect(local(start)).toBe(toIsoDate(new Date(y, m, d)) + ' 00:00');
      expect(local(end)).toBe(toIsoDate(new Date(y, m, d + 7)) + ' 00:00');
      expect(days).toHaveLength(7);
      days.forEach((day, i) => {
        expect(local(day)).toBe(toIsoDate(new Date(y, m, d + i)) + ' 00:00');
        expect(day.getDay()).toBe((i + 1) % 7);
      });
      // The loaded range is one hour shorter or longer than 7 × 24 h: the calendar, not the stopwatch.
      expect(end.getTime() - start.getTime()).toBe((7 * 24 + (week.hours - 24)) * HOUR_MS);
    });

    it('the day view of the change day covers the whole local day', () => {
      const { start, end } = viewRange('day', new Date(cy, cm, cd, 15));
      expect(local(start)).toBe(toIsoDate(new Date(cy, cm, cd)) + ' 00:00');
      expect(local(end)).toBe(toIsoDate(new Date(cy, cm, cd + 1)) + ' 00:00');
      expect(end.getTime() - start.getTime()).toBe(week.hours * HOUR_MS);
    });

    it('stepping a day at a time through the change never skips or repeats a date', () => {
      let date = new Date(cy, cm, cd - 2, 0, 0);
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        seen.push(toIsoDate(date));
        date = addDays(date, 1);
      }
      expect(seen).toEqual([-2, -1, 0, 1, 2].map((offset) => toIsoDate(new Date(cy, cm, cd + offset))));
    });
  });
}

/**
 * Where the clocks go forward at midnight (Chile, Cuba, Lebanon, the Azores),
 * the change day has no 00:00: it starts at 01:00. Its day view must still
 * end at the next day's midnight, not an hour into the next day.
 */
describe('in America/Santiago, where the change day starts at 01:00', () => {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = 'America/Santiago';
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it('has no local midnight on Sunday 8 September 2024 (the zone switch took effect)', () => {
    expect(local(startOfDay(new Date(2024, 8, 8, 15)))).toBe('2024-09-08 01:00');
  });

  it('the day view of the change day runs from 01:00 to Monday’s midnight', () => {
    const { start, end, days } = viewRange('day', new Date(2024, 8, 8, 15));
    expect(local(start)).toBe('2024-09-08 01:00');
    expect(local(end)).toBe('2024-09-09 00:00');
    expect(days.map(toIsoDate)).toEqual(['2024-09-08']);
  });

  it('the day view of the next day starts where the change day’s ended', () => {
    expect(viewRange('day', new Date(2024, 8, 9, 15)).start).toEqual(viewRange('day', new Date(2024, 8, 8, 15)).end);
  });

  it('the week containing the change day is still Monday to Monday at midnight', () => {
    const { start, end, days } = viewRange('week', new Date(2024, 8, 8, 15));
    expect(local(start)).toBe('2024-09-02 00:00');
    expect(local(end)).toBe('2024-09-09 00:00');
    expect(days.map(toIsoDate)).toEqual(['2024-09-02', '2024-09-03', '2024-09-04', '2024-09-05', '2024-09-06', '2024-09-07', '2024-09-08']);
  });
});
