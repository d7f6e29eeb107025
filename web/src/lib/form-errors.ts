/** Field-level messages from a zod error, first message per top-level field. */
import type { z } from 'zod';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function fieldErrorsOf<K extends string>(error: z.ZodError): FieldErrors<K> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in errors)) errors[field] = issue.message;
  }
  return errors as FieldErrors<K>;
}
