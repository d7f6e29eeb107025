/**
 * Live Firestore reads for pages: a query or a document, re-subscribed when
 * `key` changes, with errors turned into words (describeError). A refused
 * read (rules) is reported as `denied`, so a page can say "not for your
 * role" instead of showing an error.
 */
import { onSnapshot, type DocumentReference, type Query } from 'firebase/firestore';
import { useEffect, useState } from 'react';
import { describeError } from './error-messages';

export type WithId<T> = T & { id: string };

export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'denied' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

const isDenied = (error: unknown) => (error as { code?: unknown }).code === 'permission-denied';

/**
 * Subscribes to `query` (built by `build`, or skipped when it returns null)
 * while `key` stays the same. Build the query inside `build`: a new Query
 * object on every render would otherwise resubscribe on every render.
 */
export function useLiveQuery<T>(key: string, build: () => Query | null): LiveResult<WithId<T>[]> {
  const [result, setResult] = useState<{ key: string; value: LiveResult<WithId<T>[]> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    const query = build();
    if (!query) return;
    return onSnapshot(
      query,
      (snapshot) => {
        const data = snapshot.docs.map((d) => ({ ...(d.data() as T), id: d.id }));
        setResult({ key, value: { status: 'ready', data } });
      },
      (error) => setResult({ key, value: isDenied(error) ? { status: 'denied' } : { status: 'error', message: describeError(error) } }),
    );
    // `build` is keyed by `key` on purpose (see above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result.key === key ? result.value : { status: 'loading' };
}

/** Like useLiveQuery for one document; `data` is null when it does not exist. */
export function useLiveDoc<T>(key: string, build: () => DocumentReference | null): LiveResult<WithId<T> | null> {
  const [result, setResult] = useState<{ key: string; value: LiveResult<WithId<T> | null> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    const ref = build();
    if (!ref) return;
    return onSnapshot(
      ref,
      (snapshot) => {
        const data = snapshot.exists() ? { ...(snapshot.data() as T), id: snapshot.id } : null;
        setResult({ key, value: { status: 'ready', data } });
      },
      (error) => setResult({ key, value: isDenied(error) ? { status: 'denied' } : { status: 'error', message: describeError(error) } }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result.key === key ? result.value : { status: 'loading' };
}
