/**
 * The workspace sections this role may open in the practice's current
 * state (from the domain's access policy). Only the dashboard exists so
 * far; the rest are marked as coming. The rules enforce access whatever
 * this menu shows.
 */
import { can, type Operation, type TenantCollection, type TenantRole } from '@atrium/domain';
import type { Tenant } from './use-workspace';

const SECTIONS: { label: string; collection: TenantCollection; op: Operation }[] = [
  { label: 'Patients', collection: 'patients', op: 'read' },
  { label: 'Appointments', collection: 'appointments', op: 'read' },
  { label: 'Treatment notes', collection: 'treatmentNotes', op: 'read' },
  { label: 'Services', collection: 'services', op: 'read' },
  { label: 'Team', collection: 'members', op: 'read' },
  { label: 'Billing', collection: 'billing', op: 'read' },
  { label: 'Audit log', collection: 'auditLog', op: 'read' },
  { label: 'Settings', collection: 'tenant', op: 'update' },
];

export function WorkspaceNav({ role, tenant }: { role: TenantRole | null; tenant: Tenant }) {
  const sections = role
    ? SECTIONS.filter((section) => can(role, section.collection, section.op, tenant.status, tenant.paymentFailures))
    : [];
  return (
    <nav className="workspace-nav" aria-label="Workspace">
      <ul>
        <li>
          <span className="nav-item nav-item-current" aria-current="page">
            Dashboard
          </span>
        </li>
        {sections.map((section) => (
          <li key={section.label}>
            <span className="nav-item nav-item-soon" aria-disabled="true">
              {section.label} <span className="nav-soon">Soon</span>
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
