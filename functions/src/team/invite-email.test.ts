import { describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { inviteEmail } from './invite-email';

const at = Timestamp.fromDate(new Date('2026-03-01T09:00:00Z'));
const input = {
  to: 'rita@example.test',
  inviterName: 'Dr Olive <Owner>',
  tenantName: 'Rose & Thorn',
  tenantId: 't1',
  inviteId: 'i1',
  role: 'receptionist' as const,
  expiresAt: new Date('2026-03-08T09:00:00Z'),
  timezone: undefined,
  appBaseUrl: 'https://app.atrium.test/',
  at,
};

describe('inviteEmail', () => {
  it('is an outbox document addressed to the invitee, with the invite link', () => {
    const mail = inviteEmail(input);
    expect(mail).toMatchObject({ to: 'rita@example.test', template: 'invite', tenantId: 't1', createdAt: at });
    expect(mail.message.subject).toBe('Dr Olive <Owner> invited you to join Rose & Thorn on Atrium');
    expect(mail.message.text).toContain('Accept the invite: https://app.atrium.test/invite/t1/i1');
    expect(mail.message.text).toContain('as Receptionist');
    expect(mail.message.text).toContain('open until 8 March 2026');
    expect(mail.message.text).toContain('(rita@example.test)');
  });

  it('escapes names in the HTML body', () => {
    const { html } = inviteEmail(input).message;
    expect(html).toContain('Dr Olive &lt;Owner&gt; has invited you to join Rose &amp; Thorn');
    expect(html).not.toContain('<Owner>');
    expect(html).toContain('href="https://app.atrium.test/invite/t1/i1"');
  });

  it("dates the expiry in the practice's time zone", () => {
    const late = { ...input, expiresAt: new Date('2026-03-08T23:30:00Z') };
    expect(inviteEmail({ ...late, timezone: 'UTC' }).message.text).toContain('open until 8 March 2026');
    expect(inviteEmail({ ...late, timezone: 'Australia/Sydney' }).message.text).toContain('open until 9 March 2026');
  });
});
