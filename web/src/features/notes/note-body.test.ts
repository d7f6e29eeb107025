/** The note form's message for a refused body: empty and too long read differently. */
import { LIMITS, treatmentNoteSchema } from '@atrium/domain';
import { describe, expect, it } from 'vitest';
import { bodyError } from './note-body';

describe('bodyError', () => {
  it('asks for the note when the body is empty or only whitespace', () => {
    expect(bodyError('')).toBe('Write the note before saving it.');
    expect(bodyError(' \n\t ')).toBe('Write the note before saving it.');
  });

  it('names the length limit when the body is too long', () => {
    const tooLong = 'x'.repeat(LIMITS.noteBody.max + 1);
    // The schema refuses it, and the message names the same limit.
    expect(treatmentNoteSchema.safeParse({ patientId: 'p1', body: tooLong }).success).toBe(false);
    expect(bodyError(tooLong)).toBe(`Keep the note under ${LIMITS.noteBody.max.toLocaleString()} characters.`);
    expect(bodyError(tooLong)).not.toMatch(/too_big|string/i);
  });
});
