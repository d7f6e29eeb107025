/**
 * Super admins' audited lifecycle overrides on a tenant (SPEC §3): extend a
 * trial to a new last day, or set a status, each with a reason for the audit
 * log, through the `overrideTenantLifecycle` callable. The domain's own
 * decision (`trialExtension`) says up front when a trial can't be extended;
 * the server decides again and its refusal is shown in its own words. The
 * fields are disabled while an override runs, the buttons are not (a second
 * click is ignored), so focus is not dropped.
 */
import {
  OVERRIDE_TARGET_STATUSES,
  overrideTenantLifecycleInput,
  trialEndForDate,
  trialExtension,
  trialExtensionWindow,
  statusOverride,
  type OverrideTargetStatus,
  type TenantStatus,
} from '@atrium/domain';
import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/form-alert';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/textarea-field';
import { TextField } from '../../components/text-field';
import type { FieldErrors } from '../../lib/form-errors';
import { useAction } from '../../lib/use-action';
import { currentFocus, useReturnFocus } from '../../lib/use-return-focus';
import { useNow } from '../workspace/use-now';
import type { Tenant } from '../workspace/use-workspace';
import { overrideTenantLifecycle, serverFieldErrors } from './admin-callables';
import { statusLabel } from './admin-labels';
import { dateOf, formatCalendarDate } from './tenant-dates';
import { parseForm } from './form-messages';

const REASON_HINT = 'Kept in the practice’s audit log with your account.';

/** Asking the domain up front what an override would answer (the server asks again with the real reason). */
const ELIGIBILITY_CHECK = { actorPlatformRole: 'super_admin', reason: 'eligibility' } as const;
const overrideSubjectOf = (tenant: Tenant) => ({
  status: tenant.status,
  channel: tenant.channel,
  trialEndsAt: dateOf(tenant.trialEndsAt),
  goLiveAt: dateOf(tenant.goLiveAt),
});

/**
 * One override form's submit: validate with the domain schema, call the
 * callable, then show `onDone`'s sentence, or the server's refusal next to
 * the fields it names. Focus stays in the form.
 */
function useOverrideForm<F extends string>(messages: Record<F, string>) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const focus = useReturnFocus();

  async function submit(input: unknown, onDone: (result: Awaited<ReturnType<typeof overrideTenantLifecycle>>) => string): Promise<void> {
    setDone(null);
    const parsed = parseForm(overrideTenantLifecycleInput, input, messages);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const from = currentFocus();
    await action.run(async () => {
      try {
        setDone(onDone(await overrideTenantLifecycle(parsed.data)));
      } catch (error) {
        setErrors(serverFieldErrors(error, Object.keys(messages) as F[]));
        throw error;
      }
    });
    focus.restoreIfLost(from);
  }

  return { errors, done, action, submit };
}

export function LifecycleOverrides({ tenantId, tenant }: { tenantId: string; tenant: Tenant }) {
  return (
    <section className="admin-section" aria-labelledby="admin-overrides-heading">
      <h3 id="admin-overrides-heading">Lifecycle overrides</h3>
      <p className="admin-muted">Changes apply at once and are recorded in the status history below.</p>
      <div className="admin-override-grid">
        <ExtendTrialForm tenantId={tenantId} tenant={tenant} />
        <ChangeStatusForm tenantId={tenantId} tenant={tenant} />
      </div>
    </section>
  );
}

type ExtendField = 'trialEndsAt' | 'reason';
const EXTEND_MESSAGES: Record<ExtendField, string> = {
  trialEndsAt: 'Choose the new last day of the trial.',
  reason: 'Give a reason of at least 3 characters for the audit log.',
};

