/**
 * Patients and treatment notes in Chromium, against the emulators:
 * - a receptionist adds a patient (with the practice's required custom
 *   field), finds them by search, opens their page, and sees no treatment
 *   notes anywhere (the section is absent, /app/notes says no access);
 * - a practitioner arrives from an appointment, writes a note attached to
 *   it, corrects it, and sees a two-day-old note locked;
 * - the owner reads the notes without a composer and deletes a patient
 *   after confirming;
 * - once the trial has ended, the same screens stay readable with their
 *   actions disabled and the reason shown.
 * Each screen is checked with axe-core (serious and critical violations fail).
 */
import { join } from 'node:path';
import { Timestamp, type DocumentData } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, adminDb } from '../support/clients';
import { expectAccessible } from './support/a11y';
import { BASE_URL, SCREENSHOTS, signInAs, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

const DAY = 24 * 60 * 60 * 1000;

describe('patients and treatment notes', () => {
  let stack: BrowserStack;
  let practice: TestPractice;
  let tenantId: string;
  let patientId: string;
  let spareId: string;
  let appointmentId: string;
  let oldNoteId: string;
  let referralFieldId: string;

  const tenantRef = () => adminDb().collection('tenants').doc(tenantId);

  beforeAll(async () => {
    practice = await createPractice({ name: 'Birch Lane Clinic', staff: ['practitioner', 'receptionist'] });
    tenantId = practice.tenantId;
    const owner = practice.member('owner').uid;
    const practitioner = practice.member('practitioner').uid;
    const now = Date.now();
    const stamp = { createdBy: owner, createdAt: Timestamp.now(), updatedAt: Timestamp.now() };

    const service = await tenantRef().collection('services').add({ name: 'Skin consultation', durationMinutes: 30, priceCents: 6000, active: true, ...stamp });
    referralFieldId = (
      await tenantRef().collection('customFields').add({ label: 'Referral source', type: 'select', required: true, options: ['Friend', 'Online search', 'Doctor'], ...stamp })
    ).id;
    patientId = (
      await tenantRef().collection('patients').add({ firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1985-12-10', phone: '+44 20 7946 0000', email: 'ada@example.test', ...stamp })
    ).id;
    spareId = (await tenantRef().collection('patients').add({ firstName: 'Temporary', lastName: 'Record', ...stamp })).id;
    appointmentId = (
      await tenantRef().collection('appointments').add({
        patientId,
        practitionerId: practitioner,
        serviceId: service.id,
        startsAt: Timestamp.fromMillis(now - 60 * 60 * 1000),
        endsAt: Timestamp.fromMillis(now - 30 * 60 * 1000),
        status: 'arrived',
        ...stamp,
      })
    ).id;
    oldNoteId = (
      await tenantRef().collection('treatmentNotes').add({
        patientId,
        authorId: practitioner,
        body: 'First consultation: mild rosacea, started on a gentle routine.',
        createdAt: Timestamp.fromMillis(now - 2 * DAY),
        updatedAt: Timestamp.fromMillis(now - 2 * DAY),
      })
    ).id;
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  /** A signed-in page of its own, so each role starts from a fresh session. */
  async function pageFor(role: 'owner' | 'practitioner' | 'receptionist', of: TestPractice = practice): Promise<Page> {
    const page = await stack.newPage(role);
    await signInAs(page, of.member(role).email, TEST_PASSWORD);
    return page;
  }

  it('lets a receptionist add and find a patient, without any treatment notes', async () => {
    const page = await pageFor('receptionist');
    await page.getByRole('link', { name: 'Patients' }).click();
    await page.getByTestId('patient-row').first().waitFor();
    await expect.poll(() => page.getByTestId('patient-row').count()).toBe(2);

    // The form checks what the rules cannot: the practice's required field.
    await page.getByTestId('patient-new').click();
    const form = page.getByTestId('patient-form');
    await form.waitFor();
    // Opening the form puts the cursor in its first field.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe('First name');
    await page.getByTestId('patient-save').click();
    await form.getByText('Enter the first name').waitFor();
    expect(await form.textContent()).toContain('Referral source is required.');

    await form.getByLabel('First name').fill('Grace');
    await form.getByLabel('Last name').fill('Hopper');
    await form.getByLabel('Date of birth').fill('1990-12-09');
    await form.getByLabel('Phone').fill('+1 (555) 010-1999');
    await form.getByLabel('Referral source').selectOption('Friend');
    await expectAccessible(page, 'patient-form-filled');
    await page.screenshot({ path: join(SCREENSHOTS, 'patients-new-patient-form.png'), fullPage: true });
    await page.getByTestId('patient-save').click();
    await page.getByTestId('patient-added').waitFor();
    expect(await page.getByTestId('patient-form').count()).toBe(0);

    // Stored as the rules require: stamped by the receptionist, no empty strings, the custom value by field id.
    const saved = await tenantRef().collection('patients').where('lastName', '==', 'Hopper').get();
    expect(saved.size).toBe(1);
    const grace = saved.docs[0]!.data();
    expect(grace).toMatchObject({ firstName: 'Grace', dateOfBirth: '1990-12-09', phone: '+1 (555) 010-1999', createdBy: practice.member('receptionist').uid });
    expect(grace.custom).toEqual({ [referralFieldId]: 'Friend' });
    expect(Object.keys(grace)).not.toContain('email');
    expect(Object.keys(grace)).not.toContain('notes');

    // Search is instant and matches names, phone digits and dates of birth.
    const search = page.getByTestId('patient-search');
    await search.fill('5550101999');
    await expect.poll(() => page.getByTestId('patient-row').allTextContents()).toEqual([expect.stringContaining('Hopper, Grace')]);
    await search.fill('lovelace');
    await expect.poll(() => page.getByTestId('patient-row').allTextContents()).toEqual([expect.stringContaining('Lovelace, Ada')]);
    await search.fill('1990-12-09');
    await expect.poll(() => page.getByTestId('patient-row').count()).toBe(1);
    await search.fill('nobody by this name');
    await expect.poll(() => page.getByTestId('patient-row').count()).toBe(0);
    await search.fill('grace');
    await page.screenshot({ path: join(SCREENSHOTS, 'patients-receptionist-list.png'), fullPage: true });

    await page.getByRole('link', { name: 'Hopper, Grace' }).click();
    await expect.poll(() => page.getByTestId('patient-name').textContent()).toBe('Grace Hopper');
    expect(await page.getByTestId('patient-edit').isEnabled()).toBe(true);
    expect(await page.getByTestId('patient-delete').count()).toBe(0);
    expect(await page.getByTestId('patient-details').textContent()).toContain('Friend');
    expect(await page.getByTestId('patient-notes').count()).toBe(0);

    // Editing: a field emptied in the form is removed from the record, not saved as "".
    await page.getByTestId('patient-edit').click();
    const edit = page.getByTestId('patient-form');
    await edit.getByLabel('Phone').fill('');
    await edit.getByLabel('Email').fill('Grace.Hopper@Example.test');
    await page.getByTestId('patient-save').click();
    await page.getByTestId('patient-details').getByText('grace.hopper@example.test').waitFor();
    const edited = (await tenantRef().collection('patients').doc(saved.docs[0]!.id).get()).data()!;
    expect(edited).toMatchObject({ email: 'grace.hopper@example.test', custom: { [referralFieldId]: 'Friend' } });
    expect(Object.keys(edited)).not.toContain('phone');

    // A patient with an appointment: it is listed, and still no notes section.
    await page.goto(`${BASE_URL}/app/patients/${patientId}`);
    await page.getByTestId('patient-appointment').waitFor();
    expect(await page.getByTestId('patient-appointment').textContent()).toContain('Skin consultation');
    expect(await page.getByTestId('patient-appointment').textContent()).toContain('Dr Paul Practitioner');
    expect(await page.getByTestId('patient-notes').count()).toBe(0);
    expect(await page.getByText('First consultation').count()).toBe(0);
    await expectAccessible(page, 'patient-page-receptionist');

    await page.goto(`${BASE_URL}/app/notes`);
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByTestId('note-item').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'patients-receptionist-notes-no-access.png'), fullPage: true });
    await page.context().close();
  });

  it('lets a practitioner write a note for an appointment and correct it, with older notes locked', async () => {
    const page = await pageFor('practitioner');
    await page.goto(`${BASE_URL}/app/patients/${patientId}?appointment=${appointmentId}`);
    const notes = page.getByTestId('patient-notes');
    await notes.waitFor();
    await notes.getByText('This note will be attached to the appointment on').waitFor();
    expect(await notes.textContent()).toContain('(Skin consultation)');
    // Arriving from the appointment puts the cursor in the composer.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note-body');

    const oldNote = page.locator(`[data-testid="note-item"][data-note-id="${oldNoteId}"]`);
    await oldNote.waitFor();
    expect(await oldNote.getByTestId('note-locked').count()).toBe(1);
    expect(await oldNote.getByTestId('note-edit').count()).toBe(0);

    // An empty note is refused before anything is sent.
    await page.getByTestId('note-save').click();
    await notes.getByText('Write the note before saving it.').waitFor();

    await page.getByTestId('note-body').fill('Follow-up: redness down. Continue routine, review in two weeks.');
    await page.getByTestId('note-save').click();
    await expect.poll(() => page.getByTestId('note-item').count()).toBe(2);
    const newNote = page.getByTestId('note-item').first();
    await newNote.getByText('Editable until').waitFor();
    expect(await newNote.textContent()).toContain('Follow-up: redness down.');
    expect(await newNote.textContent()).toContain('For the appointment on');
    expect(await newNote.getByTestId('note-locked').count()).toBe(0);
    // The composer empties once the server has the note (the list shows it a moment earlier).
    await expect.poll(() => page.getByTestId('note-body').inputValue()).toBe('');

    await newNote.getByTestId('note-edit').click();
    await newNote.getByTestId('note-edit-body').fill('Follow-up: redness much reduced. Continue routine, review in two weeks.');
    await newNote.getByTestId('note-edit-save').click();
    await newNote.getByText('redness much reduced').waitFor();
    await newNote.getByText('(corrected)').waitFor();
    await expectAccessible(page, 'patient-notes-practitioner');
    await page.screenshot({ path: join(SCREENSHOTS, 'patient-notes-practitioner.png'), fullPage: true });

    const written = await tenantRef().collection('treatmentNotes').where('patientId', '==', patientId).get();
    expect(written.size).toBe(2);
    const note: DocumentData = written.docs.find((d) => d.id !== oldNoteId)!.data();
    expect(note).toMatchObject({
      authorId: practice.member('practitioner').uid,
      appointmentId,
      patientId,
      body: 'Follow-up: redness much reduced. Continue routine, review in two weeks.',
    });
    expect(note.updatedAt.toMillis()).toBeGreaterThan(note.createdAt.toMillis());

    // The notes page: the practitioner's own notes, each linking to the patient.
    await page.getByRole('link', { name: 'Treatment notes' }).click();
    await expect.poll(() => page.getByTestId('note-item').count()).toBe(2);
    await page.getByRole('link', { name: 'Ada Lovelace' }).first().waitFor();
    await page.context().close();
  });

  it('lets the owner read notes without writing them, and delete a patient after confirming', async () => {
    const page = await pageFor('owner');
    await page.goto(`${BASE_URL}/app/patients/${patientId}`);
    await page.getByTestId('patient-notes').waitFor();
    await expect.poll(() => page.getByTestId('note-item').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('note-body').count()).toBe(0);
    expect(await page.getByTestId('note-edit').count()).toBe(0);

    await page.goto(`${BASE_URL}/app/patients/${spareId}`);
    await page.getByTestId('patient-delete').click();
    await page.getByRole('dialog').getByText('Delete Temporary Record’s record?').waitFor();
    await expectAccessible(page, 'patient-delete-dialog');
    await page.getByTestId('patient-delete-confirm').click();
    await page.getByText('Temporary Record’s record was deleted.').waitFor();
    expect((await tenantRef().collection('patients').doc(spareId).get()).exists).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'patients-owner-after-delete.png'), fullPage: true });
    await page.context().close();
  });

  it('keeps everything readable but disabled, with the reason, once the trial has ended', async () => {
    const expired = await createPractice({ name: 'Elm Court Clinic', status: 'trial_expired', staff: ['practitioner'] });
    const tenant = adminDb().collection('tenants').doc(expired.tenantId);
    const owner = expired.member('owner').uid;
    const { id } = await tenant.collection('patients').add({ firstName: 'Mary', lastName: 'Somerville', createdBy: owner, createdAt: Timestamp.now(), updatedAt: Timestamp.now() });

    const page = await pageFor('owner', expired);
    await page.goto(`${BASE_URL}/app/patients`);
    await page.getByTestId('patient-row').waitFor();
    expect(await page.getByTestId('patient-new').isDisabled()).toBe(true);
    expect(await page.getByTestId('read-only-notice').textContent()).toContain('free trial has ended');
    await page.getByRole('link', { name: 'Somerville, Mary' }).click();
    await page.getByTestId('patient-name').waitFor();
    expect(await page.getByTestId('patient-edit').isDisabled()).toBe(true);
    expect(await page.getByTestId('patient-delete').isDisabled()).toBe(true);
    await page.getByTestId('patient-notes').waitFor();
    await page.context().close();

    const practitionerPage = await pageFor('practitioner', expired);
    await practitionerPage.goto(`${BASE_URL}/app/patients/${id}`);
    await practitionerPage.getByTestId('patient-notes').waitFor();
    expect(await practitionerPage.getByTestId('note-body').isDisabled()).toBe(true);
    expect(await practitionerPage.getByTestId('note-save').isDisabled()).toBe(true);
    // One notice for the page, covering the notes too.
    expect(await practitionerPage.getByTestId('read-only-notice').count()).toBe(1);
    await practitionerPage.screenshot({ path: join(SCREENSHOTS, 'patient-notes-trial-expired.png'), fullPage: true });
    await practitionerPage.context().close();
  });
});
