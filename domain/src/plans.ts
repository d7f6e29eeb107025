/**
 * The plans catalog (SPEC §6). Stripe price ids are configuration, not code:
 * they live in the functions' params, keyed by these plan ids.
 */
export const PLAN_IDS = ['starter', 'growth', 'enterprise'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export const FEATURE_FLAGS = ['customFields', 'dataApi', 'domainCapture', 'auditExport'] as const;
export type FeatureFlag = (typeof FEATURE_FLAGS)[number];

export interface Plan {
  id: PlanId;
  label: string;
  /** Seats (members) a tenant on this plan gets unless a contract says otherwise. */
  seatLimit: number;
  /** Pending invites allowed at once, on top of the seat cap. */
  pendingInviteLimit: number;
  /** Data API calls per calendar month. */
  apiCallsPerMonth: number;
  features: Record<FeatureFlag, boolean>;
}

export const PLANS: Readonly<Record<PlanId, Plan>> = {
  starter: {
    id: 'starter',
    label: 'Starter',
    seatLimit: 5,
    pendingInviteLimit: 5,
    apiCallsPerMonth: 10_000,
    features: { customFields: false, dataApi: false, domainCapture: false, auditExport: false },
  },
  growth: {
    id: 'growth',
    label: 'Growth',
    seatLimit: 20,
    pendingInviteLimit: 20,
    apiCallsPerMonth: 100_000,
    features: { customFields: true, dataApi: true, domainCapture: false, auditExport: false },
  },
  enterprise: {
    id: 'enterprise',
    label: 'Enterprise',
    seatLimit: 200,
    pendingInviteLimit: 100,
    apiCallsPerMonth: 2_000_000,
    features: { customFields: true, dataApi: true, domainCapture: true, auditExport: true },
  },
};

export function planById(id: PlanId): Plan {
  return PLANS[id];
}
