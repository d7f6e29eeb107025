import { describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { PLANS, type TenantDoc } from '@atrium/domain';
import { welcomeEmail } from './welcome-email';

const at = Timestamp.fromDate(new Date('2026-11-27T09:00:00Z'));
const tenant = (overrides: Partial<TenantDoc<Timestamp>> = {}): TenantDoc<Timestamp> => ({
  name: 'Rose & Thorn <Clinic>',
  status: 'trial',
  plan: 'growth',
  seatLimit: 20,
  seatsUsed: 1,
  pendingInvites: 0,
  trialEndsAt: Timestamp.fromDate(new Date('2026-12-11T09:00:00Z')),
  paymentFailures: 0,
  features: PLANS.growth.features,
  channel: 'self_serve',
  subdomain: null,
  retentionDays: 30,
  settings: {},
  ownerUid: 'u1',
  pendingOwner: null,
  goLiveAt: null,
  dealId: null,
  createdAt: at,
  statusChangedAt: at,
  ...overrides,
});

describe('welcomeEmail', () => {
  it('is a Trigger Email outbox document addressed to the owner, linking to the workspace', () => {
    const mail = welcomeEmail({ to: 'o@x.test', ownerName: 'Olivia', tenant: tenant(), tenantId: 't1', appBaseUrl: 'https://app.atrium.test/', at });
    expect(mail).toMatchObject({ to: 'o@x.test', template: 'welcome', tenantId: 't1', createdAt: at });
    expect(mail.message.subject).toBe('Welcome to Atrium, Rose & Thorn <Clinic>');
    expect(mail.message.text).toContain('https://app.atrium.test/app');
    expect(mail.message.text).toContain('Growth trial runs until 11 December 2026');
  });

  it('escapes practice and person names in the HTML body', () => {
    const mail = welcomeEmail({ to: 'o@x.test', ownerName: '<script>x</script>', tenant: tenant(), tenantId: 't1', appBaseUrl: 'http://127.0.0.1:5173', at });
    expect(mail.message.html).toContain('Rose &amp; Thorn &lt;Clinic&gt;');
    expect(mail.message.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(mail.message.html).not.toContain('<script>');
  });

  it('says the plan is active when there is no trial', () => {
    const mail = welcomeEmail({ to: 'o@x.test', ownerName: 'O', tenant: tenant({ status: 'active', trialEndsAt: null }), tenantId: 't1', appBaseUrl: 'http://x.test', at });
    expect(mail.message.text).toContain('Your Growth plan is active.');
  });
});
