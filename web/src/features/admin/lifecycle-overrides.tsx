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
  const [errors, setErrors] = useState<FieldErrors<ExtendField>>({});
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const focus = useReturnFocus();

  // Ask the domain about the furthest allowed day: a refusal then has a reason no date can fix
  // (not in a trial, a contracted tenant), and the form says so instead of offering a date.
  const eligibility = trialExtension(
    { status: tenant.status, channel: tenant.channel, trialEndsAt: dateOf(tenant.trialEndsAt), goLiveAt: dateOf(tenant.goLiveAt) },
    trialEndForDate(range.latest),
    now,
    { actorPlatformRole: 'super_admin', reason: 'eligibility' },
  );
  const unavailable = !eligibility.ok && (eligibility.refusal === 'not_in_trial' || eligibility.refusal === 'contracted') ? eligibility.message : null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const parsed = parseForm(overrideTenantLifecycleInput, { tenantId, action: 'extend_trial', trialEndsAt, reason }, EXTEND_MESSAGES);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const from = currentFocus();
    const ok = await action.run(async () => {
      try {
        const result = await overrideTenantLifecycle(parsed.data);
        const end = result.trialEndsAt ? formatCalendarDate(new Date(result.trialEndsAt)) : trialEndsAt;
        setDone(`Trial extended until ${end}. The practice is now “${statusLabel(result.status)}”.`);
      } catch (error) {
        setErrors(serverFieldErrors(error, ['trialEndsAt', 'reason'] as const));
        throw error;
      }
    });
    if (ok) {
      setTrialEndsAt('');
      setReason('');
    }
    focus.restoreIfLost(from);
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
  const targets = OVERRIDE_TARGET_STATUSES.filter((status) => status !== tenant.status);
  const [status, setStatus] = useState<OverrideTargetStatus | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors<StatusField>>({});
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const focus = useReturnFocus();
  const settingUp = tenant.status === 'provisioning';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const parsed = parseForm(overrideTenantLifecycleInput, { tenantId, action: 'set_status', status, reason }, STATUS_MESSAGES);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const from = currentFocus();
    const ok = await action.run(async () => {
      try {
        const result = await overrideTenantLifecycle(parsed.data);
        setDone(`Status changed to “${statusLabel(result.status)}”.`);
      } catch (error) {
        setErrors(serverFieldErrors(error, ['status', 'reason'] as const));
        throw error;
      }
    });
    if (ok) {
      setStatus('');
      setReason('');
    }
    focus.restoreIfLost(from);
  }

  return (
    <form className="card admin-override" onSubmit={handleSubmit} noValidate aria-labelledby="admin-status-heading" data-testid="admin-change-status">
      <h4 id="admin-status-heading">Change the status</h4>
      {settingUp ? (
        <p className="admin-muted">This practice is still being set up; its status can be changed once set-up has finished.</p>
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
      {!settingUp && (
        <button type="submit" className="button button-primary">
          {action.pending ? 'Changing…' : 'Change status'}
        </button>
      )}
    </form>
  );
}
