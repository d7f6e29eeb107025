/**
 * The return path after signing in: only a path on this site, so a crafted
 * `?next=` link cannot hand a freshly signed-in user to another origin.
 * Each refused value is one a browser would resolve off-site (or back to
 * the sign-in page, a loop).
 */
import { describe, expect, it } from 'vitest';
import { returnPathOf, safeReturnPath, withReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each(['/app', '/app/patients/p1?tab=notes#top', '/invite/t1/i1', '/', '/app/a//b', '/app/notes\\x', '/signing-out', '/signup-offer'])(
    'keeps the same-origin path %s',
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    ['a protocol-relative URL', '//evil.com'],
    ['a protocol-relative URL with a path', '//evil.com/app'],
    ['a backslash that browsers read as a slash', '/\\evil.com'],
    ['an absolute URL', 'https://evil.com/app'],
    ['an absolute http URL', 'http://localhost/app'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'app/patients'],
    ['a dot path', '../app'],
    ['an empty string', ''],
    ['a tab browsers strip, hiding //', '/\t/evil.com'],
    ['a newline browsers strip, hiding //', '/\n/evil.com'],
    ['a carriage return', '/app\r\nSet-Cookie: x'],
    ['a NUL', '/app\u0000'],
    ['a DEL', '/app\u007f'],
    ['the sign-in page (a loop)', '/signin'],
    ['the sign-in page with a query', '/signin?next=/app'],
    ['the sign-up page', '/signup'],
    ['below the sign-up page', '/signup/more'],
    ['an overlong path', `/${'a'.repeat(2000)}`],
  ])('refuses %s', (_, path) => {
    expect(safeReturnPath(path)).toBeNull();
  });

  it.each([undefined, null, 42, { pathname: '/app' }, ['/app']])('refuses a non-string (%s)', (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it('accepts a path right at the length limit', () => {
    const path = `/${'a'.repeat(1999)}`;
    expect(safeReturnPath(path)).toBe(path);
  });
});

describe('returnPathOf', () => {
  it('reads ?next= (decoded)', () => {
    expect(returnPathOf({ search: '?next=%2Fapp%2Fpatients%3Fq%3Dana', state: null })).toBe('/app/patients?q=ana');
  });

  it('prefers ?next= over the router state', () => {
    expect(returnPathOf({ search: '?next=/invite/t/i', state: { from: '/app/notes' } })).toBe('/invite/t/i');
  });

  it('falls back to the router state when ?next= is missing or unsafe', () => {
    expect(returnPathOf({ search: '', state: { from: '/app/notes' } })).toBe('/app/notes');
    expect(returnPathOf({ search: '?next=%2F%2Fevil.com', state: { from: '/app/notes' } })).toBe('/app/notes');
  });

  it('refuses an encoded off-site ?next=', () => {
    expect(returnPathOf({ search: '?next=%2F%2Fevil.com', state: null })).toBeNull();
    expect(returnPathOf({ search: '?next=https%3A%2F%2Fevil.com', state: null })).toBeNull();
    expect(returnPathOf({ search: '?next=%2F%5Cevil.com', state: null })).toBeNull();
  });

  it('is null with nothing to go back to, or an unsafe state', () => {
    expect(returnPathOf({ search: '', state: null })).toBeNull();
    expect(returnPathOf({ search: '', state: undefined })).toBeNull();
    expect(returnPathOf({ search: '', state: { from: '//evil.com' } })).toBeNull();
    expect(returnPathOf({ search: '', state: { other: '/app' } })).toBeNull();
  });
});

describe('withReturnPath', () => {
  it('links to the page alone when there is nowhere to return to', () => {
    expect(withReturnPath('/signin', null)).toBe('/signin');
  });

  it('keeps the return path, encoded, and it reads back unchanged', () => {
    const next = '/app/patients?q=ana lee&tab=notes#x';
    const link = withReturnPath('/signup', next);
    expect(link.startsWith('/signup?next=')).toBe(true);
    expect(link).not.toContain('&tab');
    expect(returnPathOf({ search: link.slice('/signup'.length), state: null })).toBe(next);
  });
});
