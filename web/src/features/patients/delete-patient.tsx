/**
 * Deleting a patient's record (owner and manager), behind a confirmation
 * dialog. The native <dialog> keeps the focus inside it and closes on
 * Escape. Treatment notes and appointments are not deleted with it: clinical
 * records are kept, and nobody may delete a note.
 */
import { useRef } from 'react';
import { FormAlert } from '../../components/form-alert';
import { deleteTenantDoc } from '../../lib/tenant-data';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { useWorkspaceContext, type Permission } from '../workspace/workspace-context';

interface DeletePatientProps {
  patientId: string;
  name: string;
  permission: Exclude<Permission, 'denied'>;
  onDeleted: () => void;
}

export function DeletePatient({ patientId, name, permission, onDeleted }: DeletePatientProps) {
  const { tenantId } = useWorkspaceContext();
  const action = useWorkspaceAction();
  const dialog = useRef<HTMLDialogElement>(null);

  async function confirm() {
    if (await action.run(() => deleteTenantDoc(tenantId, 'patients', patientId))) {
      dialog.current?.close();
      onDeleted();
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-secondary button-danger-outline"
        data-testid="patient-delete"
        disabled={permission === 'paused'}
        onClick={() => {
          action.clearError();
          dialog.current?.showModal();
        }}
      >
        Delete patient
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="delete-patient-heading" aria-describedby="delete-patient-detail">
        <h3 id="delete-patient-heading">Delete {name}’s record?</h3>
        <p id="delete-patient-detail">
          Their contact details and date of birth are removed from the practice. Their appointments and treatment notes are kept. This can’t be undone.
        </p>
        <FormAlert message={action.error} />
        <div className="button-row">
          <button type="button" className="button button-secondary" autoFocus onClick={() => dialog.current?.close()} disabled={action.pending}>
            Keep the record
          </button>
          <button type="button" className="button button-danger" data-testid="patient-delete-confirm" onClick={confirm} disabled={action.pending || permission === 'paused'}>
            {action.pending ? 'Deleting…' : 'Delete record'}
          </button>
        </div>
      </dialog>
    </>
  );
}
