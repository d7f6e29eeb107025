/**
 * The signed-in user's practice, live: reads `users/{uid}` for the default
 * tenant, then listens to the tenant document and the user's membership so
 * a status change (trial ending, payment failing) or a role change shows up
 * without a reload.
 */
import { paths, type MemberDoc, type TenantDoc } from '@atrium/domain';
import { doc, onSnapshot, type FirestoreError, type Timestamp } from 'firebase/firestore';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/error-messages';
import { db } from '../../lib/firestore';
import { defaultTenantOf, fetchUserProfile } from '../../lib/user-profile';

export type Tenant = TenantDoc<Timestamp>;
export type Member = MemberDoc<Timestamp>;

export type WorkspaceState =
  | { status: 'loading' }
  | { status: 'no-practice' }
  | { status: 'no-access' }
  | { status: 'error'; message: string }
  | { status: 'ready'; tenantId: string; tenant: Tenant; member: Member };

export function useWorkspace(uid: string): WorkspaceState {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    const unsubscribes: (() => void)[] = [];
    const fail = (error: FirestoreError | unknown) => {
      if (!active) return;
      const code = (error as { code?: unknown }).code;
      // The rules deny both reads once the membership is gone or disabled.
      setState(code === 'permission-denied' ? { status: 'no-access' } : { status: 'error', message: describeError(error) });
    };

    fetchUserProfile(uid).then((profile) => {
      if (!active) return;
      const tenantId = defaultTenantOf(profile);
      if (!tenantId) {
        setState({ status: 'no-practice' });
        return;
      }
      let tenant: Tenant | undefined;
      let member: Member | undefined;
      const publish = () => {
        if (active && tenant && member) setState({ status: 'ready', tenantId, tenant, member });
      };
      unsubscribes.push(
        onSnapshot(
          doc(db, paths.tenant(tenantId)),
          (snapshot) => {
            if (!snapshot.exists()) return fail({ code: 'permission-denied' });
            tenant = snapshot.data() as Tenant;
            publish();
          },
          fail,
        ),
        onSnapshot(
          doc(db, paths.member(tenantId, uid)),
          (snapshot) => {
            const data = snapshot.data() as Member | undefined;
            if (!data || data.disabled) return fail({ code: 'permission-denied' });
            member = data;
            publish();
          },
          fail,
        ),
      );
    }, fail);

    return () => {
      active = false;
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
  }, [uid]);

  return state;
}
