/**
 * The signed-in user's platform role (`platformRole` custom claim: Atrium's
 * own sales and platform staff), read from the ID token. A UI hint only:
 * which screens to offer. The rules and the callables check the claim on
 * every request, and a claim can outlive its revocation by up to an hour.
 */
import { isPlatformRole, type PlatformRole } from '@atrium/domain';
import type { User } from 'firebase/auth';
import { useEffect, useState } from 'react';

/**
 * The role in the user's ID token, or null. `refresh` fetches a fresh token
 * first when the cached one has no role, so a role granted after sign-in
 * shows up (and reaches Firestore, which sends the same token).
 */
export async function platformRoleOf(user: User, options: { refresh?: boolean } = {}): Promise<PlatformRole | null> {
  const cached = (await user.getIdTokenResult()).claims.platformRole;
  if (isPlatformRole(cached)) return cached;
  if (!options.refresh) return null;
  const fresh = (await user.getIdTokenResult(true)).claims.platformRole;
  return isPlatformRole(fresh) ? fresh : null;
}

export type PlatformRoleState = { status: 'loading' } | { status: 'ready'; role: PlatformRole | null };

/** The user's platform role for rendering; a token that cannot be read counts as no role. */
export function usePlatformRole(user: User, options: { refresh?: boolean } = {}): PlatformRoleState {
  const refresh = options.refresh ?? false;
  const [state, setState] = useState<{ uid: string; value: PlatformRoleState }>({ uid: user.uid, value: { status: 'loading' } });
  useEffect(() => {
    let active = true;
    platformRoleOf(user, { refresh }).then(
      (role) => active && setState({ uid: user.uid, value: { status: 'ready', role } }),
      (error: unknown) => {
        console.warn('Could not read the platform role', error);
        if (active) setState({ uid: user.uid, value: { status: 'ready', role: null } });
      },
    );
    return () => {
      active = false;
    };
  }, [user, refresh]);
  return state.uid === user.uid ? state.value : { status: 'loading' };
}
