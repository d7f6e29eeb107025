/**
 * The workspace sections this role may open in the practice's current
 * state (from the domain's access policy). The dashboard and billing exist
 * so far; the rest are marked as coming. The rules enforce access whatever
 * this menu shows.
 */
import { can, type Operation, type TenantCollection, type TenantRole } from '@atrium/domain';
import { Link } from 'react-router-dom';
import type { Tenant } from './use-workspace';

export type WorkspaceSection = 'dashboard' | 'billing';

const SECTIONS: { label: string; collection: TenantCollection; op: Operation; id?: WorkspaceSection; to?: string }[] = [
  { label: 'Patients', collection: 'patients', op: 'read' },
  { label: 'Appointments', collection: 'appointments', op: 'read' },
  { label: 'Treatment notes', collection: 'treatmentNotes', op: 'read' },
  { label: 'Services', collection: 'services', op: 'read' },
  { label: 'Team', collection: 'members', op: 'read' },
  { label: 'Billing', collection: 'billing', op: 'read', id: 'billing', to: '/app/billing' },
  { label: 'Audit log', collection: 'auditLog', op: 'read' },
  { label: 'Settings', collection: 'tenant', op: 'update' },
];

interface WorkspaceNavProps {
  role: TenantRole | null;
  tenant: Tenant;
  /** The section on screen; the dashboard unless said otherwise. */
  current?: WorkspaceSection;
}

export function WorkspaceNav({ role, tenant, current = 'dashboard' }: WorkspaceNavProps) {
  const sections = role
    ? SECTIONS.filter((section) => can(role, section.collection, section.op, tenant.status, tenant.paymentFailures))
    : [];
  return (
    <nav className="workspace-nav" aria-label="Workspace">
      <ul>
        <li>
          <NavEntry label="Dashboard" to="/app" current={current === 'dashboard'} />
        </li>
        {sections.map((section) => (
          <li key={section.label}>
            {section.to ? (
              <NavEntry label={section.label} to={section.to} current={current === section.id} />
            ) : (
              <span className="nav-item nav-item-soon" aria-disabled="true">
                {section.label} <span className="nav-soon">Soon</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NavEntry({ label, to, current }: { label: string; to: string; current: boolean }) {
  if (current) {
    return (
      <span className="nav-item nav-item-current" aria-current="page">
        {label}
      </span>
    );
  }
  return (
    <Link className="nav-item nav-item-link" to={to}>
      {label}
    </Link>
  );
}
