/**
 * Turns any error from Firebase (Auth, Firestore, Functions) or the network
 * into a sentence a clinic receptionist understands. Codes never reach the
 * screen; unknown errors get a calm generic sentence and go to the console
 * for whoever debugs it.
 */

const NETWORK = "We couldn't reach Atrium. Check your internet connection and try again.";
const GENERIC = 'Something went wrong. Please try again in a moment.';

const MESSAGES: Record<string, string> = {
  // Auth
  'auth/email-already-in-use': 'An account with this email already exists. Sign in instead.',
  'auth/invalid-credential': "That email and password don't match. Check them and try again.",
  'auth/invalid-login-credentials': "That email and password don't match. Check them and try again.",
  'auth/wrong-password': "That email and password don't match. Check them and try again.",
  'auth/user-not-found': "That email and password don't match. Check them and try again.",
  'auth/invalid-email': "That email address doesn't look right. Check it and try again.",
  'auth/missing-password': 'Enter your password.',
  'auth/weak-password': 'Choose a longer password: at least 8 characters.',
  'auth/too-many-requests': 'Too many attempts. Please wait a few minutes and try again.',
  'auth/user-disabled': 'This account has been switched off. Ask your practice administrator for help.',
  'auth/network-request-failed': NETWORK,
  'auth/popup-blocked': 'Your browser blocked the Google sign-in window. Allow pop-ups for this site and try again.',
  'auth/popup-closed-by-user': 'The Google sign-in window was closed before you finished.',
  'auth/cancelled-popup-request': 'The Google sign-in window was closed before you finished.',
  'auth/account-exists-with-different-credential':
    'This email is already registered with a password. Sign in with your email and password instead.',
  'auth/operation-not-allowed': "This way of signing in isn't available. Please use another one.",
  // The Google popup needs Google's sign-in script; without it the SDK reports an internal error.
  'auth/invalid-action-code': 'This sign-in link has expired or was used already. Ask for a new one or sign in another way.',
  'auth/expired-action-code': 'This sign-in link has expired. Ask for a new one or sign in another way.',
  'auth/internal-error': "Sign-in couldn't start. Check your internet connection and try again.",
  'auth/requires-recent-login': 'For your security, please sign in again and retry.',
  'auth/user-token-expired': 'Your session has ended. Please sign in again.',
  // Functions (callables)
  'functions/invalid-argument': "Some details weren't accepted. Check the form and try again.",
  'functions/unauthenticated': 'Your session has ended. Please sign in again.',
  'functions/permission-denied': "Your account isn't allowed to do that.",
  'functions/internal': 'Something went wrong on our side. Please try again in a moment.',
  'functions/unavailable': NETWORK,
  'functions/deadline-exceeded': 'This is taking longer than expected. Please try again.',
  'functions/resource-exhausted': 'Your plan limit has been reached.',
  'functions/not-found': "We couldn't find what you were looking for.",
  'functions/already-exists': 'This already exists.',
  'functions/failed-precondition': "That can't be done right now. Please try again in a moment.",
  // Firestore (its codes carry no prefix)
  'permission-denied': "You don't have access to this. Ask your practice administrator if you think you should.",
  unavailable: NETWORK,
  'deadline-exceeded': 'This is taking longer than expected. Please try again.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  'not-found': 'This record no longer exists. Someone may have just deleted it.',
};

/**
 * Callable refusals that come from Atrium's own domain rules (seat caps,
 * setup still running...) carry a message written for people; show it
 * rather than the generic one.
 */
const SERVER_WORDED = new Set([
  'functions/failed-precondition',
  'functions/resource-exhausted',
  'functions/already-exists',
  'functions/not-found',
  'functions/permission-denied',
]);

function codeOf(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return null;
}

function looksWrittenForPeople(message: string, code: string): boolean {
  const bareCode = code.replace(/^functions\//, '');
  return /^[A-Z].{8,200}[.!?]$/.test(message) && !message.includes(bareCode) && !message.includes('/');
}

export function describeError(error: unknown): string {
  const code = codeOf(error);
  if (code) {
    if (SERVER_WORDED.has(code) && error instanceof Error && looksWrittenForPeople(error.message, code)) {
      return error.message;
    }
    const known = MESSAGES[code];
    if (known) return known;
  }
  // fetch() rejects with a TypeError when the network is down.
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return NETWORK;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return NETWORK;
  console.error('Unexpected error', error);
  return GENERIC;
}

/** True for errors the user caused by closing a dialog; not worth an alarm. */
export function isUserCancellation(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'auth/popup-closed-by-user' || code === 'auth/cancelled-popup-request';
}
