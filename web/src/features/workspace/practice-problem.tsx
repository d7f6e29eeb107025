/** The screen for a practice that cannot be opened (no access, not found, offline), shared by the workspace pages. */
import { signOut } from 'firebase/auth';
import { AuthLayout } from '../../components/auth-layout';
import { auth } from '../../lib/firebase';

export function PracticeProblem({ message, retry = false }: { message: string; retry?: boolean }) {
  return (
    <AuthLayout title="We can’t open your practice">
      <p className="alert alert-error" role="alert">
        {message}
      </p>
      <div className="button-row">
        {retry && (
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Try again
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => void signOut(auth)}>
          Sign out
        </button>
      </div>
    </AuthLayout>
  );
}
