/**
 * The email a sales-provisioned tenant's named admin receives: their
 * workspace is ready, with a one-time sign-in link.
 */
import type { Timestamp } from 'firebase-admin/firestore';
import type { MailDoc } from '@atrium/domain';
import { escapeHtml } from './escape-html';

export function ownerSignInEmail(input: {
  to: string;
  ownerName: string;
  tenantName: string;
  tenantId: string;
  link: string;
  at: Timestamp;
}): MailDoc<Timestamp> {
  const text = [
    `Hello ${input.ownerName},`,
    '',
    `Your Atrium workspace for ${input.tenantName} is ready, and you are its owner.`,
    `Sign in with this link (it works once): ${input.link}`,
    '',
    'The Atrium team',
  ].join('\n');
  const html =
    `<p>Hello ${escapeHtml(input.ownerName)},</p><p>Your Atrium workspace for <strong>${escapeHtml(input.tenantName)}</strong> ` +
    `is ready, and you are its owner.</p><p><a href="${escapeHtml(input.link)}">Sign in to Atrium</a> (the link works once).</p>` +
    '<p>The Atrium team</p>';
  return {
    to: input.to,
    message: { subject: `Your Atrium workspace for ${input.tenantName} is ready`, text, html },
    template: 'sales_owner_sign_in',
    tenantId: input.tenantId,
    createdAt: input.at,
  };
}
