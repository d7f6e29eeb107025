/**
 * Where to go back to after signing in or signing up: a page that sent the
 * visitor here (an invite link, a bookmarked workspace page) passes its path
 * as `?next=` or in the router state (`from`, set by the sign-in guard).
 * Only same-origin paths are honoured, so a crafted link cannot send a
 * freshly signed-in user to another site.
 */
import type { Location } from 'react-router-dom';

/** The path itself when it is safe to navigate to, null otherwise. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  // One leading slash: "//host" and "/\host" are protocol-relative URLs to another origin.
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // Control characters (a newline or tab browsers strip) could turn it into one of the above.
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  // Back to the sign-in pages would be a loop.
  if (/^\/(signin|signup)(\/|$|\?)/.test(value)) return null;
  return value;
}

/** The return path a sign-in or sign-up page was opened with, if any. */
export function returnPathOf(location: Pick<Location, 'search' | 'state'>): string | null {
  const fromQuery = safeReturnPath(new URLSearchParams(location.search).get('next'));
  if (fromQuery) return fromQuery;
  return safeReturnPath((location.state as { from?: unknown } | null)?.from);
}

/** A link to `page` (/signin or /signup) that keeps the return path. */
export function withReturnPath(page: '/signin' | '/signup', next: string | null): string {
  return next ? `${page}?next=${encodeURIComponent(next)}` : page;
}
