/**
 * What the dashboard shows besides the tenant document: this week's
 * appointments (the viewer's own for a practitioner), the names on today's
 * list, and a patient count. Each piece loads on its own after the first
 * render, so the page appears at once and fills in as answers arrive; a
 * collection the role may not read is never queried.
 */
import { getCountFromServer, getDoc } from 'firebase/firestore';
import { useEffect, useState } from 'react';
import { tenantCollection, tenantDoc } from '../../lib/tenant-data';
import { patientName, type PatientName } from '../appointments/appointment-names';

/**
 * The total number of patients (an aggregate: one read per 1,000 patients,
 * not one per patient). `null` while it loads, `'unavailable'` if it failed.
 */
export function usePatientCount(tenantId: string, enabled: boolean): number | 'unavailable' | null {
  const [count, setCount] = useState<number | 'unavailable' | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    getCountFromServer(tenantCollection(tenantId, 'patients'))
      .then((snapshot) => active && setCount(snapshot.data().count))
      // The figure is a nicety: without it the tile says so rather than failing the page.
      .catch(() => active && setCount('unavailable'));
    return () => {
      active = false;
    };
  }, [tenantId, enabled]);
  return count;
}

/**
 * Names of just the patients on today's list, fetched by id (a busy day has
 * dozens; the practice may have thousands of patients).
 */
export function usePatientNames(tenantId: string, ids: string[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    const missing = key ? key.split(',').filter((id) => !names.has(id)) : [];
    if (missing.length === 0) return;
    let active = true;
    Promise.all(
      missing.map((id) =>
        getDoc(tenantDoc(tenantId, 'patients', id)).then(
          (snapshot) => [id, patientName(snapshot.data() as PatientName | undefined)] as const,
          () => [id, 'Patient'] as const,
        ),
      ),
    ).then((found) => {
      if (active) setNames((previous) => new Map([...previous, ...found]));
    });
    return () => {
      active = false;
    };
    // `names` is read to skip known ids, not to refetch when it grows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tenantId, key]);
  return names;
}
