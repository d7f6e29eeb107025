/**
 * The patient list's search: every word must match the name, email, phone or
 * date of birth; accents and case are ignored; phone numbers match on their
 * digits whatever the spacing.
 */
import { describe, expect, it } from 'vitest';
import type { Patient } from './patient';
import { byName, matchesSearch, patientHaystack } from './patient-search';

const jose: Patient = {
  firstName: 'José',
  lastName: 'Núñez',
  email: 'jose.nunez@example.com',
  phone: '+44 (0)20 7946-0958',
  dateOfBirth: '1980-03-12',
};
const ana: Patient = { firstName: 'Ana', lastName: 'de Vries' };

describe('matchesSearch', () => {
  it('matches everything when the search is empty or blank', () => {
    expect(matchesSearch(ana, '')).toBe(true);
    expect(matchesSearch(ana, '   ')).toBe(true);
  });

  it('matches a name regardless of case and accents, either way round', () => {
    expect(matchesSearch(jose, 'jose')).toBe(true);
    expect(matchesSearch(jose, 'NUNEZ')).toBe(true);
    expect(matchesSearch(jose, 'Núñez')).toBe(true);
    expect(matchesSearch({ firstName: 'Jose', lastName: 'Nunez' }, 'josé')).toBe(true);
  });

  it('matches a part of a word', () => {
    expect(matchesSearch(ana, 'vri')).toBe(true);
  });

  it('needs every word to match somewhere', () => {
    expect(matchesSearch(jose, 'jose nunez')).toBe(true);
    expect(matchesSearch(jose, 'nunez   jose')).toBe(true);
    expect(matchesSearch(jose, 'jose smith')).toBe(false);
  });

  it('matches the email', () => {
    expect(matchesSearch(jose, 'jose.nunez@')).toBe(true);
    expect(matchesSearch(jose, 'EXAMPLE.COM')).toBe(true);
  });

  it('matches a phone number typed with other spacing or separators', () => {
    expect(matchesSearch(jose, '7946 0958')).toBe(true);
    expect(matchesSearch(jose, '79460958')).toBe(true);
    expect(matchesSearch(jose, '7946-0958')).toBe(true);
    expect(matchesSearch(jose, '(020)')).toBe(true);
    expect(matchesSearch(jose, '+44020794')).toBe(true);
  });

  it('does not match a phone number the patient does not have', () => {
    expect(matchesSearch(jose, '7946 0959')).toBe(false);
    expect(matchesSearch(ana, '555')).toBe(false);
  });

  it('matches the date of birth as typed in ISO form and in the viewer’s long form', () => {
    expect(matchesSearch(jose, '1980-03-12')).toBe(true);
    const long = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(1980, 2, 12));
    expect(matchesSearch(jose, long)).toBe(true);
    expect(matchesSearch(jose, '1981-03-12')).toBe(false);
  });

  it('does not choke on a patient without optional details', () => {
    expect(matchesSearch(ana, 'ana')).toBe(true);
    expect(matchesSearch(ana, '@')).toBe(false);
  });
});

describe('patientHaystack', () => {
  it('keeps the phone digits apart for digit matching', () => {
    expect(patientHaystack(jose).phoneDigits).toBe('4402079460958');
    expect(patientHaystack(ana).phoneDigits).toBe('');
  });

  it('is lower case with accents removed', () => {
    const { text } = patientHaystack(jose);
    expect(text).toContain('jose');
    expect(text).toContain('nunez');
    expect(text).not.toMatch(/[A-ZÁÉÍÓÚÑ]/);
  });
});

describe('byName', () => {
  it('sorts by last name, then first name, as people expect', () => {
    const patients: Patient[] = [
      { firstName: 'Zoe', lastName: 'Evans' },
      { firstName: 'Ana', lastName: 'de Vries' },
      { firstName: 'Ben', lastName: 'Dawson' },
      { firstName: 'Adam', lastName: 'Evans' },
      { firstName: 'Íñigo', lastName: 'Álvarez' },
    ];
    expect(patients.sort(byName).map((p) => `${p.lastName}, ${p.firstName}`)).toEqual([
      'Álvarez, Íñigo',
      'Dawson, Ben',
      'de Vries, Ana',
      'Evans, Adam',
      'Evans, Zoe',
    ]);
  });

  it('treats names differing only by case or accents as equal', () => {
    expect(byName({ firstName: 'ana', lastName: 'lee' }, { firstName: 'Ana', lastName: 'Lee' })).toBe(0);
    expect(byName({ firstName: 'José', lastName: 'Lee' }, { firstName: 'Jose', lastName: 'Lee' })).toBe(0);
  });
});
