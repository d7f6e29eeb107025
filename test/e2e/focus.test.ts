/**
 * Keyboard focus after inline actions, in Chromium against the emulators.
 * When the control that has focus goes away (a form closes, a confirmation
 * ends, a row is deleted) or is disabled while saving, the browser drops
 * focus to <body> and a keyboard user starts again from the top of the
 * page. In one practice seeded with the Admin SDK, the owner:
 * - opens "Book appointment" and closes the form: focus is back on the button;
 * - starts cancelling an appointment and keeps it: focus is back on Cancel;
 *   cancels it with the keyboard: focus stays in its card, and the page says so;
 * - deletes an appointment: focus moves to its list's heading;
 * - deletes a service: focus moves to the next service's buttons;
 * - invites someone by pressing Enter in the email field: focus stays there.
 */
import { join } from 'node:path';
import { Timestamp } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, adminDb, uniqueEmail } from '../support/clients';
import { SCREENSHOTS, TIMEOUT, signInAs, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

const POLL = { timeout: TIMEOUT, interval: 100 };
const pad = (n: number) => String(n).padStart(2, '0');
/** YYYY-MM-DD of a local date (the browser runs in the same time zone as this test). */
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const at = (day: Date, hours: number, minutes = 0) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);

interface Focused {
  body: boolean;
  tag: string;
  testId: string | null;
  text: string;
  inMain: boolean;
  isMain: boolean;
}

/** Where focus is, for assertions: on <body>, or the element's tag, test id, text and whether it is inside <main>. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const main = document.querySelector('main');
    return {
      body: active === null || active === document.body,
      tag: active?.tagName.toLowerCase() ?? '',
      testId: active?.getAttribute('data-testid') ?? null,
      text: (active?.textContent ?? '').trim(),
      inMain: Boolean(main && active && main.contains(active)),
      isMain: active === main,
    };
  });
}

/** Whether focus is inside the element matched by `selector`. */
const focusWithin = (page: Page, selector: string) =>
  page.evaluate((sel) => Boolean(document.activeElement?.closest(sel)), selector);

