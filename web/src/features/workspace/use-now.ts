import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so "days left" stays right in a tab left open overnight. */
export function useNow(intervalMs = 60 * 60 * 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
