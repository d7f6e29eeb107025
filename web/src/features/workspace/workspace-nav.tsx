/**
 * The workspace sections this role may open (from the domain's access
 * policy). Sections whose data the billing state blocks (suspended,
 * cancelled) drop out; billing stays. The rules enforce access whatever this
 * menu shows.
 */
import { can, lifecycleAccess, roleGrant, type Operation, type TenantCollection, type TenantRole } from '@atrium/domain';
import { NavLink } from 'react-router-dom';
import type { Tenant } from './use-workspace';

const SECTIONS: { label: string; to: string; collection: TenantCollection; op: Operation }[] = [
  { label: 'Appointments', to: '/app/appointments', collection: 'appointments', op: 'read' },
  { label: 'Patients', to: '/app/patients', collection: 'patients', op: 'read' },
  { label: 'Treatment notes', to: '/app/notes', collection: 'treatmentNotes', op: 'read' },
  { label: 'Services', to: '/app/services', collection: 'services', op: 'read' },
  { label: 'Team', to: '/app/team', collection: 'members', op: 'read' },
  { label: 'Billing', to: '/app/billing', collection: 'billing', op: 'read' },
  { label: 'Audit log', to: '/app/audit', collection: 'auditLog', op: 'read' },
  // Settings are for whoever may change the practice's name and settings.
  { label: 'Settings', to: '/app/settings', collection: 'tenant', op: 'update' },
];

/** Shown when the role has the grant and the billing state lets the section's data be read. */
function visible(role: TenantRole, tenant: Tenant, section: (typeof SECTIONS)[number]): boolean {
  if (roleGrant(role, section.collection, section.op) === false) return false;
  if (section.collection === 'billing') return can(role, 'billing', 'read', tenant.status, tenant.paymentFailures);
  return lifecycleAccess(tenant.status, tenant.paymentFailures).dataRead;
}

export function WorkspaceNav({ role, tenant }: { role: TenantRole | null; tenant: Tenant }) {
  const sections = role ? SECTIONS.filter((section) => visible(role, tenant, section)) : [];
  return (
    <nav className="workspace-nav" aria-label="Workspace">
      <ul>
        <li>
          <NavLink className="nav-item nav-item-link" to="/app" end>
            Dashboard
          </NavLink>
        </li>
        {sections.map((section) => (
          <li key={section.to}>
            <NavLink className="nav-item nav-item-link" to={section.to}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
