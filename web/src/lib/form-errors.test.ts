/** Field errors from a zod error: the first message for each top-level field. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './form-errors';

const schema = z.object({
  name: z.string().min(2, 'Enter a name').regex(/^[A-Z]/, 'Start with a capital'),
  email: z.email('Enter a valid email address'),
  address: z.object({ city: z.string().min(1, 'Enter the city') }),
  tags: z.array(z.string().min(1, 'Tags can’t be empty')),
});

describe('fieldErrorsOf', () => {
  it('gives each failing field its first message and leaves valid fields out', () => {
    const result = schema.safeParse({ name: 'x', email: 'ok@example.com', address: { city: 'Leeds' }, tags: [] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ name: 'Enter a name' });
  });

  it('files nested issues under their top-level field', () => {
    const result = schema.safeParse({ name: 'Ana', email: 'nope', address: { city: '' }, tags: ['a', ''] });
    expect(fieldErrorsOf(result.error!)).toEqual({
      email: 'Enter a valid email address',
      address: 'Enter the city',
      tags: 'Tags can’t be empty',
    });
  });

  it('ignores issues that belong to no field (a refine on the whole object)', () => {
    const whole = z.object({ a: z.string() }).refine(() => false, { message: 'Whole form' });
    const result = whole.safeParse({ a: 'x' });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({});
  });
});
