/**
 * Invite someone by email as one of the roles this viewer may hand out.
 * The seat and pending-invite caps are the server's to decide (it also
 * reclaims expired invites first, so the counters on screen can be behind);
 * a refusal is shown here in the server's words. The fields are disabled
 * while the invite is sent, the button is not (a second click is ignored),
 * so focus is not dropped; pressing Enter in the email field leaves focus
 * there, ready for the next address.
 */
import { ROLE_LABELS, inviteMemberInput, type TenantRole } from '@atrium/domain';
import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/form-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { currentFocus, useReturnFocus } from '../../lib/use-return-focus';
import { formatDate } from '../workspace/format-date';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { inviteMember } from './team-callables';
import { ROLE_SUMMARIES, roleOptions } from './team-roles';

interface InviteFormProps {
  tenantId: string;
  roles: TenantRole[];
  disabled: boolean;
}

export function InviteForm({ tenantId, roles, disabled }: InviteFormProps) {
  const action = useWorkspaceAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TenantRole>(roles.includes('practitioner') ? 'practitioner' : roles[roles.length - 1]!);
  const [errors, setErrors] = useState<FieldErrors<'email' | 'role'>>({});
  const [sent, setSent] = useState<string | null>(null);
  const focus = useReturnFocus();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    const parsed = inviteMemberInput.safeParse({ tenantId, email, role });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    let result: Awaited<ReturnType<typeof inviteMember>> | undefined;
    const from = currentFocus();
    const ok = await action.run(async () => {
      result = await inviteMember(parsed.data);
    });
    if (ok && result) {
      setEmail('');
      setSent(
        `Invite sent to ${result.email} as ${ROLE_LABELS[result.role]}. The link works until ${formatDate(new Date(result.expiresAt))}.`,
      );
    }
    focus.restoreIfLost(from);
  }

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite someone</h3>
      <form className="invite-form" onSubmit={handleSubmit} noValidate aria-busy={action.pending}>
        <fieldset className="form-fieldset" disabled={disabled}>
          <FormAlert message={action.error} />
          <FormAlert message={sent} tone="info" />
          <fieldset className="form-fieldset" disabled={action.pending}>
            <div className="form-grid">
              <TextField
                label="Email"
                type="email"
                autoComplete="off"
                inputMode="email"
                value={email}
                onChange={(value) => {
                  setEmail(value);
                  setSent(null);
                }}
                error={errors.email}
                data-testid="invite-email"
                required
              />
              <SelectField
                label="Role"
                value={role}
                onChange={(value) => setRole(value as TenantRole)}
                options={roleOptions(roles)}
                hint={ROLE_SUMMARIES[role]}
                error={errors.role}
                data-testid="invite-role"
              />
            </div>
          </fieldset>
          <button type="submit" className="button button-primary" data-testid="invite-send">
            {action.pending ? 'Sending invite…' : 'Send invite'}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
