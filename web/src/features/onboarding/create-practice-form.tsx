/**
 * The practice form. A double click, an Enter pressed twice or a retry after
 * an error all reuse the form's idempotency key, and the in-flight ref stops
 * a second request before React has even re-rendered the disabled button.
 * `ignorePendingInvites`: the user saw their invitations and chose a practice
 * of their own, so the server must not join them to the inviting one.
 */
import { provisionTenantInput, type PlanId } from '@atrium/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { describeError } from '../../lib/error-messages';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { newIdempotencyKey } from './idempotency-key';
import { PlanPicker } from './plan-picker';
import { provisionTenant } from './provision-tenant';
import { ProvisioningProgress, type ProvisioningStep } from './provisioning-progress';

type Field = 'tenantName' | 'plan';

/** Field messages the server sent back with `invalid-argument`, if any. */
function serverFieldErrors(error: unknown): FieldErrors<Field> {
  const details = (error as { code?: unknown; details?: { issues?: unknown } }).details;
  if ((error as { code?: unknown }).code !== 'functions/invalid-argument' || !Array.isArray(details?.issues)) return {};
  const errors: FieldErrors<Field> = {};
  for (const issue of details.issues as { path?: unknown; message?: unknown }[]) {
    if ((issue.path === 'tenantName' || issue.path === 'plan') && typeof issue.message === 'string') {
      errors[issue.path] ??= issue.message;
    }
  }
  return errors;
}

export function CreatePracticeForm({ ignorePendingInvites = false }: { ignorePendingInvites?: boolean }) {
  const navigate = useNavigate();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [tenantName, setTenantName] = useState('');
  const [plan, setPlan] = useState<PlanId>('starter');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<ProvisioningStep | null>(null);
  const inFlight = useRef(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const parsed = provisionTenantInput.safeParse({
      idempotencyKey,
      tenantName,
      plan,
      ...(ignorePendingInvites ? { ignorePendingInvites: true } : {}),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    inFlight.current = true;
    setErrors({});
    setError(null);
    setStep('creating');
    try {
      const { tenantId } = await provisionTenant(parsed.data);
      setStep('opening');
      // Hand the workspace the new tenant id: re-reading users/{uid} straight
      // after the server wrote it can return the pre-provisioning snapshot.
      navigate('/app', { replace: true, state: { fromOnboarding: true, tenantId } });
    } catch (caught) {
      const fields = serverFieldErrors(caught);
      setErrors(fields);
      setError(Object.keys(fields).length > 0 ? 'Please check the highlighted details.' : describeError(caught));
      setStep(null);
      inFlight.current = false;
    }
  }

  const busy = step !== null;
  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-busy={busy}>
      <FormAlert message={error} />
      <TextField
        label="Practice name"
        hint="As your patients know it. You can change it later."
        autoComplete="organization"
        value={tenantName}
        onChange={setTenantName}
        error={errors.tenantName}
        disabled={busy}
        required
      />
      <PlanPicker value={plan} onChange={setPlan} disabled={busy} error={errors.plan} />
      {step ? (
        <ProvisioningProgress step={step} />
      ) : null}
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? 'Creating your practice…' : 'Create practice'}
      </button>
    </form>
  );
}
