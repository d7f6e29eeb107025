/**
 * How a stored custom-field value reads on the patient page.
 */
import { describe, expect, it } from 'vitest';
import type { CustomField } from './custom-fields';
import { formatCalendarDate, formatCustomValue } from './patient';

const field = (type: CustomField['type']): CustomField => ({ label: 'Field', type, required: false });

describe('formatCustomValue', () => {
  it('reads a yes/no answer as Yes or No', () => {
    expect(formatCustomValue(field('boolean'), true)).toBe('Yes');
    expect(formatCustomValue(field('boolean'), false)).toBe('No');
  });

  it('reads a date field’s value as a date in the viewer’s format', () => {
    expect(formatCustomValue(field('date'), '2026-01-31')).toBe(formatCalendarDate('2026-01-31'));
    expect(formatCustomValue(field('date'), '2026-01-31')).not.toBe('2026-01-31');
  });

  it('shows a date field holding something that is not a date as it is', () => {
    expect(formatCustomValue(field('date'), 'sometime')).toBe('sometime');
  });

  it('shows text, numbers and options as they are', () => {
    expect(formatCustomValue(field('text'), 'Penicillin')).toBe('Penicillin');
    expect(formatCustomValue(field('number'), 12.5)).toBe('12.5');
    expect(formatCustomValue(field('select'), 'GP')).toBe('GP');
    expect(formatCustomValue(field('text'), '2026-01-31')).toBe('2026-01-31');
  });
});
