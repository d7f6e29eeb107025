/**
 * Prices and durations in the practice's terms. Prices are stored as
 * integers in the currency's minor unit (`priceCents`: cents for EUR/USD,
 * whole yen for JPY) so sums never pick up float error. Pure: no Firebase.
 */
import type { Tenant } from '../workspace/use-workspace';

/** A practice that has not chosen a currency in its settings sees euros. */
export const DEFAULT_CURRENCY = 'EUR';

export function currencyOf(tenant: Tenant): string {
  return tenant.settings?.currency ?? DEFAULT_CURRENCY;
}

function currencyFormat(currency: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency });
  } catch {
    // An unknown code in the settings should not break the page.
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: DEFAULT_CURRENCY });
  }
}

/** Digits after the decimal point in `currency` (2 for EUR, 0 for JPY). */
export function minorDigits(currency: string): number {
  return currencyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatPrice(priceCents: number, currency: string): string {
  return currencyFormat(currency).format(priceCents / 10 ** minorDigits(currency));
}

/** The stored amount as the form shows it ("45.00"). */
export function priceToInput(priceCents: number, currency: string): string {
  return (priceCents / 10 ** minorDigits(currency)).toFixed(minorDigits(currency));
}

/**
 * "45", "45.5", "45,50" or "1 200.00" in currency units → integer minor
 * units; NaN when it is not an amount (the schema then refuses it).
 */
export function parsePriceInput(value: string, currency: string): number {
  const compact = value.trim().replace(/[\s\u00a0']/g, '');
  // A single comma followed by one or two digits is a decimal comma; other commas group thousands.
  const normalised = /^\d*,\d{1,2}$/.test(compact) ? compact.replace(',', '.') : compact.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return Number.NaN;
  const digits = minorDigits(currency);
  const [whole = '0', fraction = ''] = normalised.split('.');
  if (fraction.length > digits) return Number.NaN;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
