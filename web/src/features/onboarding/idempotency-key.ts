/**
 * One key per onboarding form, reused on every retry of it, so the server
 * hands back the same practice instead of creating a second one.
 * `crypto.randomUUID` exists only on https and localhost; elsewhere (a LAN
 * address in development) fall back to the same randomness in hex.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
