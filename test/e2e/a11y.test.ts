/**
 * Accessibility of Atrium's main pages in Chromium: axe-core (WCAG 2 A/AA)
 * on each page once its content has loaded, failing on serious or critical
 * violations. Signed out (sign-in, sign-up), a new user without a practice
 * (onboarding), the owner of a practice with patients, services, today's
 * appointments and a treatment note (every workspace section), the
 * practitioner on a patient's page (the note composer) and a super admin on
 * the admin console. Each page is screenshotted (a11y-<page>.png) and its
 * full axe result saved under test-results/a11y/.
 */
import { join } from 'node:path';
import { Timestamp } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, adminDb, platformClient, signUpClient, type TestClient } from '../support/clients';
import { expectAccessible } from './support/a11y';
import { BASE_URL, SCREENSHOTS, TIMEOUT, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

/** Spinners of the page loading (not the banners and notices, which also use role=status). */
const LOADING = '.page-loading, [role="status"] .spinner, [aria-busy="true"]';

interface Seeded {
  patientId: string;
  patientName: string;
  serviceName: string;
}

/** Services, patients, two appointments today and a treatment note, written with the Admin SDK. */
async function seedClinicData(practice: TestPractice): Promise<Seeded> {
  const db = adminDb();
  const tenant = db.doc(`tenants/${practice.tenantId}`);
  const owner = practice.member('owner').uid;
  const practitioner = practice.member('practitioner').uid;
  const now = Timestamp.now();
  const stamp = { createdBy: owner, createdAt: now, updatedAt: now };

  const services = [
    { name: 'Initial consultation', durationMinutes: 45, priceCents: 9500, active: true },
    { name: 'Follow-up treatment', durationMinutes: 30, priceCents: 6000, active: true },
    { name: 'Laser session', durationMinutes: 60, priceCents: 15000, active: false },
  ];
  const serviceIds: string[] = [];
  for (const service of services) serviceIds.push((await tenant.collection('services').add({ ...service, ...stamp })).id);

  const patients = [
    { firstName: 'Amelia', lastName: 'Hart', dateOfBirth: '1986-04-12', phone: '+44 20 7946 0018', email: 'amelia.hart@example.test' },
    { firstName: 'Jonah', lastName: 'Reyes', dateOfBirth: '1979-11-02', phone: '+44 20 7946 0342' },
    { firstName: 'Priya', lastName: 'Nair', email: 'priya.nair@example.test', notes: 'Prefers morning appointments.' },
  ];
  const patientIds: string[] = [];
  for (const patient of patients) patientIds.push((await tenant.collection('patients').add({ ...patient, ...stamp })).id);

  const today = (hour: number, minute = 0) => {
    const at = new Date();
    at.setHours(hour, minute, 0, 0);
    return Timestamp.fromDate(at);
  };
  const bookings = [
    { patientId: patientIds[0]!, serviceId: serviceIds[0]!, startsAt: today(9, 30), endsAt: today(10, 15), status: 'arrived' },
    { patientId: patientIds[1]!, serviceId: serviceIds[1]!, startsAt: today(11), endsAt: today(11, 30), status: 'booked' },
    { patientId: patientIds[2]!, serviceId: serviceIds[1]!, startsAt: today(15), endsAt: today(15, 30), status: 'booked' },
  ];
  const appointmentIds: string[] = [];
  for (const booking of bookings) {
    appointmentIds.push((await tenant.collection('appointments').add({ ...booking, practitionerId: practitioner, ...stamp })).id);
  }

  await tenant.collection('treatmentNotes').add({
    patientId: patientIds[0]!,
    appointmentId: appointmentIds[0]!,
    authorId: practitioner,
    body: 'Reviewed skin response since the last session. No irritation reported; continue the current plan.',
    createdAt: now,
    updatedAt: now,
  });
  return { patientId: patientIds[0]!, patientName: 'Amelia Hart', serviceName: services[0]!.name };
}

/** Signs in through the sign-in page and waits for the page it lands on. */
async function signIn(page: Page, email: string, landedPath: string): Promise<void> {
  await page.goto(`${BASE_URL}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === landedPath);
}

/** Waits until the page shows its content: its heading (or `ready`) and no loading spinner. */
async function settled(page: Page, heading: string, ready?: string): Promise<void> {
  await page.locator(heading).first().waitFor();
  if (ready) await page.getByText(ready, { exact: false }).first().waitFor();
  await page.waitForFunction((selector) => !document.querySelector(selector), LOADING, { timeout: TIMEOUT });
}

/** Opens `path`, waits for its content, screenshots it and runs axe on it. */
async function check(page: Page, name: string, path: string, options: { heading?: string; ready?: string } = {}): Promise<void> {
  await page.goto(`${BASE_URL}${path}`);
  await settled(page, options.heading ?? 'main h2', options.ready);
  await page.screenshot({ path: join(SCREENSHOTS, `a11y-${name}.png`), fullPage: true });
  await expectAccessible(page, name);
}

describe('accessibility of the main pages (axe-core, WCAG 2 A/AA)', () => {
  let stack: BrowserStack;
  let practice: TestPractice;
  let seeded: Seeded;
  let newcomer: TestClient;
  let superAdmin: TestClient;
  const pages: Record<'visitor' | 'newcomer' | 'owner' | 'practitioner' | 'admin', Page> = {} as never;

  beforeAll(async () => {
    practice = await createPractice({ name: 'Linden Lane Clinic', staff: ['practitioner', 'receptionist', 'manager'] });
    seeded = await seedClinicData(practice);
    newcomer = await signUpClient({ displayName: 'Nina Newcomer' });
    superAdmin = await platformClient('super_admin');
    stack = await startBrowserStack();
    pages.visitor = stack.page;
    pages.newcomer = await stack.newPage('newcomer');
    pages.owner = await stack.newPage('owner');
    pages.practitioner = await stack.newPage('practitioner');
    pages.admin = await stack.newPage('super admin');
    await Promise.all([
      signIn(pages.newcomer, newcomer.user.email!, '/onboarding'),
      signIn(pages.owner, practice.member('owner').email, '/app'),
      signIn(pages.practitioner, practice.member('practitioner').email, '/app'),
      signIn(pages.admin, superAdmin.user.email!, '/admin'),
    ]);
  });

  afterAll(async () => {
    await stack?.close();
    await newcomer?.close();
    await superAdmin?.close();
  });

  it('the check itself fails on an inaccessible page', async () => {
    const page = await stack.page.context().newPage();
    try {
      await page.setContent('<main><h2>Broken</h2><img src="data:," /><label>Name</label><input /><button></button></main>');
      await expect(expectAccessible(page, 'self-test')).rejects.toThrow(/image-alt[\s\S]*button-name|button-name[\s\S]*image-alt/);
    } finally {
      await page.close();
    }
  });

  describe('signed out', () => {
    it('sign in', () => check(pages.visitor, 'signin', '/signin', { heading: 'main h1', ready: 'Sign in' }));
    it('sign up', () => check(pages.visitor, 'signup', '/signup', { heading: 'main h1' }));
  });

  it('onboarding (signed in, no practice yet)', async () => {
    const page = pages.newcomer;
    await settled(page, 'main h1', 'Set up your practice');
    await page.locator('input[name="plan"]').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'a11y-onboarding.png'), fullPage: true });
    await expectAccessible(page, 'onboarding');
  });

  describe('the owner’s workspace', () => {
    it('dashboard', () => check(pages.owner, 'dashboard', '/app'));
    it('appointments, day', () => check(pages.owner, 'appointments-day', '/app/appointments', { ready: 'Hart' }));
    it('appointments, week', async () => {
      const page = pages.owner;
      await page.goto(`${BASE_URL}/app/appointments`);
      await settled(page, 'main h2', 'Hart');
      const main = page.locator('main');
      const week = main
        .getByRole('tab', { name: /week/i })
        .or(main.getByRole('radio', { name: /week/i }))
        .or(main.getByRole('button', { name: /^week$/i }))
        .or(main.getByRole('link', { name: /^week$/i }))
        .first();
      await week.click();
      await page.waitForURL((url) => url.searchParams.get('view') === 'week');
      await settled(page, 'main h2', 'Hart');
      await page.screenshot({ path: join(SCREENSHOTS, 'a11y-appointments-week.png'), fullPage: true });
      await expectAccessible(page, 'appointments-week');
    });
    it('patients', () => check(pages.owner, 'patients', '/app/patients', { ready: 'Reyes' }));
    it('a patient', () => check(pages.owner, 'patient', `/app/patients/${seeded.patientId}`, { ready: seeded.patientName }));
    it('treatment notes', () => check(pages.owner, 'notes', '/app/notes'));
    it('services', () => check(pages.owner, 'services', '/app/services', { ready: seeded.serviceName }));
    it('team', () => check(pages.owner, 'team', '/app/team', { ready: practice.member('receptionist').displayName }));
    it('settings', () => check(pages.owner, 'settings', '/app/settings'));
    it('audit log', () => check(pages.owner, 'audit', '/app/audit'));
    it('billing', () => check(pages.owner, 'billing', '/app/billing', { heading: '[data-testid="billing-page"]' }));
  });

  it('a patient’s page with the note composer (practitioner)', async () => {
    const page = pages.practitioner;
    await page.goto(`${BASE_URL}/app/patients/${seeded.patientId}`);
    await settled(page, 'main h2', seeded.patientName);
    await page.locator('main textarea').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'a11y-patient-practitioner.png'), fullPage: true });
    await expectAccessible(page, 'patient-practitioner');
  });

  it('admin console (super admin)', () => check(pages.admin, 'admin', '/admin'));
});
