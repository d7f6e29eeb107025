/**
 * The audit log query for the page's filters, newest first. Firestore pages
 * it by a growing limit (the live listener keeps the loaded pages current).
 * Indexes: (action, at desc), (actorUid, at desc), and for both filters at
 * once (action, actorUid, at desc); a date range rides on `at`.
 */
import { Timestamp, limit, orderBy, query, where, type Query, type QueryConstraint } from 'firebase/firestore';
import { tenantCollection } from '../../lib/tenant-data';

export const AUDIT_PAGE_SIZE = 25;

/** Stands for entries with no acting person (Stripe, scheduled jobs): `actorUid == null`. */
export const AUTOMATIC_ACTOR = '__automatic';

export interface AuditFilters {
  action: string;
  actor: string;
  /** YYYY-MM-DD, inclusive, in the viewer's local time; '' for open-ended. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { action: '', actor: '', from: '', to: '' };

/** Local midnight at the start of a YYYY-MM-DD day. */
function startOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!);
}

export function auditQuery(tenantId: string, filters: AuditFilters, pages: number): Query {
  const constraints: QueryConstraint[] = [];
  if (filters.action) constraints.push(where('action', '==', filters.action));
  if (filters.actor) constraints.push(where('actorUid', '==', filters.actor === AUTOMATIC_ACTOR ? null : filters.actor));
  if (filters.from) constraints.push(where('at', '>=', Timestamp.fromDate(startOfDay(filters.from))));
  if (filters.to) {
    const end = startOfDay(filters.to);
    end.setDate(end.getDate() + 1);
    constraints.push(where('at', '<', Timestamp.fromDate(end)));
  }
  return query(tenantCollection(tenantId, 'auditLog'), ...constraints, orderBy('at', 'desc'), limit(AUDIT_PAGE_SIZE * pages));
}
