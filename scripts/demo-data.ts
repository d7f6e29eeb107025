/**
 * The demo data `npm start` seeds: one tenant per lifecycle state, one user
 * per tenant role and per platform role. Every status is reached by replaying
 * lifecycle events through the domain state machine, as production would.
 * Each practice is then filled with the working data of its kind of clinic
 * (scripts/lib/demo-clinic.ts). Sunrise, the practice with every role, has
 * two practitioners so its week view shows two columns.
 */
import type { LifecycleEvent, PlanId, TenantRole, TenantStatus } from '@atrium/domain';
import type { ClinicKind } from './lib/demo-clinic-content';

export const DEMO_PASSWORD = 'atrium-demo-2026';

export interface DemoTenant {
  key: string;
  name: string;
  plan: PlanId;
  /** Events replayed after provisioning to reach the demo state. */
  events: LifecycleEvent[];
  expectedStatus: TenantStatus;
  paymentFailures?: number;
  /** Which services, notes and schedule the practice gets. */
  clinic: ClinicKind;
  members: { role: TenantRole; email: string; displayName: string }[];
}

const paid: LifecycleEvent = { type: 'payment_succeeded' };
const failed: LifecycleEvent = { type: 'payment_failed' };
const staff = (domain: string, role: TenantRole, displayName: string) => ({ role, email: `${role}@${domain}`, displayName });

export const DEMO_TENANTS: DemoTenant[] = [
  {
    key: 'sunrise',
    name: 'Sunrise Aesthetics',
    plan: 'growth',
    events: [],
    expectedStatus: 'trial',
    clinic: 'aesthetic',
    members: [
      staff('sunrise.demo', 'owner', 'Olivia Owner'),
      staff('sunrise.demo', 'admin', 'Adam Admin'),
      staff('sunrise.demo', 'manager', 'Maya Manager'),
      staff('sunrise.demo', 'practitioner', 'Dr Priya Practitioner'),
      staff('sunrise.demo', 'receptionist', 'Rita Receptionist'),
      { role: 'practitioner', email: 'nurse@sunrise.demo', displayName: 'Nurse Nia Okoye' },
    ],
  },
  {
    key: 'harbour',
    name: 'Harbour Medical',
    plan: 'enterprise',
    events: [paid],
    expectedStatus: 'active',
    clinic: 'medical',
    members: [staff('harbour.demo', 'owner', 'Henry Harbour'), staff('harbour.demo', 'practitioner', 'Dr Hana Ito')],
  },
  {
    key: 'expired',
    name: 'Willow Skin Studio',
    plan: 'starter',
    events: [{ type: 'trial_ended', trialEndsAt: new Date(0) }],
    expectedStatus: 'trial_expired',
    clinic: 'aesthetic',
    members: [staff('willow.demo', 'owner', 'Wendy Willow')],
  },
  {
    key: 'pastdue',
    name: 'Cedar Physio',
    plan: 'growth',
    events: [paid, failed],
    expectedStatus: 'past_due',
    paymentFailures: 1,
    clinic: 'physio',
    members: [staff('cedar.demo', 'owner', 'Carl Cedar')],
  },
  {
    key: 'suspended',
    name: 'Birch Dental',
    plan: 'starter',
    events: [paid, failed, { type: 'payment_retries_exhausted' }],
    expectedStatus: 'suspended',
    paymentFailures: 3,
    clinic: 'dental',
    members: [staff('birch.demo', 'owner', 'Bea Birch')],
  },
  {
    key: 'cancelled',
    name: 'Aspen Wellness',
    plan: 'starter',
    events: [paid, { type: 'subscription_deleted' }],
    expectedStatus: 'cancelled',
    clinic: 'physio',
    members: [staff('aspen.demo', 'owner', 'Andy Aspen')],
  },
];

export const DEMO_PLATFORM_USERS = [
  { platformRole: 'super_admin' as const, email: 'platform@atrium.demo', displayName: 'Pat Platform' },
  { platformRole: 'sales' as const, email: 'sales@atrium.demo', displayName: 'Sam Sales' },
];
