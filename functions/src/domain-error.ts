import type { FunctionsErrorCode } from 'firebase-functions/v2/https';

/**
 * An expected refusal from a domain service (seat cap, illegal transition,
 * taken subdomain). Handlers pass it to the client as an HttpsError with the
 * same code; anything else is an internal error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Extract<
      FunctionsErrorCode,
      'invalid-argument' | 'permission-denied' | 'failed-precondition' | 'resource-exhausted' | 'already-exists' | 'not-found'
    >,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
