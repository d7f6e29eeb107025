/**
 * The zod schemas the web app and the functions share (SPEC §3-§4), and the
 * plans catalog (SPEC §6). Each rejection test also checks which field was
 * rejected, so a test cannot pass because some other field happened to fail.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PLANS, PLAN_IDS, planById } from './plans';
import { appointmentSchema, patientSchema, provisionTenantInput, salesProvisionTenantInput, serviceSchema } from './schemas';

/** The paths of the issues a schema raises on `input` (empty when it accepts it). */
function rejectedPaths(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return [...new Set(result.error?.issues.map((issue) => issue.path.join('.')) ?? [])];
}

/** Unknown keys rejected by a strict object, as `unrecognized_keys` issues. */
function unrecognizedKeys(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return (result.error?.issues ?? []).flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
}

// ---- provisionTenant -------------------------------------------------------

describe('provisionTenantInput', () => {
  const valid = { idempotencyKey: 'signup-7f3a9c2e', tenantName: 'Rose Aesthetics', plan: 'starter' };

  it('accepts a valid input', () => {
    expect(provisionTenantInput.parse(valid)).toEqual(valid);
  });

  it('trims the practice name', () => {
    expect(provisionTenantInput.parse({ ...valid, tenantName: '  Rose Aesthetics \n' }).tenantName).toBe('Rose Aesthetics');
  });

  it.each(PLAN_IDS)('accepts the %s plan', (plan) => {
    expect(provisionTenantInput.parse({ ...valid, plan }).plan).toBe(plan);
  });

  it.each([
    { why: 'one character', tenantName: 'R' },
    { why: 'one character inside spaces', tenantName: '   R   ' },
    { why: 'only spaces', tenantName: '      ' },
    { why: 'empty', tenantName: '' },
    { why: '81 characters', tenantName: 'R'.repeat(81) },
  ])('rejects a practice name that is $why', ({ tenantName }) => {
    expect(rejectedPaths(provisionTenantInput, { ...valid, tenantName })).toEqual(['tenantName']);
  });

  it('accepts practice names of 2 and of 80 characters', () => {
    expect(provisionTenantInput.parse({ ...valid, tenantName: 'Ro' }).tenantName).toBe('Ro');
    expect(provisionTenantInput.parse({ ...valid, tenantName: ` ${'R'.repeat(80)} ` }).tenantName).toBe('R'.repeat(80));
  });

  it.each(['premium', 'Starter', '', 'free'])('rejects the unknown plan "%s"', (plan) => {
    expect(rejectedPaths(provisionTenantInput, { ...valid, plan })).toEqual(['plan']);
  });

  it.each([
    { why: 'too short (7 characters)', idempotencyKey: 'abcdefg' },
    { why: 'too long (129 characters)', idempotencyKey: 'k'.repeat(129) },
    { why: 'containing a slash', idempotencyKey: 'signup/7f3a9c2e' },
    { why: 'containing a space', idempotencyKey: 'signup 7f3a9c2e' },
    { why: 'containing a dot', idempotencyKey: 'signup.7f3a9c2e' },
    { why: 'empty', idempotencyKey: '' },
    { why: 'a number', idempotencyKey: 12345678 },
  ])('rejects an idempotency key $why', ({ idempotencyKey }) => {
    expect(rejectedPaths(provisionTenantInput, { ...valid, idempotencyKey })).toEqual(['idempotencyKey']);
  });

  it('accepts idempotency keys of 8 and 128 characters with - and _', () => {
    expect(provisionTenantInput.safeParse({ ...valid, idempotencyKey: 'a-b_c-d_' }).success).toBe(true);
    expect(provisionTenantInput.safeParse({ ...valid, idempotencyKey: 'K'.repeat(128) }).success).toBe(true);
  });

  it('rejects keys it does not know (strict)', () => {
    expect(unrecognizedKeys(provisionTenantInput, { ...valid, tenantId: 'someone-elses-tenant', status: 'active' })).toEqual([
      'tenantId',
      'status',
    ]);
  });

  it('rejects a missing field', () => {
    expect(rejectedPaths(provisionTenantInput, { tenantName: valid.tenantName, plan: valid.plan })).toEqual(['idempotencyKey']);
  });
});

