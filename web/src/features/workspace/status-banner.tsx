/**
 * What the practice's billing state means for the person looking at it
 * (SPEC §3). Owners and admins, who can see billing, are told what to do;
 * everyone else who to ask.
 */
import { lifecycleAccess, managesBilling, seesBilling, trialDaysLeft, type TenantRole } from '@atrium/domain';
import type { ReactNode } from 'react';
import { retentionDaysOf, retentionEndsAt } from '../billing/billing-options';
import { formatDate } from './format-date';
import type { Tenant } from './use-workspace';

interface StatusBannerProps {
  tenant: Tenant;
  /** Null while a blocked practice hides the membership: word it for everyone. */
  role: TenantRole | null;
  now: Date;
}

export function StatusBanner({ tenant, role, now }: StatusBannerProps) {
  const handlesBilling = seesBilling(role);
  switch (tenant.status) {
    case 'trial': {
      if (!tenant.trialEndsAt) return null;
      const endsAt = tenant.trialEndsAt.toDate();
      const days = trialDaysLeft(endsAt, now);
      if (tenant.channel === 'sales') {
        // A contracted practice: the trial runs until the contract's go-live date.
        return (
          <Banner tone="info" testId="trial-banner">
            <strong>Your contract goes live on {formatDate(endsAt)}</strong> ({days} {days === 1 ? 'day' : 'days'} left of your set-up period).
          </Banner>
        );
      }
      const left = days === 0 ? 'Your free trial ends today' : `${days} ${days === 1 ? 'day' : 'days'} left in your free trial`;
      return (
        <Banner tone="info" testId="trial-banner">
          <strong>{left}</strong> (until {formatDate(endsAt)}).{' '}
          {handlesBilling ? 'Choose a plan before then to keep working without a break.' : 'Your practice owner can choose a plan.'}
        </Banner>
      );
    }
    case 'trial_expired':
      return (
        <Banner tone="warning" testId="trial-expired-banner">
          <strong>Your free trial has ended, so Atrium is read-only.</strong> You can still look everything up, but changes
          are paused. {handlesBilling ? 'Choose a plan to carry on.' : 'Ask your practice owner to choose a plan.'}
        </Banner>
      );
    case 'past_due': {
      const writesBlocked = !lifecycleAccess('past_due', tenant.paymentFailures).dataWrite;
      return (
        <Banner tone="danger" testId="payment-failed-banner">
          <strong>We couldn’t take the practice’s last payment.</strong>{' '}
          {writesBlocked ? 'Changes are paused until it is paid. ' : ''}
          {handlesBilling
            ? `Update the payment details in Billing${writesBlocked ? '.' : ' to avoid any interruption.'}`
            : 'Please let your practice owner know.'}
        </Banner>
      );
    }
    case 'suspended':
      return (
        <Banner tone="danger" testId="suspended-banner">
          <strong>This practice is suspended because payment wasn’t received.</strong> Patient records are hidden until
          the account is paid.{' '}
          {managesBilling(role)
            ? 'Pay the overdue balance with Manage billing on the Billing page to restore access.'
            : handlesBilling
              ? 'Your practice owner can pay it from the Billing page.'
              : 'Please contact your practice owner.'}
        </Banner>
      );
    case 'cancelled':
      return (
        <Banner tone="danger" testId="cancelled-banner">
          <strong>This practice’s subscription was cancelled.</strong> Its records are kept for {retentionDaysOf(tenant)} days
          after cancellation, then deleted.{' '}
          {managesBilling(role)
            ? `Contact Atrium support before ${formatDate(retentionEndsAt(tenant))} if you need a copy of your records.`
            : 'Please contact your practice owner.'}
        </Banner>
      );
    case 'provisioning':
      return (
        <Banner tone="info" testId="provisioning-banner">
          Your practice is still being set up. This usually takes a few seconds.
        </Banner>
      );
    case 'active':
      return null;
  }
}

function Banner({ tone, testId, children }: { tone: 'info' | 'warning' | 'danger'; testId: string; children: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'info' ? 'status' : 'alert'} data-testid={testId}>
      {children}
    </div>
  );
}
