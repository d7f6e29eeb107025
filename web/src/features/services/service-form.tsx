/**
 * Adding or editing a service: name, length, price (typed in currency units,
 * stored in minor units as `priceCents`) and whether it can be booked.
 * Checked with the domain's `serviceSchema`; the rules check again. The
 * fields are disabled while it saves, the buttons are not (a second click is
 * ignored), so focus is not dropped; a field that had it gets it back if the
 * form stays open.
 */
import { serviceSchema, type ServiceInput } from '@atrium/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { currentFocus, useReturnFocus } from '../../lib/use-return-focus';
import { createTenantDoc, updateTenantDoc } from '../../lib/tenant-data';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { currencyOf, formatPrice, parsePriceInput, priceToInput } from './service-prices';
import type { Service } from './service-records';

type Field = keyof ServiceInput;

interface ServiceFormProps {
  /** The service being edited, or null for a new one. */
  service: Service | null;
  onSaved(name: string): void;
  onClose(): void;
}

export function ServiceForm({ service, onSaved, onClose }: ServiceFormProps) {
  const { tenantId, tenant, user, writable } = useWorkspaceContext();
  const currency = currencyOf(tenant);
  const action = useWorkspaceAction();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus();
  const [name, setName] = useState(service?.name ?? '');
  const [duration, setDuration] = useState(service ? String(service.durationMinutes) : '30');
  const [price, setPrice] = useState(service ? priceToInput(service.priceCents, currency) : '');
  const [active, setActive] = useState(service?.active ?? true);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  useEffect(() => headingRef.current?.focus(), []);

  const maxPrice = formatPrice(serviceSchema.shape.priceCents.maxValue ?? 0, currency);
  const messages: Record<Field, string> = {
    name: 'Enter the service name (up to 80 characters).',
    durationMinutes: 'Enter the length in whole minutes, from 5 to 600.',
    priceCents: `Enter the price as a number, such as 45 or 45.50 (at most ${maxPrice}).`,
    active: 'Choose whether the service can be booked.',
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = serviceSchema.safeParse({
      name,
      durationMinutes: duration.trim() === '' ? Number.NaN : Number(duration),
      priceCents: parsePriceInput(price, currency),
      active,
    });
    if (!parsed.success) {
      const found = fieldErrorsOf<Field>(parsed.error);
      setErrors(Object.fromEntries(Object.keys(found).map((field) => [field, messages[field as Field]])));
      return;
    }
    setErrors({});
    const from = currentFocus();
    const saved = await action.run(() =>
      service
        ? updateTenantDoc(tenantId, 'services', service.id, parsed.data)
        : createTenantDoc(tenantId, 'services', user.uid, parsed.data),
    );
    if (saved) onSaved(parsed.data.name);
    else focus.restoreIfLost(from);
  }

  return (
    <section className="card service-form-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {service ? `Edit ${service.name}` : 'New service'}
      </h3>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} data-testid="service-form">
        <fieldset className="form-fieldset" disabled={!writable || action.pending}>
          <div className="form-grid">
            <TextField label="Name" value={name} onChange={setName} error={errors.name} maxLength={80} required />
            <TextField
              label="Length (minutes)"
              type="number"
              inputMode="numeric"
              min={5}
              max={600}
              step={5}
              value={duration}
              onChange={setDuration}
              error={errors.durationMinutes}
              required
            />
            <TextField
              label={`Price (${currency})`}
              inputMode="decimal"
              value={price}
              onChange={setPrice}
              error={errors.priceCents}
              hint="For example 45 or 45.50."
              required
            />
          </div>
          <label className="checkbox-field">
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
            Can be booked (active)
          </label>
        </fieldset>
        <FormAlert message={action.error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" data-testid="service-save" disabled={!writable}>
            {action.pending ? 'Saving…' : service ? 'Save changes' : 'Add service'}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
    </section>
  );
}
