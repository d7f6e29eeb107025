/**
 * The practice's team by uid, live, to put names on notes (their author) and
 * appointments (their practitioner). Every role may read the members list.
 */
import { useMemo } from 'react';
import { useLiveQuery } from '../../lib/live-query';
import { tenantCollection } from '../../lib/tenant-data';
import type { Member } from '../workspace/use-workspace';

export interface MemberNames {
  /** The member's display name (or email); a neutral label for someone no longer on the team. */
  nameOf(uid: string): string;
}

export function useMemberNames(tenantId: string): MemberNames {
  const members = useLiveQuery<Member>(`members:${tenantId}`, () => tenantCollection(tenantId, 'members'));
  const data = members.status === 'ready' ? members.data : null;
  return useMemo(() => {
    const names = new Map((data ?? []).map((m) => [m.id, m.displayName || m.email]));
    return {
      nameOf: (uid: string) => names.get(uid) ?? (data ? 'Former team member' : '…'),
    };
  }, [data]);
}