function ExtendTrialForm({ tenantId, tenant }: { tenantId: string; tenant: Tenant }) {
  const now = useNow(60_000);
  const range = trialExtensionWindow(now);
  const [trialEndsAt, setTrialEndsAt] = useState('');
  const [reason, setReason] = useState('');
  const { errors, done, action, submit } = useOverrideForm(EXTEND_MESSAGES);

  // Ask the domain about the furthest allowed day: a refusal then has a reason no date can fix
  // (not in a trial, a contracted tenant), and the form says so instead of offering a date.
  const eligibility = trialExtension(overrideSubjectOf(tenant), trialEndForDate(range.latest), now, ELIGIBILITY_CHECK);
  const unavailable = !eligibility.ok && (eligibility.refusal === 'not_in_trial' || eligibility.refusal === 'contracted') ? eligibility.message : null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submit({ tenantId, action: 'extend_trial', trialEndsAt, reason }, (result) => {
      const end = result.trialEndsAt ? formatCalendarDate(new Date(result.trialEndsAt)) : trialEndsAt;
      setTrialEndsAt('');
      setReason('');
      return `Trial extended until ${end}. The practice is now “${statusLabel(result.status)}”.`;
    });
  }

  return (
    <form className="card admin-override" onSubmit={handleSubmit} noValidate aria-labelledby="admin-extend-heading" data-testid="admin-extend-trial">
      <h4 id="admin-extend-heading">Extend the trial</h4>
      {unavailable ? (
        <p className="admin-muted">{unavailable}</p>
      ) : (
        <fieldset className="form-fieldset" disabled={action.pending}>
          <FormAlert message={action.error} />
          <FormAlert message={done} tone="info" />
          <TextField
            label="New last day of the trial"
            type="date"
            hint={`The trial runs to the end of this day (UTC), at most ${formatCalendarDate(trialEndForDate(range.latest))}.`}
            min={range.earliest}
            max={range.latest}
            value={trialEndsAt}
            onChange={setTrialEndsAt}
            error={errors.trialEndsAt}
            required
          />
          <TextAreaField label="Reason" hint={REASON_HINT} rows={2} value={reason} onChange={setReason} error={errors.reason} required />
        </fieldset>
      )}
      {!unavailable && (
        <button type="submit" className="button button-primary">
          {action.pending ? 'Extending…' : 'Extend trial'}
        </button>
      )}
    </form>
  );
}

type StatusField = 'status' | 'reason';
const STATUS_MESSAGES: Record<StatusField, string> = {
  status: 'Choose the new status.',
  reason: 'Give a reason of at least 3 characters for the audit log.',
};

function ChangeStatusForm({ tenantId, tenant }: { tenantId: string; tenant: Tenant }) {
  const now = useNow(60_000);
  const targets = OVERRIDE_TARGET_STATUSES.filter((status) => status !== tenant.status);
  const [status, setStatus] = useState<OverrideTargetStatus | ''>('');
  const [reason, setReason] = useState('');
  const { errors, done, action, submit } = useOverrideForm(STATUS_MESSAGES);
  // The domain decides when no status can be set at all (a practice still being set up), and says why.
  const refusals = targets.flatMap((to) => {
    const decision = statusOverride(overrideSubjectOf(tenant), to, now, ELIGIBILITY_CHECK);
    return decision.ok ? [] : [decision.message];
  });
  const unavailable = targets.length > 0 && refusals.length === targets.length ? refusals[0]! : null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submit({ tenantId, action: 'set_status', status, reason }, (result) => {
      setStatus('');
      setReason('');
      return `Status changed to “${statusLabel(result.status)}”.`;
    });
  }

  return (
    <form className="card admin-override" onSubmit={handleSubmit} noValidate aria-labelledby="admin-status-heading" data-testid="admin-change-status">
      <h4 id="admin-status-heading">Change the status</h4>
      {unavailable ? (
        <p className="admin-muted">{unavailable}</p>
      ) : (
        <fieldset className="form-fieldset" disabled={action.pending}>
          <FormAlert message={action.error} />
          <FormAlert message={done} tone="info" />
          <SelectField
            label="New status"
            hint={`Now “${statusLabel(tenant.status)}”. Putting a practice back on a trial needs trial time left.`}
            value={status}
            onChange={(value) => setStatus(value as OverrideTargetStatus | '')}
            options={[{ value: '', label: 'Choose a status' }, ...targets.map((value: TenantStatus) => ({ value, label: statusLabel(value) }))]}
            error={errors.status}
            required
          />
          <TextAreaField label="Reason" hint={REASON_HINT} rows={2} value={reason} onChange={setReason} error={errors.reason} required />
        </fieldset>
      )}
      {!unavailable && (
        <button type="submit" className="button button-primary">
          {action.pending ? 'Changing…' : 'Change status'}
        </button>
      )}
    </form>
  );
}
