/**
 * What every workspace page knows about the practice and the person using
 * it. The layout (workspace-layout.tsx) subscribes once and hands this to
 * the page on screen through the router's outlet context.
 */
import {
  can,
  lifecycleAccess,
  roleGrant,
  type Operation,
  type TenantCollection,
  type TenantRole,
} from '@atrium/domain';
import type { User } from 'firebase/auth';
import { useOutletContext } from 'react-router-dom';
import type { Member, Tenant } from './use-workspace';

/**
 * Whether the viewer may start an action, as the UI shows it:
 * - `allowed`: the role may and the practice's state allows it;
 * - `paused`: the role may, but the billing state blocks it (show it disabled, with why);
 * - `denied`: the role may not (hide it).
 * The rules decide either way; this only shapes the screen.
 */
export type Permission = 'allowed' | 'paused' | 'denied';

export interface WorkspaceContext {
  user: User;
  tenantId: string;
  tenant: Tenant;
  /** Null while a blocked practice hides the membership. */
  member: Member | null;
  role: TenantRole | null;
  /** The name to greet the viewer by. */
  name: string;
  now: Date;
  /** True while the billing state lets the practice change its data. */
  writable: boolean;
  permission(collection: TenantCollection, op: Operation): Permission;
}

export function workspaceContextOf(
  base: Omit<WorkspaceContext, 'writable' | 'permission'>,
): WorkspaceContext {
  const { tenant, role } = base;
  const writable = lifecycleAccess(tenant.status, tenant.paymentFailures).dataWrite;
  return {
    ...base,
    writable,
    permission(collection, op) {
      if (!role || roleGrant(role, collection, op) === false) return 'denied';
      return can(role, collection, op, tenant.status, tenant.paymentFailures) ? 'allowed' : 'paused';
    },
  };
}

export function useWorkspaceContext(): WorkspaceContext {
  const context = useOutletContext<WorkspaceContext | undefined>();
  if (!context) throw new Error('useWorkspaceContext must be used on a page inside the workspace layout');
  return context;
}

/** Why a paused action is paused, in words for the practice's staff. */
export function pausedReason(tenant: Tenant): string {
  switch (tenant.status) {
    case 'trial_expired':
      return 'Changes are paused because the free trial has ended.';
    case 'past_due':
      return 'Changes are paused until the overdue payment is made.';
    case 'suspended':
      return 'Changes are paused while the practice is suspended.';
    case 'cancelled':
      return 'Changes are paused because the subscription was cancelled.';
    default:
      return 'Changes are paused while the practice is being set up.';
  }
}
