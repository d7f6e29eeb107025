/**
 * The platform callables behind the console: `salesProvisionTenant` (sales
 * and super admins) and `overrideTenantLifecycle` (super admins). The server
 * checks the caller's platform role and refuses the rest with a sentence
 * written for people.
 */
import {
  overrideTenantLifecycleResult,
  provisionResultSchema,
  type OverrideTenantLifecycleInput,
  type OverrideTenantLifecycleResult,
  type ProvisionResult,
  type SalesProvisionTenantInput,
} from '@atrium/domain';
import { httpsCallable } from 'firebase/functions';
import { functions } from '../../lib/functions';

// The first call after a deploy may wait for a cold start.
const TIMEOUT = 60_000;

const callSalesProvisionTenant = httpsCallable<SalesProvisionTenantInput, unknown>(functions, 'salesProvisionTenant', { timeout: TIMEOUT });

export async function salesProvisionTenant(input: SalesProvisionTenantInput): Promise<ProvisionResult> {
  const { data } = await callSalesProvisionTenant(input);
  return provisionResultSchema.parse(data);
}

const callOverrideTenantLifecycle = httpsCallable<OverrideTenantLifecycleInput, unknown>(functions, 'overrideTenantLifecycle', {
  timeout: TIMEOUT,
});

export async function overrideTenantLifecycle(input: OverrideTenantLifecycleInput): Promise<OverrideTenantLifecycleResult> {
  const { data } = await callOverrideTenantLifecycle(input);
  return overrideTenantLifecycleResult.parse(data);
}

/** The form field a refused call points at: the server's zod issues, or `details.field` (a taken subdomain). */
export function serverFieldErrors<K extends string>(error: unknown, fields: readonly K[]): Partial<Record<K, string>> {
  const { code, message, details } = error as { code?: unknown; message?: unknown; details?: { issues?: unknown; field?: unknown } };
  const errors: Partial<Record<K, string>> = {};
  const isField = (value: unknown): value is K => typeof value === 'string' && (fields as readonly string[]).includes(value);
  if (code === 'functions/invalid-argument' && Array.isArray(details?.issues)) {
    for (const issue of details.issues as { path?: unknown; message?: unknown }[]) {
      if (isField(issue.path) && typeof issue.message === 'string') errors[issue.path] ??= issue.message;
    }
  }
  if (isField(details?.field) && typeof message === 'string') errors[details.field] ??= message;
  return errors;
}
