/**
 * What every callable handler shares: who is calling, parsing input with
 * zod, and turning domain errors into HttpsErrors a client can act on.
 */
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions';
import { isPlatformRole, type PlatformRole } from '@atrium/domain';
import type { z } from 'zod';
import { DomainError } from '../domain-error';

export interface Caller {
  uid: string;
  email: string | null;
  displayName: string | null;
  platformRole: PlatformRole | null;
}

export function requireCaller(request: CallableRequest<unknown>): Caller {
  const auth = request.auth;
  if (!auth) throw new HttpsError('unauthenticated', 'Sign in to continue.');
  const token = auth.token;
  return {
    uid: auth.uid,
    email: typeof token.email === 'string' ? token.email.toLowerCase() : null,
    displayName: typeof token.name === 'string' ? token.name : null,
    platformRole: isPlatformRole(token.platformRole) ? token.platformRole : null,
  };
}

export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    throw new HttpsError('invalid-argument', `Invalid request: ${summary}`, { issues });
  }
  return result.data;
}

/** Wraps a handler so domain errors become HttpsErrors and nothing else leaks. */
export function callable<T>(name: string, handler: (request: CallableRequest<unknown>) => Promise<T>) {
  return async (request: CallableRequest<unknown>): Promise<T> => {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof HttpsError) throw error;
      if (error instanceof DomainError) throw new HttpsError(error.code, error.message, error.details);
      logger.error(`${name} failed`, error);
      throw new HttpsError('internal', 'Something went wrong on our side. Please try again.');
    }
  };
}
