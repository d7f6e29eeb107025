/**
 * Choices for the practice settings: every time zone the browser knows
 * (IANA names, grouped by region in the label) and the currencies clinics
 * using Atrium bill in, named in the viewer's language.
 */

/** ISO 4217 codes offered for the practice's prices. */
export const CURRENCY_CODES: readonly string[] = [
  'GBP', 'EUR', 'USD', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'JPY', 'SGD', 'HKD', 'AED', 'SAR', 'ZAR', 'INR', 'BRL', 'MXN',
];

function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function currencyOptions(current: string | undefined): { value: string; label: string }[] {
  const codes = current && !CURRENCY_CODES.includes(current) ? [current, ...CURRENCY_CODES] : CURRENCY_CODES;
  return [{ value: '', label: 'Not set' }, ...codes.map((code) => ({ value: code, label: `${code} — ${currencyName(code)}` }))];
}

function supportedTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function timeZoneOptions(current: string | undefined): { value: string; label: string }[] {
  const zones = supportedTimeZones();
  // Chromium leaves UTC out of the list; a stored value the browser does not know stays choosable.
  for (const extra of ['UTC', current]) {
    if (extra && !zones.includes(extra)) zones.unshift(extra);
  }
  return [{ value: '', label: 'Not set' }, ...zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))];
}

/** The browser's own time zone, offered as a suggestion when the practice has none. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
