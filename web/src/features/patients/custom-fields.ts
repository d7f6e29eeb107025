/**
 * The practice's own patient fields (`tenants/{t}/customFields`, set up in
 * Settings): their definitions, live, in the order they were added, and how
 * a stored value reads on screen. Values live in `patient.custom[fieldId]`.
 */
import type { CustomFieldType } from '@atrium/domain';
import type { Timestamp } from 'firebase/firestore';
import { useMemo } from 'react';
import { useLiveQuery, type LiveResult, type WithId } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';

export interface CustomField {
  label: string;
  type: CustomFieldType;
  required: boolean;
  options?: string[];
  createdAt?: Timestamp | null;
}

export function useCustomFields(tenantId: string): LiveResult<WithId<CustomField>[]> {
  const fields = useLiveQuery<CustomField>(`customFields:${tenantId}`, () => tenantCollection(tenantId, 'customFields'));
  return useMemo(() => {
    if (fields.status !== 'ready') return fields;
    const added = (f: CustomField) => f.createdAt?.toMillis() ?? 0;
    const sorted = [...fields.data].sort((a, b) => added(a) - added(b) || a.label.localeCompare(b.label));
    return { status: 'ready', data: sorted };
  }, [fields]);
}
