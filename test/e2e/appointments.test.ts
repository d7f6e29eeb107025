/**
 * Appointments, services and the dashboard in Chromium, against the
 * emulators, in one practice seeded with the Admin SDK (two services, two
 * patients, an appointment today for the practitioner and one for the owner):
 * - a receptionist books an appointment (after being refused a clashing
 *   time), sees it in the day view, moves and cancels it, and cannot open
 *   treatment notes;
 * - a practitioner marks their own appointment arrived, has no controls on
 *   someone else's, and writes the treatment note from the appointment;
 * - a manager adds a service, priced in the practice's currency;
 * - a practice whose trial ended shows everything with the controls disabled.
 * Each page is checked with axe-core (serious and critical violations).
 */
import { join } from 'node:path';
import { Timestamp } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, adminDb } from '../support/clients';
import { expectAccessible } from './support/a11y';
import { BASE_URL, SCREENSHOTS, TIMEOUT, signInAs, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

const pad = (n: number) => String(n).padStart(2, '0');
/** YYYY-MM-DD of a local date (the browser runs in the same time zone as this test). */
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Local `hours:minutes` on the day of `day`. */
const at = (day: Date, hours: number, minutes = 0) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);

/** Polls Firestore (through the Admin SDK) until `check` passes or the time is up. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('appointments, services and the dashboard', () => {
  let stack: BrowserStack;
  let practice: TestPractice;
  let tenantId: string;
  const day = new Date();
  const ids = { ada: '', grace: '', consultation: '', followUp: '', ownAppointment: '', ownersAppointment: '' };

  const tenantRef = () => adminDb().collection('tenants').doc(tenantId);

  /** A signed-in page for another member, in a fresh browser context. */
  async function pageFor(role: 'practitioner' | 'manager'): Promise<Page> {
    const page = await stack.newPage(role);
    await signInAs(page, practice.member(role).email, TEST_PASSWORD);
    return page;
  }

  /** Opens Appointments from the menu and shows the test's day. */
  async function openDay(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Appointments' }).click();
    await page.getByTestId('appointments-day').waitFor();
    await page.getByLabel('Go to date').fill(isoDate(day));
    await page.waitForURL((url) => url.searchParams.get('date') === isoDate(day) || !url.searchParams.has('date'));
  }

  const card = (page: Page, appointmentId: string) => page.locator(`[data-testid="appointment-item"][data-appointment-id="${appointmentId}"]`);

  beforeAll(async () => {
    practice = await createPractice({ name: 'Elm Court Physio', staff: ['practitioner', 'receptionist', 'manager'] });
    tenantId = practice.tenantId;
    const owner = practice.member('owner').uid;
    const stamp = () => ({ createdBy: owner, createdAt: Timestamp.now(), updatedAt: Timestamp.now() });
    const add = async (collection: string, data: Record<string, unknown>) => (await tenantRef().collection(collection).add({ ...data, ...stamp() })).id;

    ids.consultation = await add('services', { name: 'Initial consultation', durationMinutes: 45, priceCents: 8000, active: true });
    ids.followUp = await add('services', { name: 'Follow-up', durationMinutes: 30, priceCents: 5500, active: true });
    ids.ada = await add('patients', { firstName: 'Ada', lastName: 'Lovelace' });
    ids.grace = await add('patients', { firstName: 'Grace', lastName: 'Hopper' });
    const appointment = (practitionerId: string, patientId: string, hours: number) => ({
      patientId,
      practitionerId,
      serviceId: ids.followUp,
      startsAt: Timestamp.fromDate(at(day, hours)),
      endsAt: Timestamp.fromDate(at(day, hours, 30)),
      status: 'booked',
    });
    ids.ownAppointment = await add('appointments', appointment(practice.member('practitioner').uid, ids.grace, 8));
    // Someone else's appointment: the owner also sees patients.
    ids.ownersAppointment = await add('appointments', appointment(owner, ids.ada, 9));
    stack = await startBrowserStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('a receptionist books an appointment and cannot open notes', async () => {
    const { page } = stack;
    const receptionist = practice.member('receptionist');
    await signInAs(page, receptionist.email, TEST_PASSWORD);
    await page.getByTestId('dashboard-today').waitFor();
    await expect.poll(() => page.getByTestId('dashboard-appointment').count(), { timeout: TIMEOUT }).toBe(2);
    await expectAccessible(page, 'dashboard-receptionist');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-receptionist.png'), fullPage: true });

    await openDay(page);
    await page.getByTestId('appointment-book').click();
    const form = page.getByTestId('appointment-form');
    await form.getByLabel('Find patient').fill('love');
    await form.getByLabel('Patient', { exact: true }).selectOption({ label: 'Ada Lovelace' });
    await form.getByLabel('Service').selectOption({ label: 'Follow-up (30 min)' });
    await form.getByLabel('Practitioner').selectOption({ label: practice.member('practitioner').displayName });
    await form.getByLabel('Date').fill(isoDate(day));

    // 08:15 overlaps the practitioner's 08:00–08:30: refused with the reason.
    await form.getByLabel('Start time').fill('08:15');
    await page.getByTestId('appointment-save').click();
    await expect.poll(() => form.getByRole('alert').textContent(), { timeout: TIMEOUT }).toContain('Grace Hopper');
    await expectAccessible(page, 'appointment-form');

    await form.getByLabel('Start time').fill('14:00');
    await page.getByTestId('appointment-save').click();
    await page.getByTestId('appointment-form').waitFor({ state: 'detached' });

    const booked = await eventually(
      () => tenantRef().collection('appointments').where('createdBy', '==', receptionist.uid).get(),
      (snapshot) => snapshot.size === 1,
      "the receptionist's appointment",
    );
    const stored = booked.docs[0]!;
    expect(stored.data()).toMatchObject({
      patientId: ids.ada,
      serviceId: ids.followUp,
      practitionerId: practice.member('practitioner').uid,
      status: 'booked',
      createdBy: receptionist.uid,
    });
    expect(stored.get('startsAt').toMillis()).toBe(at(day, 14).getTime());
    expect(stored.get('endsAt').toMillis()).toBe(at(day, 14, 30).getTime());

    const newCard = card(page, stored.id);
    await newCard.waitFor();
    expect(await newCard.textContent()).toContain('Ada Lovelace');
    expect(await newCard.textContent()).toContain('Follow-up');
    // In the practitioner's column, with the front desk's controls.
    const column = page.getByRole('region', { name: new RegExp(practice.member('practitioner').displayName) });
    expect(await column.locator(`[data-appointment-id="${stored.id}"]`).count()).toBe(1);
    expect(await newCard.getByTestId('appointment-cancel').isEnabled()).toBe(true);
    await expectAccessible(page, 'appointments-day');
    await page.screenshot({ path: join(SCREENSHOTS, 'appointments-receptionist-day.png'), fullPage: true });

    // Moved to 15:00, then cancelled after confirming.
    await newCard.getByRole('button', { name: 'Reschedule' }).click();
    await form.getByLabel('Start time').fill('15:00');
    await page.getByTestId('appointment-save').click();
    await form.waitFor({ state: 'detached' });
    await eventually(
      () => stored.ref.get(),
      (snapshot) => snapshot.get('startsAt').toMillis() === at(day, 15).getTime() && snapshot.get('endsAt').toMillis() === at(day, 15, 30).getTime(),
      'the appointment moved to 15:00',
    );
    await newCard.getByTestId('appointment-cancel').click();
    expect((await stored.ref.get()).get('status')).toBe('booked');
    await newCard.getByTestId('appointment-cancel-confirm').click();
    await page.locator(`[data-appointment-id="${stored.id}"][data-status="cancelled"]`).waitFor();
    await eventually(() => stored.ref.get(), (snapshot) => snapshot.get('status') === 'cancelled', 'the cancellation');

    // The week view keeps its place in the URL.
    await page.getByRole('button', { name: 'Week' }).click();
    await page.getByTestId('appointments-week').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('week');
    await expect.poll(() => card(page, stored.id).count()).toBe(1);

    // No clinical notes for the front desk: not in the menu, not at the address.
    const nav = page.getByRole('navigation', { name: 'Workspace' });
    expect(await nav.getByRole('link', { name: 'Appointments' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Treatment notes' }).count()).toBe(0);
    await page.goto(`${BASE_URL}/app/notes`);
    await page.getByTestId('no-access').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'appointments-receptionist-no-notes.png'), fullPage: true });
  });

  it('a practitioner marks own appointment arrived and writes a note', async () => {
    const page = await pageFor('practitioner');
    const practitioner = practice.member('practitioner');
    // The dashboard lists the practitioner's own day only.
    await page.getByTestId('dashboard-today').waitFor();
    const listed = page.locator(`[data-testid="dashboard-appointment"][data-appointment-id="${ids.ownAppointment}"]`);
    await listed.waitFor();
    await expect.poll(() => listed.textContent(), { timeout: TIMEOUT }).toContain('Grace Hopper');
    expect(await page.locator(`[data-testid="dashboard-appointment"][data-appointment-id="${ids.ownersAppointment}"]`).count()).toBe(0);

    await openDay(page);
    const own = card(page, ids.ownAppointment);
    await own.waitFor();
    // The owner's appointment is on the calendar, with no controls for this practitioner.
    const others = card(page, ids.ownersAppointment);
    await others.waitFor();
    expect(await others.getByRole('button').count()).toBe(0);
    expect(await others.getByTestId('appointment-write-note').count()).toBe(0);
    // Nor may they book, reschedule or cancel.
    expect(await page.getByTestId('appointment-book').count()).toBe(0);
    expect(await own.getByTestId('appointment-cancel').count()).toBe(0);
    expect(await own.getByTestId('appointment-write-note').count()).toBe(0);

    await own.getByTestId('appointment-arrived').click();
    await page.locator(`[data-appointment-id="${ids.ownAppointment}"][data-status="arrived"]`).waitFor();
    await eventually(
      () => tenantRef().collection('appointments').doc(ids.ownAppointment).get(),
      (snapshot) => snapshot.get('status') === 'arrived',
      'the appointment marked arrived',
    );
    await expectAccessible(page, 'appointments-practitioner');
    await page.screenshot({ path: join(SCREENSHOTS, 'appointments-practitioner-arrived.png'), fullPage: true });

    await own.getByTestId('appointment-write-note').click();
    await page.waitForURL(
      (url) => url.pathname === `/app/patients/${ids.grace}` && url.searchParams.get('appointment') === ids.ownAppointment && url.hash === '#notes',
    );
    const body = 'Lower back pain improving; continue the home exercises twice daily.';
    await page.getByLabel('Treatment note', { exact: true }).fill(body);
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByTestId('note-item').filter({ hasText: 'home exercises' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'appointments-practitioner-note.png'), fullPage: true });

    const notes = await eventually(
      () => tenantRef().collection('treatmentNotes').where('patientId', '==', ids.grace).get(),
      (snapshot) => snapshot.size === 1,
      'the treatment note',
    );
    expect(notes.docs[0]!.data()).toMatchObject({ authorId: practitioner.uid, appointmentId: ids.ownAppointment, body });
  });

  it('a manager adds a service priced in the practice currency', async () => {
    const page = await pageFor('manager');
    // The dashboard's quick action opens the booking form on the calendar.
    await page.getByTestId('dashboard-book').click();
    await page.getByTestId('appointment-form').waitFor();
    expect(new URL(page.url()).searchParams.has('book')).toBe(false);

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Services' }).click();
    await expect.poll(() => page.getByTestId('service-row').count(), { timeout: TIMEOUT }).toBe(2);
    await page.getByTestId('service-new').click();
    const form = page.getByTestId('service-form');
    await form.getByLabel('Name').fill('Sports massage');
    await form.getByLabel('Length (minutes)').fill('45');
    await form.getByLabel('Price (EUR)').fill('55,50');
    await page.getByTestId('service-save').click();
    await form.waitFor({ state: 'detached' });

    const row = page.getByTestId('service-row').filter({ hasText: 'Sports massage' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/€\s?55[.,]50/);
    expect(await row.textContent()).toContain('Active');
    const services = await tenantRef().collection('services').where('name', '==', 'Sports massage').get();
    expect(services.size).toBe(1);
    expect(services.docs[0]!.data()).toMatchObject({ durationMinutes: 45, priceCents: 5550, active: true, createdBy: practice.member('manager').uid });
    await expectAccessible(page, 'services-manager');
    await page.screenshot({ path: join(SCREENSHOTS, 'services-manager.png'), fullPage: true });
  });

  it('a practice whose trial ended shows its calendar and services read-only', async () => {
    const expired = await createPractice({ name: 'Quiet Pines Clinic', status: 'trial_expired', staff: ['receptionist'] });
    const owner = expired.member('owner').uid;
    const tenant = adminDb().collection('tenants').doc(expired.tenantId);
    const stamp = { createdBy: owner, createdAt: Timestamp.now(), updatedAt: Timestamp.now() };
    const service = await tenant.collection('services').add({ name: 'Massage', durationMinutes: 60, priceCents: 7000, active: true, ...stamp });
    const patient = await tenant.collection('patients').add({ firstName: 'Alan', lastName: 'Turing', ...stamp });
    const appointment = await tenant.collection('appointments').add({
      patientId: patient.id,
      practitionerId: owner,
      serviceId: service.id,
      startsAt: Timestamp.fromDate(at(day, 11)),
      endsAt: Timestamp.fromDate(at(day, 12)),
      status: 'booked',
      ...stamp,
    });

    const page = await stack.newPage('trial ended');
    await signInAs(page, expired.member('receptionist').email, TEST_PASSWORD);
    expect(await page.getByTestId('dashboard-book').isDisabled()).toBe(true);
    await openDay(page);
    const booked = card(page, appointment.id);
    await booked.waitFor();
    await page.getByTestId('read-only-notice').waitFor();
    expect(await page.getByTestId('appointment-book').isDisabled()).toBe(true);
    expect(await booked.getByTestId('appointment-arrived').isDisabled()).toBe(true);
    expect(await booked.getByTestId('appointment-cancel').isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'appointments-read-only.png'), fullPage: true });

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Services' }).click();
    await page.getByTestId('service-row').filter({ hasText: 'Massage' }).waitFor();
    // Receptionists read the catalog only.
    expect(await page.getByTestId('service-new').count()).toBe(0);
    expect((await tenant.collection('appointments').doc(appointment.id).get()).get('status')).toBe('booked');
  });

  it('reports no uncaught errors in the pages', () => {
    expect(stack.problems.filter((problem) => problem.includes('page error'))).toEqual([]);
  });
});
