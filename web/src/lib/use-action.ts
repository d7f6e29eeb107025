/**
 * Runs a user's action (a write, a callable) with a pending flag and a
 * message in words when it is refused: never a raw error code. A refusal by
 * the rules while the practice's writes are paused says why.
 */
import { useCallback, useRef, useState } from 'react';
import { describeError } from './error-messages';

export interface Action {
  pending: boolean;
  error: string | null;
  /** Runs `task`; resolves true when it succeeded. Ignored while one is running. */
  run(task: () => Promise<unknown>): Promise<boolean>;
  clearError(): void;
}

export function useAction(options: { deniedMessage?: string } = {}): Action {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const deniedMessage = options.deniedMessage;

  const run = useCallback(
    async (task: () => Promise<unknown>) => {
      if (running.current) return false;
      running.current = true;
      setPending(true);
      setError(null);
      try {
        await task();
        return true;
      } catch (caught) {
        const code = (caught as { code?: unknown }).code;
        setError(code === 'permission-denied' && deniedMessage ? deniedMessage : describeError(caught));
        return false;
      } finally {
        running.current = false;
        setPending(false);
      }
    },
    [deniedMessage],
  );

  return { pending, error, run, clearError: useCallback(() => setError(null), []) };
}
