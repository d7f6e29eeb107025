/**
 * The welcome email, queued on the `mail` outbox in the format of the
 * Firebase "Trigger Email" extension (`to`, `message.subject/text/html`).
 */
import type { Timestamp } from 'firebase-admin/firestore';
import { PLANS, type MailDoc, type TenantDoc } from '@atrium/domain';
import { escapeHtml } from './escape-html';


export function welcomeEmail(input: {
  to: string;
  ownerName: string;
  tenant: TenantDoc<Timestamp>;
  tenantId: string;
  appBaseUrl: string;
  at: Timestamp;
}): MailDoc<Timestamp> {
  const { tenant } = input;
  const link = `${input.appBaseUrl.replace(/\/$/, '')}/app`;
  const trialLine = tenant.trialEndsAt
    ? `Your ${PLANS[tenant.plan].label} trial runs until ${tenant.trialEndsAt.toDate().toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: tenant.settings.timezone ?? 'UTC' })}.`
    : `Your ${PLANS[tenant.plan].label} plan is active.`;
  const text = [
    `Hello ${input.ownerName},`,
    '',
    `${tenant.name} is ready in Atrium. ${trialLine}`,
    `Open your workspace: ${link}`,
    '',
    'The Atrium team',
  ].join('\n');
  const html =
    `<p>Hello ${escapeHtml(input.ownerName)},</p>` +
    `<p><strong>${escapeHtml(tenant.name)}</strong> is ready in Atrium. ${escapeHtml(trialLine)}</p>` +
    `<p><a href="${escapeHtml(link)}">Open your workspace</a></p><p>The Atrium team</p>`;
  return {
    to: input.to,
    message: { subject: `Welcome to Atrium, ${tenant.name}`, text, html },
    template: 'welcome',
    tenantId: input.tenantId,
    createdAt: input.at,
  };
}
