/**
 * Runs one sign-up or sign-in attempt at a time (a double click or an Enter
 * during a Google popup starts nothing new), then moves on to the next page.
 */
import type { User } from 'firebase/auth';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { describeError, isUserCancellation } from '../../lib/error-messages';

export function useAuthSubmit() {
  const navigate = useNavigate();
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<User>, next: (user: User) => Promise<string>, state?: unknown) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const user = await action();
      navigate(await next(user), { replace: true, state });
    } catch (caught) {
      if (!isUserCancellation(caught)) setError(describeError(caught));
      inFlight.current = false;
      setBusy(false);
    }
  }

  return { busy, error, run };
}
