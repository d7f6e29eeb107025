/** Why a note's text was not accepted, in words (the schema's own messages are for developers). */
import { LIMITS } from '@atrium/domain';

export function bodyError(body: string): string {
  if (body.trim().length === 0) return 'Write the note before saving it.';
  return `Keep the note under ${LIMITS.noteBody.max.toLocaleString()} characters.`;
}
