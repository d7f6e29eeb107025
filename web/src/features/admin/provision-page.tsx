/**
 * /admin/provision: a sales rep (or super admin) provisions a contracted
 * practice for a deal through `salesProvisionTenant` (SPEC §4), the same
 * call the sales CLI makes. The deal id is the idempotency key: submitting
 * the same deal again (a double click, a retry, a colleague) answers the
 * practice that deal already has. The named admin is emailed a sign-in link
 * and becomes the owner. The fields are disabled while it runs, the button
 * is not (a second click is ignored), so focus is not dropped.
 */
import { PLANS, salesProvisionTenantInput, type PlanId, type ProvisionResult, type SalesProvisionTenantInput } from '@atrium/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../components/form-alert';
import { PageHeader } from '../../components/page-header';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import type { FieldErrors } from '../../lib/form-errors';
import { useAction } from '../../lib/use-action';
import { currentFocus, useReturnFocus } from '../../lib/use-return-focus';
import { salesProvisionTenant, serverFieldErrors } from './admin-callables';
import { PLAN_OPTIONS, StatusPill } from './admin-labels';
import { parseForm } from './form-messages';

type Field = keyof SalesProvisionTenantInput;
const FIELDS: readonly Field[] = ['dealId', 'tenantName', 'plan', 'seatLimit', 'goLiveDate', 'adminEmail', 'adminName', 'subdomain'];

const MESSAGES: Record<Field, string> = {
  dealId: 'Enter the deal ID from the CRM: letters, digits, - and _ only, up to 64 characters.',
  tenantName: 'Enter the practice name (2 to 80 characters).',
  plan: 'Choose the contracted plan.',
  seatLimit: 'Enter the contracted number of seats, from 1 to 10,000.',
  goLiveDate: 'Enter the contract’s go-live date.',
  adminEmail: 'Enter the admin’s email address.',
  adminName: 'Enter the admin’s name (up to 80 characters).',
  subdomain: 'Use 3-63 lowercase letters, digits and hyphens, or leave it empty.',
};

interface FormState {
  dealId: string;
  tenantName: string;
  plan: PlanId;
  seatLimit: string;
  goLiveDate: string;
  adminEmail: string;
  adminName: string;
  subdomain: string;
}

const EMPTY: FormState = {
  dealId: '',
  tenantName: '',
  plan: 'growth',
  seatLimit: String(PLANS.growth.seatLimit),
  goLiveDate: '',
  adminEmail: '',
  adminName: '',
  subdomain: '',
};

/** The form's strings as the callable's input; empty optional fields are left out. */
function inputOf(form: FormState): Record<string, unknown> {
  const seats = form.seatLimit.trim();
  return {
    dealId: form.dealId,
    tenantName: form.tenantName,
    plan: form.plan,
    seatLimit: seats === '' ? undefined : Number(seats),
    goLiveDate: form.goLiveDate,
    adminEmail: form.adminEmail,
    adminName: form.adminName,
    ...(form.subdomain.trim() ? { subdomain: form.subdomain } : {}),
  };
}

