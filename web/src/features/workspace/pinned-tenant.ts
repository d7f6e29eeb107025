/**
 * Which practice this tab is working in. A user can belong to several
 * practices; `users/{uid}.defaultTenantId` names one of them. Arriving from
 * onboarding or an accepted invite opens a specific practice (router state);
 * this keeps that choice for the rest of the tab's session, so the first
 * click into another section does not fall back to the default practice.
 */
import { useCallback, useState } from 'react';

const key = (uid: string) => `atrium.practice.${uid}`;

function stored(uid: string): string | undefined {
  try {
    return sessionStorage.getItem(key(uid)) ?? undefined;
  } catch {
    return undefined; // Storage can be switched off; the default practice still opens.
  }
}

function store(uid: string, tenantId: string | undefined) {
  try {
    if (tenantId) sessionStorage.setItem(key(uid), tenantId);
    else sessionStorage.removeItem(key(uid));
  } catch {
    // As above: without storage the choice lasts until the next reload.
  }
}

/** The practice to open (undefined: the profile's default) and a way to forget a choice that no longer works. */
export function usePinnedTenant(uid: string, arrivedWith: string | undefined): { tenantId: string | undefined; forget: () => void } {
  const [pinned, setPinned] = useState<{ uid: string; tenantId: string | undefined }>(() => ({ uid, tenantId: arrivedWith ?? stored(uid) }));
  let tenantId = pinned.uid === uid ? pinned.tenantId : stored(uid);
  if (arrivedWith && arrivedWith !== tenantId) tenantId = arrivedWith;
  if (pinned.uid !== uid || pinned.tenantId !== tenantId) {
    // Adjusting state while rendering: React re-renders at once with the new choice.
    store(uid, tenantId);
    setPinned({ uid, tenantId });
  }
  const forget = useCallback(() => {
    store(uid, undefined);
    setPinned({ uid, tenantId: undefined });
  }, [uid]);
  return { tenantId, forget };
}
