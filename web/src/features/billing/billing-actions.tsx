/**
 * The owner's billing controls: choose a plan (Stripe Checkout) or manage
 * the existing subscription (Stripe customer portal), whichever the server
 * would accept (billing-options.ts); otherwise the sentence saying why and
 * who to contact. One call at a time: a ref guards double clicks before
 * React re-renders the disabled buttons.
 */
import type { PlanId } from '@atrium/domain';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../lib/error-messages';
import { PlanPicker } from '../onboarding/plan-picker';
import type { BillingOptions } from './billing-options';
import { createCheckoutSession, createPortalSession } from './billing-sessions';

type Pending = 'checkout' | 'portal' | null;

interface BillingActionsProps {
  tenantId: string;
  currentPlan: PlanId;
  options: BillingOptions;
}

export function BillingActions({ tenantId, currentPlan, options }: BillingActionsProps) {
  const [plan, setPlan] = useState<PlanId>(currentPlan);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  // Back from Stripe, the browser may restore this page as it was left: busy. Free it again.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      busy.current = false;
      setPending(null);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);

  async function go(kind: Exclude<Pending, null>, open: () => Promise<string>) {
    if (busy.current) return;
    busy.current = true;
    setPending(kind);
    setError(null);
    try {
      const url = await open();
      // Stay busy: the browser is leaving for Stripe.
      window.location.assign(url);
    } catch (caught) {
      busy.current = false;
      setPending(null);
      setError(describeError(caught));
    }
  }

  const disabled = pending !== null;
  const errorAlert = error && (
    <p className="alert alert-error" role="alert" data-testid="billing-error">
      {error}
    </p>
  );
  const manage = (tone: 'primary' | 'secondary') => (
    <button
      type="button"
      className={`button button-${tone}`}
      disabled={disabled}
      data-testid="billing-manage"
      onClick={() => void go('portal', () => createPortalSession(tenantId))}
    >
      {pending === 'portal' ? 'Opening billing…' : 'Manage billing'}
    </button>
  );
  return (
    <section className="overview" aria-labelledby="billing-actions-heading" aria-busy={disabled}>
      <h2 id="billing-actions-heading">Change billing</h2>
      {options.message && (
        <p className="alert alert-info" data-testid="billing-note">
          {options.message}
        </p>
      )}
      {options.primary === 'checkout' ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void go('checkout', () => createCheckoutSession(tenantId, plan));
          }}
        >
          <PlanPicker value={plan} onChange={setPlan} disabled={disabled} />
          {errorAlert}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={disabled} data-testid="billing-choose-plan">
              {pending === 'checkout' ? 'Opening checkout…' : 'Choose plan'}
            </button>
            {options.portal && manage('secondary')}
          </div>
        </form>
      ) : (
        <>
          {errorAlert}
          {options.portal && <div className="button-row">{manage(options.primary === 'portal' ? 'primary' : 'secondary')}</div>}
        </>
      )}
    </section>
  );
}
