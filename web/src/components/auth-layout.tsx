/** The centred card used by sign-up, sign-in and onboarding. */
import type { ReactNode } from 'react';
import { BrandMark } from './brand-mark';

export function AuthLayout({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main className="auth-layout">
      <div className="auth-card">
        <BrandMark />
        <h1>{title}</h1>
        {intro && <p className="auth-intro">{intro}</p>}
        {children}
      </div>
    </main>
  );
}
