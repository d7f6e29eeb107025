/** Standard notices on workspace pages: not for this role, read-only, nothing yet. */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** The viewer's role may not see this section (the rules refuse it too). */
export function NoAccess({ what }: { what: string }) {
  return (
    <section className="notice notice-no-access" data-testid="no-access" aria-labelledby="no-access-heading">
      <h2 id="no-access-heading">Not available for your role</h2>
      <p>
        {what} can’t be opened with your role in this practice. If you need it, ask your practice owner or administrator.{' '}
        <Link to="/app">Back to the dashboard</Link>
      </p>
    </section>
  );
}

/** Shown above forms that are disabled because the billing state pauses changes. */
export function ReadOnlyNotice({ reason }: { reason: string }) {
  return (
    <p className="alert alert-info" role="status" data-testid="read-only-notice">
      {reason} You can still look everything up.
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
