/**
 * Errors as sentences for a clinic receptionist: Firebase codes never reach
 * the screen, callable refusals worded by Atrium's server pass through, and
 * anything unknown gets a calm generic sentence (and goes to the console).
 */
import { TEAM_MESSAGES } from '@atrium/domain';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { describeError, isUserCancellation } from './error-messages';

/** The shape Firebase's errors have: an Error with a string `code`. */
class FakeFirebaseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const GENERIC = 'Something went wrong. Please try again in a moment.';
const NETWORK = "We couldn't reach Atrium. Check your internet connection and try again.";

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
});

/** A sentence for people: capitalised, punctuated, no code and no "auth/…"-style token. */
function expectHumanSentence(text: string) {
  expect(text).toMatch(/^[A-Z].*[.!?]$/);
  expect(text).not.toMatch(/[a-z]+\/[a-z-]+/);
  expect(text).not.toMatch(/\b[a-z]+(-[a-z]+)+\b/);
}

describe('known codes', () => {
  it.each([
    ['auth/email-already-in-use', 'An account with this email already exists. Sign in instead.'],
    ['auth/invalid-credential', "That email and password don't match. Check them and try again."],
    ['auth/wrong-password', "That email and password don't match. Check them and try again."],
    ['auth/user-not-found', "That email and password don't match. Check them and try again."],
    ['auth/too-many-requests', 'Too many attempts. Please wait a few minutes and try again.'],
    ['auth/network-request-failed', NETWORK],
    ['functions/unavailable', NETWORK],
    ['functions/unauthenticated', 'Your session has ended. Please sign in again.'],
    ['functions/invalid-argument', "Some details weren't accepted. Check the form and try again."],
    ['permission-denied', "You don't have access to this. Ask your practice administrator if you think you should."],
    ['unavailable', NETWORK],
  ])('%s reads as a sentence, never the code', (code, expected) => {
    const text = describeError(new FakeFirebaseError(code, `Firebase: Error (${code}).`));
    expect(text).toBe(expected);
    expect(text).not.toContain(code);
    expectHumanSentence(text);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('does not tell apart a wrong password from an unknown email (no account probing)', () => {
    expect(describeError(new FakeFirebaseError('auth/wrong-password', 'x'))).toBe(describeError(new FakeFirebaseError('auth/user-not-found', 'x')));
  });

  it('works on a plain object with a code, as some SDK paths reject with', () => {
    expect(describeError({ code: 'auth/invalid-email' })).toBe("That email address doesn't look right. Check it and try again.");
  });
});

describe('server-worded refusals from callables', () => {
  it.each(['functions/failed-precondition', 'functions/resource-exhausted', 'functions/already-exists', 'functions/not-found', 'functions/permission-denied'])(
    '%s with a sentence for people shows that sentence',
    (code) => {
      const message = 'Your plan has 5 seats and all of them are in use. Remove someone or upgrade the plan.';
      expect(describeError(new FakeFirebaseError(code, message))).toBe(message);
    },
  );

  it('shows the domain’s own team refusal as written', () => {
    expect(describeError(new FakeFirebaseError('functions/permission-denied', TEAM_MESSAGES.notManager))).toBe(TEAM_MESSAGES.notManager);
  });

  it.each([
    ['the bare code as its message', 'functions/failed-precondition', 'failed-precondition'],
    ['a message naming the code', 'functions/failed-precondition', 'Request failed: failed-precondition occurred.'],
    ['a message with a path or code token', 'functions/not-found', 'Document tenants/abc/members/xyz was not found.'],
    ['a lower-case developer message', 'functions/resource-exhausted', 'quota exceeded for seats.'],
    ['a message with no full stop', 'functions/already-exists', 'Invite already exists'],
    ['a very short message', 'functions/not-found', 'Missing.'],
  ])('%s falls back to the known sentence', (_, code, message) => {
    const text = describeError(new FakeFirebaseError(code, message));
    expect(text).not.toBe(message);
    expectHumanSentence(text);
  });

  it('never passes through messages for codes the server does not word for people', () => {
    const message = 'Internal failure while writing the tenant document.';
    expect(describeError(new FakeFirebaseError('functions/internal', message))).toBe('Something went wrong on our side. Please try again in a moment.');
    expect(describeError(new FakeFirebaseError('functions/invalid-argument', message))).toBe(
      "Some details weren't accepted. Check the form and try again.",
    );
  });

  it('falls back to the generic failed-precondition sentence', () => {
    expect(describeError(new FakeFirebaseError('functions/failed-precondition', 'failed-precondition'))).toBe(
      "That can't be done right now. Please try again in a moment.",
    );
  });
});

describe('unknown and network errors', () => {
  it('an unknown code gets the generic sentence and is logged for whoever debugs it', () => {
    const error = new FakeFirebaseError('storage/quota-exceeded', 'Firebase Storage: quota exceeded (storage/quota-exceeded)');
    expect(describeError(error)).toBe(GENERIC);
    expect(consoleError).toHaveBeenCalledWith('Unexpected error', error);
  });

  it.each([new Error('boom'), 'a string', undefined, null, 42, { code: 42 }, { message: 'no code' }])('%s gets the generic sentence', (error) => {
    expect(describeError(error)).toBe(GENERIC);
  });

  it('a failed fetch reads as a connection problem', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toBe(NETWORK);
    expect(describeError(new TypeError('NetworkError when attempting to fetch resource.'))).toBe(NETWORK);
  });

  it('another TypeError is a bug, not the network', () => {
    expect(describeError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(GENERIC);
  });

  it('reads as a connection problem whatever the error when the browser is offline', () => {
    vi.stubGlobal('navigator', { onLine: false });
    try {
      expect(describeError(new Error('boom'))).toBe(NETWORK);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('isUserCancellation', () => {
  it('is true only for closing the Google sign-in window', () => {
    expect(isUserCancellation(new FakeFirebaseError('auth/popup-closed-by-user', ''))).toBe(true);
    expect(isUserCancellation(new FakeFirebaseError('auth/cancelled-popup-request', ''))).toBe(true);
    expect(isUserCancellation(new FakeFirebaseError('auth/popup-blocked', ''))).toBe(false);
    expect(isUserCancellation(new Error('auth/popup-closed-by-user'))).toBe(false);
    expect(isUserCancellation(undefined)).toBe(false);
  });
});
