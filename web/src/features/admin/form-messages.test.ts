/**
 * Console forms: a sentence per field for issues the schema leaves to zod's
 * default wording, while messages the schema sets itself still win.
 */
import { salesProvisionTenantInput } from '@atrium/domain';
import { describe, expect, it } from 'vitest';
import { parseForm } from './form-messages';

const MESSAGES = {
  dealId: 'Enter the CRM deal id.',
  tenantName: 'Enter the practice name.',
  plan: 'Choose a plan.',
  seatLimit: 'Enter the contracted number of seats (1 to 10,000).',
  goLiveDate: 'Choose the go-live date.',
  adminEmail: 'Enter the administrator’s email address.',
  adminName: 'Enter the administrator’s name.',
  subdomain: 'Choose a subdomain.',
};

const valid = {
  dealId: 'deal-42',
  tenantName: 'Harbour Physio',
  plan: 'growth',
  seatLimit: 12,
  goLiveDate: '2026-04-01',
  adminEmail: 'Admin@Harbour.example',
  adminName: 'Alex Admin',
};

describe('parseForm', () => {
  it('returns the parsed data when the form is valid', () => {
    const parsed = parseForm(salesProvisionTenantInput, valid, MESSAGES);
    expect(parsed).toEqual({ ok: true, data: { ...valid, adminEmail: 'admin@harbour.example' } });
  });

  it('words zod’s default issues with the page’s sentences', () => {
    const parsed = parseForm(salesProvisionTenantInput, { ...valid, adminName: '', seatLimit: Number.NaN, plan: 'platinum', goLiveDate: '2026-02-30' }, MESSAGES);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      adminName: MESSAGES.adminName,
      seatLimit: MESSAGES.seatLimit,
      plan: MESSAGES.plan,
      goLiveDate: MESSAGES.goLiveDate,
    });
  });

  it('keeps the messages the schema words itself', () => {
    const parsed = parseForm(salesProvisionTenantInput, { ...valid, dealId: 'deal 42!', tenantName: 'H', adminEmail: 'nope' }, MESSAGES);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.dealId).toBe('Use letters, digits, - and _ only');
    expect(parsed.errors.tenantName).toBe('Enter the practice name (at least 2 characters)');
    expect(parsed.errors.adminEmail).toBe('Enter a valid email address');
  });

  it('leaves a field without a page sentence to zod’s wording rather than dropping the error', () => {
    const parsed = parseForm(salesProvisionTenantInput, { ...valid, adminName: '' }, { dealId: 'x' } as Record<string, string>);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect((parsed.errors as Record<string, string>).adminName).toEqual(expect.any(String));
  });
});
