/**
 * /app/settings: the practice's name, time zone and currency, and its custom
 * patient fields. Owners and admins change them (the rules allow exactly
 * that); other roles see them read-only. While billing pauses changes the
 * forms stay visible but disabled, with why.
 */
import { NoAccess, ReadOnlyNotice } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { pausedReason, useWorkspaceContext } from '../workspace/workspace-context';
import { CustomFields } from './custom-fields';
import { PracticeSettingsForm } from './practice-settings-form';
import './settings.css';

export default function SettingsPage() {
  const { tenantId, tenant, user, permission } = useWorkspaceContext();
  if (permission('tenant', 'read') === 'denied') return <NoAccess what="Settings" />;
  const tenantMode = permission('tenant', 'update');
  const fieldsMode = permission('customFields', 'create');
  const paused = tenantMode === 'paused' || fieldsMode === 'paused';
  return (
    <div className="settings-page" data-testid="settings-page">
      <PageHeader
        title="Settings"
        intro={
          tenantMode === 'denied'
            ? 'How this practice is set up. Owners and administrators can change these settings.'
            : 'How this practice is set up on Atrium.'
        }
      />
      {paused && <ReadOnlyNotice reason={pausedReason(tenant)} />}
      {/* Keyed by the practice: the form starts from that practice’s saved values. */}
      <PracticeSettingsForm key={tenantId} tenantId={tenantId} tenant={tenant} mode={tenantMode} />
      <CustomFields
        tenantId={tenantId}
        uid={user.uid}
        included={tenant.features?.customFields !== false}
        mode={fieldsMode}
        canSeeBilling={permission('billing', 'read') !== 'denied'}
      />
    </div>
  );
}
