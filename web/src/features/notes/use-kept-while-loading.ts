/**
 * A live list that keeps showing its last rows while its query is swapped
 * (a longer limit, another filter), instead of flashing a spinner.
 */
import { useRef } from 'react';
import type { LiveResult } from '../../lib/live-query';

export function useKeptWhileLoading<T>(result: LiveResult<T[]>): LiveResult<T[]> {
  const last = useRef<T[] | null>(null);
  if (result.status === 'ready') last.current = result.data;
  if (result.status === 'loading' && last.current) return { status: 'ready', data: last.current };
  return result;
}
