import type { TenantStatus } from '@atrium/domain';

export const STATUS_LABELS: Record<TenantStatus, string> = {
  provisioning: 'Setting up',
  trial: 'Free trial',
  trial_expired: 'Trial ended',
  active: 'Active',
  past_due: 'Payment overdue',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
};
