/**
 * The invite email, queued on the `mail` outbox (Trigger Email format) in the
 * same transaction that writes the invite, so an invite and its email exist
 * together or not at all.
 */
import type { Timestamp } from 'firebase-admin/firestore';
import { ROLE_LABELS, teamPaths, type MailDoc, type TenantRole } from '@atrium/domain';
import { escapeHtml } from '../mail/escape-html';

export function inviteEmail(input: {
  to: string;
  inviterName: string;
  tenantName: string;
  tenantId: string;
  inviteId: string;
  role: TenantRole;
  expiresAt: Date;
  timezone: string | undefined;
  appBaseUrl: string;
  at: Timestamp;
}): MailDoc<Timestamp> {
  const link = teamPaths.inviteLink(input.appBaseUrl, input.tenantId, input.inviteId);
  const role = ROLE_LABELS[input.role];
  const expires = input.expiresAt.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: input.timezone ?? 'UTC' });
  const invitation = `${input.inviterName} has invited you to join ${input.tenantName} on Atrium as ${role}.`;
  const terms = `The invite is open until ${expires}. Sign in with this email address (${input.to}) to accept it.`;
  const text = ['Hello,', '', invitation, `Accept the invite: ${link}`, '', terms, '', 'The Atrium team'].join('\n');
  const html =
    `<p>Hello,</p><p>${escapeHtml(invitation)}</p>` +
    `<p><a href="${escapeHtml(link)}">Accept the invite</a></p>` +
    `<p>${escapeHtml(terms)}</p><p>The Atrium team</p>`;
  return {
    to: input.to,
    message: { subject: `${input.inviterName} invited you to join ${input.tenantName} on Atrium`, text, html },
    template: 'invite',
    tenantId: input.tenantId,
    createdAt: input.at,
  };
}
