/**
 * Shapes of the documents Atrium stores (SPEC §3) and their paths. Generic
 * over the timestamp type so the Admin SDK, the web SDK and tests each use
 * their own `Timestamp`.
 */
import type { FeatureFlag, PlanId } from './plans';
import type { TenantRole } from './roles';
import type { Channel, TenantStatus } from './tenant-lifecycle';

export interface TenantDoc<T> {
  name: string;
  status: TenantStatus;
  plan: PlanId;
  seatLimit: number;
  seatsUsed: number;
  pendingInvites: number;
  trialEndsAt: T | null;
  paymentFailures: number;
  features: Record<FeatureFlag, boolean>;
  channel: Channel;
  subdomain: string | null;
  retentionDays: number;
  settings: { timezone?: string; currency?: string };
  /** Null while a sales tenant waits for its named admin's account (status `provisioning`). */
  ownerUid: string | null;
  /** Sales: the named admin who becomes the owner once provisioning finishes. */
  pendingOwner: { email: string; displayName: string } | null;
  /** Sales: contract go-live; the tenant is `active` from then on. */
  goLiveAt: T | null;
  /** Sales: the CRM deal this tenant was provisioned for. */
  dealId: string | null;
  /** Set by `cleanupOrphans` while it works on a stuck tenant, so overlapping runs skip it. */
  cleanupLease?: { runId: string; until: T } | null;
  createdAt: T;
  statusChangedAt: T;
}

export interface MemberDoc<T> {
  role: TenantRole;
  email: string;
  displayName: string;
  disabled: boolean;
  joinedAt: T;
}

export interface UserProfileDoc<T> {
  email: string;
  displayName: string;
  /** Tenants the user belongs to; the membership documents stay the source of truth. */
  tenantIds: string[];
  defaultTenantId: string | null;
  updatedAt: T;
}

export type BillingMode = 'subscription' | 'contract';

export interface BillingDoc<T> {
  mode: BillingMode;
  plan: PlanId;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
  /** Time of the newest Stripe event applied; older events are ignored. */
  lastEventAt: T | null;
  createdAt: T;
  updatedAt: T;
}

export interface AuditEntryDoc<T> {
  actorUid: string | null;
  actorKind: 'user' | 'platform' | 'system' | 'stripe';
  action: string;
  target: string;
  details: Record<string, unknown>;
  at: T;
}

/** Idempotency record: one per self-serve signer or per sales deal. */
export interface ProvisioningRequestDoc<T> {
  tenantId: string;
  channel: Channel;
  requestedBy: string;
  idempotencyKey: string;
  createdAt: T;
}

/** Outbox document in the format of the Firebase "Trigger Email" extension. */
export interface MailDoc<T> {
  to: string;
  message: { subject: string; text: string; html: string };
  template: string;
  tenantId: string | null;
  createdAt: T;
}

export const paths = {
  tenants: 'tenants',
  tenant: (tenantId: string) => `tenants/${tenantId}`,
  member: (tenantId: string, uid: string) => `tenants/${tenantId}/members/${uid}`,
  members: (tenantId: string) => `tenants/${tenantId}/members`,
  billing: (tenantId: string) => `tenants/${tenantId}/billing/subscription`,
  auditLog: (tenantId: string) => `tenants/${tenantId}/auditLog`,
  user: (uid: string) => `users/${uid}`,
  provisioningRequest: (requestId: string) => `provisioningRequests/${requestId}`,
  subdomainReservation: (subdomain: string) => `domainIndex/subdomain:${subdomain}`,
  job: (runId: string) => `jobs/${runId}`,
  mail: 'mail',
} as const;

/** Idempotency record ids. Self-serve: one trial tenant per signer. Sales: one tenant per deal. */
export const provisioningRequestId = {
  selfServe: (uid: string) => `self_serve_${uid}`,
  sales: (dealId: string) => `sales_${dealId}`,
};
