/**
 * Parses a console form with the domain's zod schema, giving each field a
 * sentence for the issues the schema leaves to zod's default wording ("Too
 * small: expected…"). Messages the schema sets itself still win.
 */
import type { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';

export function parseForm<S extends z.ZodType, K extends string>(
  schema: S,
  data: unknown,
  messages: Record<K, string>,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors<K> } {
  const parsed = schema.safeParse(data, {
    error: (issue) => {
      const field = issue.path?.[0];
      return typeof field === 'string' && field in messages ? messages[field as K] : undefined;
    },
  });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrorsOf<K>(parsed.error) };
}