// ---- salesProvisionTenant --------------------------------------------------

describe('salesProvisionTenantInput', () => {
  const valid = {
    dealId: 'deal_2026-0042',
    tenantName: 'Northside Dermatology Group',
    plan: 'enterprise',
    seatLimit: 40,
    goLiveDate: '2026-04-01',
    adminEmail: 'it@northside-derm.example',
    adminName: 'Jordan Price',
    subdomain: 'northside',
  };

  it('accepts a valid input', () => {
    expect(salesProvisionTenantInput.parse(valid)).toEqual(valid);
  });

  it('accepts an input without a subdomain', () => {
    const { subdomain: _omitted, ...withoutSubdomain } = valid;
    expect(salesProvisionTenantInput.parse(withoutSubdomain)).toEqual(withoutSubdomain);
  });

  it('normalises the admin email and the subdomain', () => {
    const parsed = salesProvisionTenantInput.parse({ ...valid, adminEmail: '  IT@Northside-Derm.Example ', subdomain: ' NorthSide ' });
    expect(parsed.adminEmail).toBe('it@northside-derm.example');
    expect(parsed.subdomain).toBe('northside');
  });

  it.each(['2027-02-30', '2027-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '2027-1-5', '01/04/2027', '2027-04-01T00:00:00Z', ''])(
    'rejects the go-live date "%s"',
    (goLiveDate) => {
      expect(rejectedPaths(salesProvisionTenantInput, { ...valid, goLiveDate })).toEqual(['goLiveDate']);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(salesProvisionTenantInput.parse({ ...valid, goLiveDate: '2028-02-29' }).goLiveDate).toBe('2028-02-29');
  });

  it.each(['jordan', 'jordan@', '@northside.example', 'jordan@northside', 'jordan price@northside.example', ''])(
    'rejects the admin email "%s"',
    (adminEmail) => {
      expect(rejectedPaths(salesProvisionTenantInput, { ...valid, adminEmail })).toEqual(['adminEmail']);
    },
  );

  it.each([
    { why: '0', seatLimit: 0 },
    { why: 'negative', seatLimit: -5 },
    { why: 'not an integer', seatLimit: 12.5 },
    { why: 'a string', seatLimit: '40' },
    { why: 'not a number', seatLimit: Number.NaN },
    { why: 'above 10 000', seatLimit: 10_001 },
  ])('rejects a seat limit that is $why', ({ seatLimit }) => {
    expect(rejectedPaths(salesProvisionTenantInput, { ...valid, seatLimit })).toEqual(['seatLimit']);
  });

  it('accepts a seat limit of 1', () => {
    expect(salesProvisionTenantInput.parse({ ...valid, seatLimit: 1 }).seatLimit).toBe(1);
  });

  it.each([
    { why: 'two characters', subdomain: 'ns' },
    { why: 'starting with a hyphen', subdomain: '-northside' },
    { why: 'ending with a hyphen', subdomain: 'northside-' },
    { why: 'with an underscore', subdomain: 'north_side' },
    { why: 'with a dot', subdomain: 'north.side' },
    { why: 'a full host name', subdomain: 'northside.atrium.example' },
    { why: '64 characters', subdomain: 'n'.repeat(64) },
    { why: 'empty', subdomain: '' },
  ])('rejects a subdomain $why', ({ subdomain }) => {
    expect(rejectedPaths(salesProvisionTenantInput, { ...valid, subdomain })).toEqual(['subdomain']);
  });

  it('accepts subdomains of 3 and 63 characters with inner hyphens', () => {
    expect(salesProvisionTenantInput.parse({ ...valid, subdomain: 'n-s' }).subdomain).toBe('n-s');
    expect(salesProvisionTenantInput.parse({ ...valid, subdomain: 'n'.repeat(63) }).subdomain).toBe('n'.repeat(63));
  });

  it('rejects a deal id with a slash', () => {
    expect(rejectedPaths(salesProvisionTenantInput, { ...valid, dealId: 'deal/42' })).toEqual(['dealId']);
  });

  it('rejects an unknown plan and an empty admin name', () => {
    expect(rejectedPaths(salesProvisionTenantInput, { ...valid, plan: 'platinum' })).toEqual(['plan']);
    expect(rejectedPaths(salesProvisionTenantInput, { ...valid, adminName: '   ' })).toEqual(['adminName']);
  });

  it('rejects keys it does not know (strict)', () => {
    expect(unrecognizedKeys(salesProvisionTenantInput, { ...valid, status: 'active' })).toEqual(['status']);
  });
});

// ---- Tenant documents --------------------------------------------------------

describe('patientSchema', () => {
  it('accepts the required fields alone', () => {
    expect(patientSchema.parse({ firstName: 'Amara', lastName: 'Okafor' })).toEqual({ firstName: 'Amara', lastName: 'Okafor' });
  });

  it('accepts every optional field and normalises names and email', () => {
    expect(
      patientSchema.parse({
        firstName: ' Amara ',
        lastName: ' Okafor ',
        dateOfBirth: '1988-11-02',
        phone: '+44 20 7946 0018',
        email: ' Amara.Okafor@Example.com ',
        notes: 'Prefers morning appointments.',
        custom: { skinType: 'III', consentSigned: true, visits: 4 },
        externalId: 'legacy-00917',
      }),
    ).toEqual({
      firstName: 'Amara',
      lastName: 'Okafor',
      dateOfBirth: '1988-11-02',
      phone: '+44 20 7946 0018',
      email: 'amara.okafor@example.com',
      notes: 'Prefers morning appointments.',
      custom: { skinType: 'III', consentSigned: true, visits: 4 },
      externalId: 'legacy-00917',
    });
  });

  it.each([
    { why: 'no last name', input: { firstName: 'Amara' }, path: 'lastName' },
    { why: 'a blank first name', input: { firstName: '  ', lastName: 'Okafor' }, path: 'firstName' },
    { why: 'an impossible date of birth', input: { firstName: 'Amara', lastName: 'Okafor', dateOfBirth: '1988-02-30' }, path: 'dateOfBirth' },
    { why: 'a bad email', input: { firstName: 'Amara', lastName: 'Okafor', email: 'amara@' }, path: 'email' },
    { why: 'notes over 2000 characters', input: { firstName: 'Amara', lastName: 'Okafor', notes: 'n'.repeat(2_001) }, path: 'notes' },
  ])('rejects a patient with $why', ({ input, path }) => {
    expect(rejectedPaths(patientSchema, input)).toEqual([path]);
  });

  it('rejects fields the client may not set (strict)', () => {
    expect(unrecognizedKeys(patientSchema, { firstName: 'Amara', lastName: 'Okafor', tenantId: 'other', createdBy: 'x' })).toEqual([
      'tenantId',
      'createdBy',
    ]);
  });
});

describe('appointmentSchema', () => {
  const startsAt = new Date('2026-03-12T10:00:00.000Z');
  const valid = {
    patientId: 'pat_01',
    practitionerId: 'uid_practitioner',
    serviceId: 'svc_botox',
    startsAt,
    endsAt: new Date('2026-03-12T10:30:00.000Z'),
    status: 'booked',
  };

  it('accepts a valid appointment', () => {
    expect(appointmentSchema.parse(valid)).toEqual(valid);
  });

  it.each(['booked', 'arrived', 'completed', 'cancelled', 'no_show'])('accepts the status %s', (status) => {
    expect(appointmentSchema.parse({ ...valid, status }).status).toBe(status);
  });

  it('rejects an appointment that ends before it starts', () => {
    expect(rejectedPaths(appointmentSchema, { ...valid, endsAt: new Date('2026-03-12T09:30:00.000Z') })).toEqual(['endsAt']);
  });

  it('rejects an appointment that ends when it starts', () => {
    expect(rejectedPaths(appointmentSchema, { ...valid, endsAt: new Date(startsAt.getTime()) })).toEqual(['endsAt']);
  });

  it('rejects an unknown status', () => {
    expect(rejectedPaths(appointmentSchema, { ...valid, status: 'pending' })).toEqual(['status']);
  });

  it('rejects times given as strings', () => {
    expect(rejectedPaths(appointmentSchema, { ...valid, startsAt: '2026-03-12T10:00:00.000Z' })).toEqual(['startsAt']);
  });

  it('rejects a patient id with a slash', () => {
    expect(rejectedPaths(appointmentSchema, { ...valid, patientId: 'pat/01' })).toEqual(['patientId']);
  });
});

describe('serviceSchema', () => {
  const valid = { name: 'Consultation', durationMinutes: 30, priceCents: 7_500, active: true };

  it('accepts a valid service and a free one', () => {
    expect(serviceSchema.parse(valid)).toEqual(valid);
    expect(serviceSchema.parse({ ...valid, priceCents: 0 }).priceCents).toBe(0);
  });

  it.each([
    { why: 'a blank name', patch: { name: '   ' }, path: 'name' },
    { why: 'a duration of 0', patch: { durationMinutes: 0 }, path: 'durationMinutes' },
    { why: 'a fractional duration', patch: { durationMinutes: 7.5 }, path: 'durationMinutes' },
    { why: 'a negative price', patch: { priceCents: -1 }, path: 'priceCents' },
    { why: 'a fractional price', patch: { priceCents: 10.5 }, path: 'priceCents' },
    { why: '"active" as a string', patch: { active: 'yes' }, path: 'active' },
  ])('rejects a service with $why', ({ patch, path }) => {
    expect(rejectedPaths(serviceSchema, { ...valid, ...patch })).toEqual([path]);
  });

  it('rejects a service without "active"', () => {
    const { active: _omitted, ...withoutActive } = valid;
    expect(rejectedPaths(serviceSchema, withoutActive)).toEqual(['active']);
  });
});

// ---- Plans catalog (SPEC §6) -------------------------------------------------

describe('plans catalog', () => {
  it('has the three plans of SPEC §6', () => {
    expect([...PLAN_IDS].sort()).toEqual(['enterprise', 'growth', 'starter']);
    expect(Object.keys(PLANS).sort()).toEqual(['enterprise', 'growth', 'starter']);
  });

  it.each(PLAN_IDS)('%s has its own id and positive whole limits', (id) => {
    const plan = planById(id);
    expect(plan.id).toBe(id);
    for (const limit of [plan.seatLimit, plan.pendingInviteLimit, plan.apiCallsPerMonth]) {
      expect(Number.isInteger(limit) && limit > 0, `${id} limit ${limit}`).toBe(true);
    }
  });

  it('gives more seats on each higher plan: starter < growth < enterprise', () => {
    expect(PLANS.starter.seatLimit).toBeLessThan(PLANS.growth.seatLimit);
    expect(PLANS.growth.seatLimit).toBeLessThan(PLANS.enterprise.seatLimit);
  });

  it('gives at least as many invites and API calls on each higher plan', () => {
    expect(PLANS.starter.pendingInviteLimit).toBeLessThanOrEqual(PLANS.growth.pendingInviteLimit);
    expect(PLANS.growth.pendingInviteLimit).toBeLessThanOrEqual(PLANS.enterprise.pendingInviteLimit);
    expect(PLANS.starter.apiCallsPerMonth).toBeLessThan(PLANS.growth.apiCallsPerMonth);
    expect(PLANS.growth.apiCallsPerMonth).toBeLessThan(PLANS.enterprise.apiCallsPerMonth);
  });
});
