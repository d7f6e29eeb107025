/**
 * The conversion email sent when a trial expires (SPEC §3), queued on the
 * `mail` outbox in the "Trigger Email" extension's format.
 */
import type { Timestamp } from 'firebase-admin/firestore';
import { PLANS, type MailDoc, type TenantDoc } from '@atrium/domain';
import { escapeHtml } from '../mail/escape-html';

export function trialExpiredEmail(input: {
  to: string;
  ownerName: string;
  tenant: TenantDoc<Timestamp>;
  tenantId: string;
  appBaseUrl: string;
  at: Timestamp;
}): MailDoc<Timestamp> {
  const { tenant } = input;
  const link = `${input.appBaseUrl.replace(/\/$/, '')}/app/billing`;
  const plan = PLANS[tenant.plan].label;
  const text = [
    `Hello ${input.ownerName},`,
    '',
    `The ${plan} trial of ${tenant.name} has ended. Your data is safe and your team can still read it,`,
    'but nothing can be changed until you choose a plan.',
    `Choose a plan: ${link}`,
    '',
    'The Atrium team',
  ].join('\n');
  const html =
    `<p>Hello ${escapeHtml(input.ownerName)},</p>` +
    `<p>The ${escapeHtml(plan)} trial of <strong>${escapeHtml(tenant.name)}</strong> has ended. ` +
    'Your data is safe and your team can still read it, but nothing can be changed until you choose a plan.</p>' +
    `<p><a href="${escapeHtml(link)}">Choose a plan</a></p><p>The Atrium team</p>`;
  return {
    to: input.to,
    message: { subject: `Your Atrium trial for ${tenant.name} has ended`, text, html },
    template: 'trial_expired',
    tenantId: input.tenantId,
    createdAt: input.at,
  };
}
