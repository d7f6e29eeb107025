/** The settings pickers: currencies and time zones, with "Not set" first and a stored value always choosable. */
import { describe, expect, it } from 'vitest';
import { browserTimeZone, CURRENCY_CODES, currencyOptions, timeZoneOptions } from './settings-options';

describe('currencyOptions', () => {
  it('starts with "Not set", then every offered currency named', () => {
    const options = currencyOptions(undefined);
    expect(options[0]).toEqual({ value: '', label: 'Not set' });
    expect(options.slice(1).map((o) => o.value)).toEqual([...CURRENCY_CODES]);
    for (const option of options.slice(1)) expect(option.label).toMatch(new RegExp(`^${option.value} — .+`));
  });

  it('offers each currency once, including the stored one', () => {
    const values = currencyOptions('JPY').map((o) => o.value);
    expect(values.filter((v) => v === 'JPY')).toHaveLength(1);
    expect(new Set(values).size).toBe(values.length);
  });

  it('keeps a stored currency that is not in the list, right after "Not set"', () => {
    const options = currencyOptions('ISK');
    expect(options[1]?.value).toBe('ISK');
    expect(options).toHaveLength(CURRENCY_CODES.length + 2);
  });

  it('labels a code Intl does not know by the code itself', () => {
    expect(currencyOptions('??')[1]).toEqual({ value: '??', label: '?? — ??' });
  });
});

describe('timeZoneOptions', () => {
  it('starts with "Not set", includes UTC and reads underscores as spaces', () => {
    const options = timeZoneOptions(undefined);
    expect(options[0]).toEqual({ value: '', label: 'Not set' });
    expect(options.some((o) => o.value === 'UTC')).toBe(true);
    expect(options.find((o) => o.value === 'America/New_York')?.label).toBe('America/New York');
  });

  it('keeps a stored zone the browser does not list, once', () => {
    const values = timeZoneOptions('Mars/Olympus_Mons').map((o) => o.value);
    expect(values.filter((v) => v === 'Mars/Olympus_Mons')).toHaveLength(1);
    expect(timeZoneOptions('Europe/Berlin').filter((o) => o.value === 'Europe/Berlin')).toHaveLength(1);
  });
});

describe('browserTimeZone', () => {
  it('is an IANA zone name', () => {
    const zone = browserTimeZone();
    expect(zone).toEqual(expect.any(String));
    expect(() => new Intl.DateTimeFormat(undefined, { timeZone: zone })).not.toThrow();
  });
});
