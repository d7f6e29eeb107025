/**
 * The 24-hour correction window of a treatment note (SPEC §2) as the screen
 * shows it, with a fixed clock: open until the last millisecond, locked from
 * the 24th hour on, never locked while the server stamp is still pending.
 */
import { NOTE_EDIT_WINDOW_MS } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { editableUntil, isLocked, wasEdited, writtenAt } from './treatment-note';

/** The two methods of a Firestore Timestamp these helpers use. */
const stamp = (iso: string) => {
  const millis = Date.parse(iso);
  return { toDate: () => new Date(millis), toMillis: () => millis } as unknown as Timestamp;
};

const createdAt = stamp('2025-03-12T09:00:00.000Z');
const note = { createdAt };

describe('the correction window', () => {
  it('is 24 hours long', () => {
    expect(NOTE_EDIT_WINDOW_MS).toBe(24 * 60 * 60 * 1000);
    expect(editableUntil(note, new Date('2025-03-12T10:00:00Z')).toISOString()).toBe('2025-03-13T09:00:00.000Z');
  });

  it('is open right after writing and one millisecond before the end', () => {
    expect(isLocked(note, new Date('2025-03-12T09:00:00.000Z'))).toBe(false);
    expect(isLocked(note, new Date('2025-03-13T08:59:59.999Z'))).toBe(false);
  });

  it('is closed at exactly 24 hours and after', () => {
    expect(isLocked(note, new Date('2025-03-13T09:00:00.000Z'))).toBe(true);
    expect(isLocked(note, new Date('2025-04-01T00:00:00.000Z'))).toBe(true);
  });

  it('counts from the server stamp, not from the viewer’s clock', () => {
    const now = new Date('2025-03-12T20:00:00Z');
    expect(writtenAt(note, now).toISOString()).toBe('2025-03-12T09:00:00.000Z');
  });

  it('treats a note still waiting for its server stamp as written just now (open for 24 h)', () => {
    const now = new Date('2025-03-12T20:00:00Z');
    const pending = { createdAt: null };
    expect(writtenAt(pending, now)).toEqual(now);
    expect(editableUntil(pending, now).toISOString()).toBe('2025-03-13T20:00:00.000Z');
    expect(isLocked(pending, now)).toBe(false);
  });
});

describe('whether a note was corrected', () => {
  it('is false when updatedAt equals createdAt (the first save stamps both)', () => {
    expect(wasEdited({ createdAt, updatedAt: stamp('2025-03-12T09:00:00.000Z') })).toBe(false);
  });

  it('is true when updatedAt is later', () => {
    expect(wasEdited({ createdAt, updatedAt: stamp('2025-03-12T09:30:00.000Z') })).toBe(true);
  });

  it('is true while a correction waits for its server stamp (updatedAt null)', () => {
    expect(wasEdited({ createdAt, updatedAt: null })).toBe(true);
  });

  it('is false for a new note still waiting for its stamp', () => {
    expect(wasEdited({ createdAt: null, updatedAt: null })).toBe(false);
  });
});