describe('keyboard focus after inline actions', () => {
  let stack: BrowserStack;
  let practice: TestPractice;
  const day = new Date();
  const ids = { massage: '', consultation: '', patient: '', first: '', second: '' };
  const tenantRef = () => adminDb().collection('tenants').doc(practice.tenantId);
  const card = (id: string) => `[data-testid="appointment-item"][data-appointment-id="${id}"]`;

  beforeAll(async () => {
    practice = await createPractice({ name: 'Focus Lane Clinic', staff: ['practitioner', 'receptionist'] });
    const owner = practice.member('owner').uid;
    const practitioner = practice.member('practitioner').uid;
    const stamp = () => ({ createdBy: owner, createdAt: Timestamp.now(), updatedAt: Timestamp.now() });
    const add = async (collection: string, data: Record<string, unknown>) =>
      (await tenantRef().collection(collection).add({ ...data, ...stamp() })).id;
    ids.massage = await add('services', { name: 'Massage', durationMinutes: 60, priceCents: 7000, active: true });
    ids.consultation = await add('services', { name: 'Consultation', durationMinutes: 30, priceCents: 5000, active: true });
    ids.patient = await add('patients', { firstName: 'Ada', lastName: 'Lovelace' });
    const appointment = (hours: number) => ({
      patientId: ids.patient,
      practitionerId: practitioner,
      serviceId: ids.consultation,
      startsAt: Timestamp.fromDate(at(day, hours)),
      endsAt: Timestamp.fromDate(at(day, hours, 30)),
      status: 'booked',
    });
    ids.first = await add('appointments', appointment(10));
    ids.second = await add('appointments', appointment(11));
    stack = await startBrowserStack();
    await signInAs(stack.page, practice.member('owner').email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await stack?.close();
  });

  async function open(name: string, ready: string): Promise<void> {
    await stack.page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name, exact: true }).click();
    await stack.page.getByTestId(ready).first().waitFor();
  }

  it('returns focus to "Book appointment" when the booking form closes', async () => {
    const { page } = stack;
    await open('Appointments', 'appointments-day');
    await page.getByLabel('Go to date').fill(isoDate(day));
    await page.locator(card(ids.first)).waitFor();

    await page.getByTestId('appointment-book').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('appointment-form').waitFor();
    await page.getByTestId('appointment-form').getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('appointment-form').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).testId, POLL).toBe('appointment-book');
  });

  it('keeps focus in the appointment card through an inline cancel', async () => {
    const { page } = stack;
    const first = page.locator(card(ids.first));

    // "Keep the appointment": back on the Cancel button that asked.
    await first.getByTestId('appointment-cancel').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).testId, POLL).toBe('appointment-cancel-confirm');
    await first.getByRole('button', { name: 'Keep the appointment' }).click();
    await expect.poll(async () => (await focused(page)).testId, POLL).toBe('appointment-cancel');

    // Confirmed with the keyboard: the Cancel button is gone, focus stays in the card.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).testId, POLL).toBe('appointment-cancel-confirm');
    await page.keyboard.press('Enter');
    await page.locator(`${card(ids.first)}[data-status="cancelled"]`).waitFor();
    await first.getByTestId('appointment-cancel-confirm').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).body, POLL).toBe(false);
    const where = await focused(page);
    expect(where.inMain && !where.isMain).toBe(true);
    expect(await focusWithin(page, card(ids.first))).toBe(true);
    // The owner may still delete the cancelled appointment: its Delete button is what the card offers first.
    expect(where.testId).toBe('appointment-delete');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'was cancelled' }).count(), POLL).toBe(1);
    expect((await tenantRef().collection('appointments').doc(ids.first).get()).get('status')).toBe('cancelled');
    await page.screenshot({ path: join(SCREENSHOTS, 'focus-appointment-cancelled.png'), fullPage: true });
  });

  it('moves focus to the list heading when an appointment is deleted', async () => {
    const { page } = stack;
    const second = page.locator(card(ids.second));
    await second.getByTestId('appointment-delete').click();
    await page.getByTestId('appointment-delete-confirm').focus();
    await page.keyboard.press('Enter');
    await second.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).tag, POLL).toBe('h3');
    const where = await focused(page);
    expect(where.inMain).toBe(true);
    expect(where.text).toContain(practice.member('practitioner').displayName);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'was deleted' }).count(), POLL).toBe(1);
    expect((await tenantRef().collection('appointments').doc(ids.second).get()).exists).toBe(false);
  });

  it('moves focus to the next service when one is deleted', async () => {
    const { page } = stack;
    await open('Services', 'service-row');
    await expect.poll(() => page.getByTestId('service-row').count(), POLL).toBe(2);
    // By name: Consultation, then Massage.
    const consultation = page.locator(`[data-testid="service-row"][data-service-id="${ids.consultation}"]`);
    expect(await page.getByTestId('service-row').first().getAttribute('data-service-id')).toBe(ids.consultation);

    await consultation.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await focused(page)).text, POLL).toBe('Yes, delete');
    await page.keyboard.press('Enter');
    await consultation.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).body, POLL).toBe(false);
    expect(await focusWithin(page, `[data-service-id="${ids.massage}"]`)).toBe(true);
    expect((await focused(page)).text).toBe('Edit');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Consultation deleted.' }).count(), POLL).toBe(1);
    expect((await tenantRef().collection('services').doc(ids.consultation).get()).exists).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'focus-service-deleted.png'), fullPage: true });
  });

  it('keeps focus in the email field when an invite is sent with Enter', async () => {
    const { page } = stack;
    await open('Team', 'team-page');
    const email = uniqueEmail('focus-invite');
    await page.getByTestId('invite-email').fill(email);
    await page.getByTestId('invite-email').press('Enter');
    await page.getByTestId('invite-row').filter({ hasText: email }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Invite sent to ${email}` }).count(), POLL).toBe(1);
    await expect.poll(async () => (await focused(page)).body, POLL).toBe(false);
    expect((await focused(page)).testId).toBe('invite-email');
    expect(await page.getByTestId('invite-email').inputValue()).toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'focus-invite-sent.png'), fullPage: true });
  });
});
