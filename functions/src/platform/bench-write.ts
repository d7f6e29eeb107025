/**
 * `benchWrite`: the benchmark's baseline, a callable doing exactly one
 * Firestore write. Exported only under the emulator (see index.ts).
 */
import type { CallableRequest } from 'firebase-functions/v2/https';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { requireCaller } from '../callables/callable-support';

export function benchWriteHandler(db: () => Firestore) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const ref = db().collection('jobs').doc();
    await ref.set({ kind: 'bench', uid: caller.uid, at: FieldValue.serverTimestamp() });
    return { id: ref.id };
  };
}
