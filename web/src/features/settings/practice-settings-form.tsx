/**
 * The practice's name, time zone and currency. Owners and admins update the
 * tenant document directly: the rules allow exactly `name` and `settings`
 * (no timestamp, no other field), which is what this writes. The fields are
 * disabled while it saves, the button is not (a second click is ignored), so
 * focus is not dropped; a field that had it (Enter pressed in it) gets it back.
 */
import { tenantSettingsUpdateSchema } from '@atrium/domain';
import { doc, updateDoc } from 'firebase/firestore';
import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/form-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { db } from '../../lib/firestore';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { currentFocus, useReturnFocus } from '../../lib/use-return-focus';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import type { Tenant } from '../workspace/use-workspace';
import type { Permission } from '../workspace/workspace-context';
import { currencyOptions, timeZoneOptions } from './settings-options';

interface PracticeSettingsFormProps {
  tenantId: string;
  tenant: Tenant;
  /** The viewer's permission to update the tenant: `denied` roles only look; `paused` shows it disabled. */
  mode: Permission;
}

export function PracticeSettingsForm({ tenantId, tenant, mode }: PracticeSettingsFormProps) {
  const action = useWorkspaceAction();
  // The values the form started from (or last saved): what differs from them is this person's edit.
  const [initial, setInitial] = useState({ name: tenant.name, timezone: tenant.settings?.timezone, currency: tenant.settings?.currency });
  const [name, setName] = useState(tenant.name);
  const [timezone, setTimezone] = useState(tenant.settings?.timezone ?? '');
  const [currency, setCurrency] = useState(tenant.settings?.currency ?? '');
  const [errors, setErrors] = useState<FieldErrors<'name' | 'settings'>>({});
  const [saved, setSaved] = useState(false);
  const focus = useReturnFocus();
  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    setSaved(false);
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const parsed = tenantSettingsUpdateSchema.safeParse({
      name,
      settings: { ...(timezone ? { timezone } : {}), ...(currency ? { currency } : {}) },
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    // Only what this person changed is written, on top of the live values: another
    // admin's edit made while this form was open is not overwritten.
    const { name: newName, settings } = parsed.data;
    const liveSettings: Record<string, string | undefined> = { ...tenant.settings };
    for (const key of ['timezone', 'currency'] as const) {
      if ((key === 'timezone' ? timezone : currency) === (initial[key] ?? '')) continue;
      if (settings?.[key]) liveSettings[key] = settings[key];
      else delete liveSettings[key];
    }
    const nameChanged = newName !== undefined && newName !== initial.name;
    const from = currentFocus();
    const ok = await action.run(() =>
      updateDoc(doc(db, 'tenants', tenantId), { ...(nameChanged ? { name: newName } : {}), settings: liveSettings }),
    );
    if (ok) {
      setInitial({ name: newName ?? tenant.name, timezone: settings?.timezone, currency: settings?.currency });
      setSaved(true);
    }
    focus.restoreIfLost(from);
  }

  return (
    <section className="card" aria-labelledby="practice-heading">
      <h3 id="practice-heading">Practice details</h3>
      <form onSubmit={handleSubmit} noValidate aria-busy={action.pending}>
        <fieldset className="form-fieldset settings-fieldset" disabled={mode !== 'allowed'}>
          <FormAlert message={action.error} />
          <FormAlert message={saved ? 'Settings saved.' : null} tone="info" />
          <fieldset className="form-fieldset settings-fieldset" disabled={action.pending}>
            <TextField
              label="Practice name"
              hint="As your patients and team know it."
              value={name}
              onChange={edited(setName)}
              error={errors.name}
              autoComplete="organization"
              data-testid="settings-name"
              required
            />
            <div className="form-grid">
              <SelectField
                label="Time zone"
                hint="Used for appointment times and dates in emails."
                value={timezone}
                onChange={edited(setTimezone)}
                options={timeZoneOptions(tenant.settings?.timezone)}
                error={errors.settings}
                data-testid="settings-timezone"
              />
              <SelectField
                label="Currency"
                hint="Used for service prices."
                value={currency}
                onChange={edited(setCurrency)}
                options={currencyOptions(tenant.settings?.currency)}
                data-testid="settings-currency"
              />
            </div>
          </fieldset>
          {mode !== 'denied' && (
            <button type="submit" className="button button-primary" data-testid="settings-save">
              {action.pending ? 'Saving…' : 'Save changes'}
            </button>
          )}
        </fieldset>
      </form>
    </section>
  );
}
