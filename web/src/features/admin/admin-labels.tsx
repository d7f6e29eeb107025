/** Words for the tenant facts the console shows: plans, channels, statuses, audit actors. */
import { PLANS, TENANT_STATUSES, type Channel, type PlanId, type TenantStatus } from '@atrium/domain';
import { STATUS_LABELS } from '../workspace/status-labels';

export { STATUS_LABELS };

export const CHANNEL_LABELS: Record<Channel, string> = {
  self_serve: 'Self-serve',
  sales: 'Sales',
};

export const ACTOR_LABELS: Record<string, string> = {
  user: 'Practice member',
  platform: 'Atrium staff',
  system: 'Atrium (automatic)',
  stripe: 'Stripe (payments)',
};

export function planLabel(plan: PlanId | string): string {
  return PLANS[plan as PlanId]?.label ?? plan;
}

export function statusLabel(status: TenantStatus | string): string {
  return STATUS_LABELS[status as TenantStatus] ?? status;
}

export const STATUS_OPTIONS = TENANT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));
export const PLAN_OPTIONS = Object.values(PLANS).map((plan) => ({ value: plan.id, label: plan.label }));
export const CHANNEL_OPTIONS = (Object.keys(CHANNEL_LABELS) as Channel[]).map((channel) => ({
  value: channel,
  label: CHANNEL_LABELS[channel],
}));

/** A tenant status as a coloured pill (same colours as the workspace header). */
export function StatusPill({ status }: { status: TenantStatus }) {
  return <span className={`status-badge status-${status}`}>{statusLabel(status)}</span>;
}
