/** Patient names and birth dates: calendar dates with no time zone, never shifted by one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate, calendarDateSpellings, formatCalendarDate, fullName, listName } from './patient';

const longDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

describe('names', () => {
  it('reads "First Last" and, for the list, "Last, First"', () => {
    expect(fullName({ firstName: 'Ana', lastName: 'de Vries' })).toBe('Ana de Vries');
    expect(listName({ firstName: 'Ana', lastName: 'de Vries' })).toBe('de Vries, Ana');
  });
});

describe('calendarDate', () => {
  it('is the local calendar day of a YYYY-MM-DD date', () => {
    const date = calendarDate('1980-03-12')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([1980, 2, 12, 0]);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(calendarDate('2024-02-29')).not.toBeNull();
    expect(calendarDate('2000-02-29')).not.toBeNull();
    expect(calendarDate('1900-02-29')).toBeNull();
    expect(calendarDate('2023-02-29')).toBeNull();
  });

  it.each(['2023-02-31', '2023-04-31', '2023-13-01', '2023-00-01', '2023-01-00', '1980-3-12', '12/03/1980', '1980-03-12T00:00:00Z', ''])(
    'refuses %j',
    (text) => {
      expect(calendarDate(text)).toBeNull();
    },
  );
});

describe('formatCalendarDate', () => {
  it('shows the date in the viewer’s format', () => {
    expect(formatCalendarDate('1980-03-12')).toBe(longDate.format(new Date(1980, 2, 12)));
  });

  it('shows text that is not a date as it is', () => {
    expect(formatCalendarDate('around 1980')).toBe('around 1980');
  });
});

describe('calendarDateSpellings', () => {
  it('lists the ISO form first, then the long and numeric forms', () => {
    const spellings = calendarDateSpellings('1980-03-12');
    expect(spellings).toHaveLength(3);
    expect(spellings[0]).toBe('1980-03-12');
    expect(spellings[1]).toBe(longDate.format(new Date(1980, 2, 12)));
    expect(spellings[2]).toMatch(/03\D12\D1980|12\D03\D1980|1980\D03\D12/);
  });

  it('is just the text for something that is not a date', () => {
    expect(calendarDateSpellings('1980-02-30')).toEqual(['1980-02-30']);
  });
});

describe('a birth date west of UTC (America/Los_Angeles)', () => {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });

  it('stays on its day (new Date("1980-03-12") would be the 11th here)', () => {
    expect(new Date('1980-03-12').getDate()).toBe(11);
    expect(calendarDate('1980-03-12')!.getDate()).toBe(12);
  });
});
