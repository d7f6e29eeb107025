/**
 * Someone who works at two practices: the workspace opens their default
 * practice, the header switches to the other, and the choice holds while
 * they move between sections and reload, with the role they have there.
 */
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, adminDb } from '../support/clients';
import { BASE_URL, SCREENSHOTS, signInAs, startBrowserStack, type BrowserStack } from './support/browser';
import { createPractice, type TestPractice } from './support/practice';

describe('a member of two practices', () => {
  let stack: BrowserStack;
  let home: TestPractice;
  let other: TestPractice;

  beforeAll(async () => {
    home = await createPractice({ name: 'Alder Road Clinic', staff: ['receptionist'] });
    other = await createPractice({ name: 'Birchwood Physio', status: 'active' });
    const person = home.member('receptionist');
    // They also work at the second practice, as a practitioner; their default stays the first.
    await adminDb().doc(`tenants/${other.tenantId}/members/${person.uid}`).set({
      role: 'practitioner',
      email: person.email,
      displayName: person.displayName,
      disabled: false,
      joinedAt: Timestamp.now(),
    });
    await adminDb().doc(`users/${person.uid}`).update({ tenantIds: FieldValue.arrayUnion(other.tenantId) });
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('switches practice from the header and keeps it across sections and a reload', async () => {
    const { page } = stack;
    await signInAs(page, home.member('receptionist').email, TEST_PASSWORD);
    const practiceName = page.getByTestId('workspace-practice-name');
    expect(await practiceName.textContent()).toBe('Alder Road Clinic');
    expect(await page.getByTestId('workspace-role').textContent()).toBe('Receptionist');

    const switcher = page.getByTestId('practice-switcher');
    await switcher.waitFor();
    await switcher.selectOption({ label: 'Birchwood Physio' });
    await expect.poll(() => practiceName.textContent()).toBe('Birchwood Physio');
    await expect.poll(() => page.getByTestId('workspace-role').textContent()).toBe('Practitioner');

    // Moving between sections stays in the chosen practice.
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Patients' }).click();
    await page.getByTestId('patients-page').waitFor();
    expect(await practiceName.textContent()).toBe('Birchwood Physio');
    // So does a reload of the tab.
    await page.reload();
    await page.getByTestId('patients-page').waitFor();
    expect(await practiceName.textContent()).toBe('Birchwood Physio');
    await page.screenshot({ path: join(SCREENSHOTS, 'practice-switch.png'), fullPage: true });

    // And back.
    await page.getByTestId('practice-switcher').selectOption({ label: 'Alder Road Clinic' });
    await expect.poll(() => practiceName.textContent()).toBe('Alder Road Clinic');
    await page.goto(`${BASE_URL}/app/appointments`);
    await page.getByTestId('appointments-day').waitFor();
    expect(await practiceName.textContent()).toBe('Alder Road Clinic');
    expect(stack.problems).toEqual([]);
  });
});