export function ProvisionPage() {
  const [form, setForm] = useState<FormState>(EMPTY);
  // The seat count follows the plan's default until someone types a contracted number.
  const [seatsEdited, setSeatsEdited] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [outcome, setOutcome] = useState<{ input: SalesProvisionTenantInput; result: ProvisionResult } | null>(null);
  const action = useAction();
  const focus = useReturnFocus();

  const update = (field: keyof FormState) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const choosePlan = (value: string) => {
    const plan = value as PlanId;
    setForm((current) => ({ ...current, plan, ...(seatsEdited ? {} : { seatLimit: String(PLANS[plan].seatLimit) }) }));
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(salesProvisionTenantInput, inputOf(form), MESSAGES);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const input = parsed.data;
    const from = currentFocus();
    const ok = await action.run(async () => {
      try {
        setOutcome({ input, result: await salesProvisionTenant(input) });
      } catch (error) {
        const fields = serverFieldErrors(error, FIELDS);
        // The alert above the form carries the server's sentence; the field says what to do.
        if (fields.subdomain && (error as { code?: unknown }).code === 'functions/already-exists') {
          fields.subdomain = 'Choose another subdomain: this one is taken.';
        }
        setErrors(fields);
        throw error;
      }
    });
    // Refused: the form stays, and so does focus (Enter pressed in a field that was disabled meanwhile).
    if (!ok) focus.restoreIfLost(from);
  }

  if (outcome) {
    return (
      <ProvisionOutcome
        {...outcome}
        onAnother={() => {
          setOutcome(null);
          setForm(EMPTY);
          setSeatsEdited(false);
        }}
      />
    );
  }

  return (
    <section>
      <PageHeader
        title="Provision a tenant"
        intro="Set up a contracted practice for a signed deal. The named admin gets an email with a sign-in link and becomes the practice’s owner."
      />
      <form className="card admin-provision-form" onSubmit={handleSubmit} noValidate aria-busy={action.pending} data-testid="admin-provision-form">
        <fieldset className="form-fieldset" disabled={action.pending}>
          <FormAlert message={action.error} />
          <h3 className="admin-form-heading">Contract</h3>
          <div className="form-grid">
            <TextField
              label="Deal ID"
              hint="From the CRM. Submitting the same deal again opens its existing practice instead of creating another."
              autoComplete="off"
              value={form.dealId}
              onChange={update('dealId')}
              error={errors.dealId}
              required
            />
            <TextField
              label="Practice name"
              autoComplete="off"
              value={form.tenantName}
              onChange={update('tenantName')}
              error={errors.tenantName}
              required
            />
            <SelectField label="Plan" value={form.plan} onChange={choosePlan} options={PLAN_OPTIONS} error={errors.plan} required />
            <TextField
              label="Seats"
              hint="The contracted number of team members."
              type="number"
              inputMode="numeric"
              min={1}
              max={10_000}
              step={1}
              value={form.seatLimit}
              onChange={(value) => {
                setSeatsEdited(true);
                update('seatLimit')(value);
              }}
              error={errors.seatLimit}
              required
            />
            <TextField
              label="Go-live date"
              hint="The practice runs as a trial until this day, then becomes active."
              type="date"
              value={form.goLiveDate}
              onChange={update('goLiveDate')}
              error={errors.goLiveDate}
              required
            />
            <TextField
              label="Subdomain (optional)"
              hint="For example lakeside-clinic. Lowercase letters, digits and hyphens."
              autoComplete="off"
              value={form.subdomain}
              onChange={update('subdomain')}
              error={errors.subdomain}
            />
          </div>
          <h3 className="admin-form-heading">The practice’s admin</h3>
          <div className="form-grid">
            <TextField
              label="Admin’s name"
              autoComplete="off"
              value={form.adminName}
              onChange={update('adminName')}
              error={errors.adminName}
              required
            />
            <TextField
              label="Admin’s email"
              type="email"
              inputMode="email"
              autoComplete="off"
              value={form.adminEmail}
              onChange={update('adminEmail')}
              error={errors.adminEmail}
              required
            />
          </div>
        </fieldset>
        <button type="submit" className="button button-primary" data-testid="admin-provision-submit">
          {action.pending ? 'Provisioning…' : 'Provision practice'}
        </button>
      </form>
    </section>
  );
}

function ProvisionOutcome({ input, result, onAnother }: { input: SalesProvisionTenantInput; result: ProvisionResult; onAnother: () => void }) {
  // The form the focus was in is gone: move it to the outcome, so keyboard and screen reader users land on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section>
      <PageHeader title="Provision a tenant" />
      <div className="card admin-provision-result" role="status" data-testid="admin-provision-result">
        <h3 ref={heading} tabIndex={-1}>
          {result.created ? 'Practice created' : 'This deal already has a practice'}
        </h3>
        <p>
          {result.created
            ? `${input.tenantName} is set up for deal ${input.dealId}.`
            : `Deal ${input.dealId} was provisioned before, so nothing new was created. This is its practice.`}
        </p>
        <dl className="admin-result-facts">
          <div>
            <dt>Status</dt>
            <dd>
              <StatusPill status={result.status} />
            </dd>
          </div>
          <div>
            <dt>Practice ID</dt>
            <dd className="admin-mono" data-testid="admin-provision-tenant-id">
              {result.tenantId}
            </dd>
          </div>
        </dl>
        {result.status === 'provisioning' && (
          <p>The last set-up steps are still running. They finish on their own within half an hour; submitting the same deal again finishes them now.</p>
        )}
        {result.created && (
          <p>
            {input.adminName} ({input.adminEmail}) has been emailed a sign-in link and will open the practice as its owner.
          </p>
        )}
        <div className="button-row">
          <Link className="button button-primary" to={`/admin/tenants/${result.tenantId}`}>
            Open the practice’s details
          </Link>
          <button type="button" className="button button-secondary" onClick={onAnother}>
            Provision another practice
          </button>
        </div>
      </div>
    </section>
  );
}
