/**
 * The signed-in user's practice, live: reads `users/{uid}` for the default
 * tenant, then listens to the tenant document and the user's membership so
 * a status change (trial ending, payment failing) or a role change shows up
 * without a reload.
 *
 * In a blocked state (suspended, cancelled, provisioning) the rules let
 * members read the tenant document but not the members subcollection, so
 * the membership is then unknown (`member: null`) rather than an error, and
 * is listened to again once the tenant is readable.
 */
import { lifecycleAccess, paths, type MemberDoc, type TenantDoc } from '@atrium/domain';
import { doc, onSnapshot, type Timestamp } from 'firebase/firestore';
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
  | { status: 'ready'; tenantId: string; tenant: Tenant; member: Member | null };

const isPermissionDenied = (error: unknown) => (error as { code?: unknown }).code === 'permission-denied';

/**
 * `knownTenantId` skips the profile read when the caller already knows the
 * tenant (onboarding just created it); the rules still decide access.
 */
export function useWorkspace(uid: string, knownTenantId?: string): WorkspaceState {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    let unsubscribeTenant: (() => void) | undefined;
    let unsubscribeMember: (() => void) | undefined;
    const fail = (error: unknown) => {
      if (!active) return;
      // The rules deny the tenant document once the membership is gone or disabled.
      setState(isPermissionDenied(error) ? { status: 'no-access' } : { status: 'error', message: describeError(error) });
    };

    function watch(tenantId: string) {
      let tenant: Tenant | undefined;
      let member: Member | undefined;
      let memberBlocked = false;
      const dataReadable = () => tenant !== undefined && lifecycleAccess(tenant.status, tenant.paymentFailures).dataRead;

      const publish = () => {
        if (!active || !tenant) return;
        if (member) setState({ status: 'ready', tenantId, tenant, member });
        else if (memberBlocked && !dataReadable()) setState({ status: 'ready', tenantId, tenant, member: null });
        else if (memberBlocked) setState({ status: 'no-access' });
      };

      const watchMember = () => {
        memberBlocked = false;
        unsubscribeMember?.();
        unsubscribeMember = onSnapshot(
          doc(db, paths.member(tenantId, uid)),
          (snapshot) => {
            const data = snapshot.data() as Member | undefined;
            if (!data || data.disabled) return fail({ code: 'permission-denied' });
            member = data;
            publish();
          },
          (error) => {
            if (!isPermissionDenied(error)) return fail(error);
            member = undefined;
            memberBlocked = true;
            publish();
          },
        );
      };

      unsubscribeTenant = onSnapshot(
        doc(db, paths.tenant(tenantId)),
        (snapshot) => {
          if (!snapshot.exists()) return fail({ code: 'permission-denied' });
          tenant = snapshot.data() as Tenant;
          // Paid again after a suspension: the membership is readable once more.
          if (memberBlocked && dataReadable()) watchMember();
          publish();
        },
        fail,
      );
      watchMember();
    }

    const tenantId = knownTenantId ? Promise.resolve(knownTenantId) : fetchUserProfile(uid).then(defaultTenantOf);
    tenantId.then((id) => {
      if (!active) return;
      if (id) watch(id);
      else setState({ status: 'no-practice' });
    }, fail);

    return () => {
      active = false;
      unsubscribeTenant?.();
      unsubscribeMember?.();
    };
  }, [uid, knownTenantId]);

  return state;
}
