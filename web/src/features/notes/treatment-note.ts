/**
 * A treatment note as the web app reads it, and the 24-hour window in which
 * its author may still correct it (SPEC §2). The rules decide with the
 * server's clock; this only shapes the screen, so a note may look editable
 * for a few seconds more than the server allows and the save then says why.
 */
import { NOTE_EDIT_WINDOW_MS } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';

export interface TreatmentNote {
  patientId: string;
  authorId: string;
  body: string;
  appointmentId?: string;
  /** Null for a moment after this browser wrote the note, until the server stamps it. */
  createdAt: Timestamp | null;
  updatedAt: Timestamp | null;
}

/** When the note was written; a note still waiting for its server stamp was written just now. */
export function writtenAt(note: Pick<TreatmentNote, 'createdAt'>, now: Date): Date {
  return note.createdAt?.toDate() ?? now;
}

/** The moment the note locks for good. */
export function editableUntil(note: Pick<TreatmentNote, 'createdAt'>, now: Date): Date {
  return new Date(writtenAt(note, now).getTime() + NOTE_EDIT_WINDOW_MS);
}

export function isLocked(note: Pick<TreatmentNote, 'createdAt'>, now: Date): boolean {
  return now.getTime() >= editableUntil(note, now).getTime();
}

/** True when the note was changed after it was first saved (a correction within the window). */
export function wasEdited(note: Pick<TreatmentNote, 'createdAt' | 'updatedAt'>): boolean {
  if (!note.createdAt) return false;
  // A correction still waiting for its server stamp has a null updatedAt.
  if (!note.updatedAt) return true;
  return note.updatedAt.toMillis() > note.createdAt.toMillis();
}
