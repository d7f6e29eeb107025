/**
 * Prices in the practice's currency: typed text → integer minor units and
 * back, for currencies with two, zero (JPY) and three (BHD) decimals.
 */
import { describe, expect, it } from 'vitest';
import type { Tenant } from '../workspace/use-workspace';
import { currencyOf, DEFAULT_CURRENCY, formatDuration, formatPrice, minorDigits, parsePriceInput, priceToInput } from './service-prices';

describe('parsePriceInput in euros', () => {
  it.each([
    ['45', 4500],
    ['45.5', 4550],
    ['45.50', 4550],
    ['45,50', 4550],
    ['45,5', 4550],
    [' 45 ', 4500],
    ['0', 0],
    ['0.07', 7],
    ['0.29', 29],
    ['1.10', 110],
    ['1 200.00', 120000],
    ['1\u00a0200,50', 120050],
    ['1,200', 120000],
    ['1,200.50', 120050],
    ["1'200.50", 120050],
    ['100000', 10000000],
  ])('%j is %i cents', (text, cents) => {
    expect(parsePriceInput(text, 'EUR')).toBe(cents);
  });

  it.each(['', '   ', 'abc', '€45', '45 €', '-5', '45.', '.5', ',5', '45.505', '45,505.5.5', '1.200,50', '45e2', '0x10', 'Infinity', '4 5.5.5'])(
    '%j is not an amount',
    (text) => {
      expect(parsePriceInput(text, 'EUR')).toBeNaN();
    },
  );

  it('always gives whole cents (no floating-point error)', () => {
    for (let cents = 0; cents <= 20_000; cents++) {
      const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      const parsed = parsePriceInput(text, 'EUR');
      expect(Number.isInteger(parsed)).toBe(true);
      if (parsed !== cents) expect.fail(`${text} parsed as ${parsed}`);
    }
  });
});

describe('parsePriceInput in a currency without decimals (JPY)', () => {
  it('takes whole yen', () => {
    expect(parsePriceInput('1500', 'JPY')).toBe(1500);
    expect(parsePriceInput('1,500', 'JPY')).toBe(1500);
    expect(parsePriceInput('12 000', 'JPY')).toBe(12000);
  });

  it('refuses fractions of a yen', () => {
    expect(parsePriceInput('1500.5', 'JPY')).toBeNaN();
    expect(parsePriceInput('1500,5', 'JPY')).toBeNaN();
  });
});

describe('parsePriceInput in a currency with three decimals (BHD)', () => {
  it('counts in thousandths', () => {
    expect(parsePriceInput('1.5', 'BHD')).toBe(1500);
    expect(parsePriceInput('1.234', 'BHD')).toBe(1234);
    expect(parsePriceInput('1.2345', 'BHD')).toBeNaN();
  });
});

describe('minorDigits', () => {
  it('follows the currency', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('GBP')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
  });

  it('falls back to euros for a code Intl refuses', () => {
    expect(minorDigits('EURO')).toBe(2);
  });
});

describe('priceToInput', () => {
  it('shows the stored amount with the currency’s decimals', () => {
    expect(priceToInput(4550, 'EUR')).toBe('45.50');
    expect(priceToInput(4500, 'EUR')).toBe('45.00');
    expect(priceToInput(0, 'EUR')).toBe('0.00');
    expect(priceToInput(1005, 'EUR')).toBe('10.05');
    expect(priceToInput(1500, 'JPY')).toBe('1500');
    expect(priceToInput(1500, 'BHD')).toBe('1.500');
  });

  it('reads back as the same amount', () => {
    for (const currency of ['EUR', 'JPY', 'BHD']) {
      for (let amount = 0; amount <= 5_000; amount += 7) {
        if (parsePriceInput(priceToInput(amount, currency), currency) !== amount) expect.fail(`${amount} ${currency} did not round-trip`);
      }
    }
  });
});

describe('formatPrice', () => {
  const intl = (amount: number, currency: string) => new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);

  it('divides by the currency’s minor unit before formatting', () => {
    expect(formatPrice(4550, 'EUR')).toBe(intl(45.5, 'EUR'));
    expect(formatPrice(1500, 'JPY')).toBe(intl(1500, 'JPY'));
    expect(formatPrice(1500, 'BHD')).toBe(intl(1.5, 'BHD'));
  });

  it('shows an unusable currency code in euros rather than breaking the page', () => {
    expect(formatPrice(4550, 'EURO')).toBe(intl(45.5, 'EUR'));
  });
});

describe('currencyOf', () => {
  it('is the practice’s chosen currency, euros when none is set', () => {
    expect(currencyOf({ settings: { currency: 'JPY' } } as Tenant)).toBe('JPY');
    expect(currencyOf({ settings: {} } as Tenant)).toBe(DEFAULT_CURRENCY);
    expect(DEFAULT_CURRENCY).toBe('EUR');
  });
});

describe('formatDuration', () => {
  it.each([
    [5, '5 min'],
    [45, '45 min'],
    [59, '59 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [125, '2 h 5 min'],
    [600, '10 h'],
  ])('%i minutes read "%s"', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
