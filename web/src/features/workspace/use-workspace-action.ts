/** useAction for workspace pages: a write the rules refuse while the practice is paused says why. */
import { useAction, type Action } from '../../lib/use-action';
import { pausedReason, useWorkspaceContext } from './workspace-context';

export function useWorkspaceAction(): Action {
  const { tenant, writable } = useWorkspaceContext();
  return useAction(writable ? {} : { deniedMessage: pausedReason(tenant) });
}
