/**
 * /app/services: the practice's catalog of bookable services (name, length,
 * price in the practice's currency, active or not). Owners, admins and
 * managers add, edit, deactivate and delete; everyone else reads it. A
 * deactivated service stays on past appointments but can't be booked.
 * Keyboard focus goes back to the button that opened the form when it
 * closes; after a delete it moves to the next service's buttons.
 */
import { useEffect, useRef, useState } from 'react';
import { FormAlert } from '../../components/form-alert';
import { EmptyState, NoAccess, ReadOnlyNotice } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { deleteTenantDoc } from '../../lib/tenant-data';
import { useReturnFocus } from '../../lib/use-return-focus';
import { useWorkspaceAction } from '../workspace/use-workspace-action';
import { pausedReason, useWorkspaceContext } from '../workspace/workspace-context';
import { ServiceForm } from './service-form';
import { currencyOf, formatDuration, formatPrice } from './service-prices';
import { useServices, type Service } from './service-records';
import './services.css';

export default function ServicesPage() {
  const { permission } = useWorkspaceContext();
  if (permission('services', 'read') === 'denied') return <NoAccess what="Services" />;
  return <ServicesCatalog />;
}

function ServicesCatalog() {
  const { tenantId, tenant, permission, writable } = useWorkspaceContext();
  const services = useServices(tenantId);
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const manage = permission('services', 'create');
  const mayDelete = permission('services', 'delete') !== 'denied';
  const currency = currencyOf(tenant);
  // "New service", or the row's Edit button that opened the form; the page title when neither is there.
  const focus = useReturnFocus();
  const editedFrom = useRef<HTMLElement | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const rowButton = (serviceId: string | undefined) => () =>
    serviceId ? tableRef.current?.querySelector<HTMLElement>(`tr[data-service-id="${CSS.escape(serviceId)}"] button:enabled`) : null;

  const closeForm = () => {
    const from = editing !== 'new' ? editedFrom.current : null;
    setEditing(null);
    focus.restore(from);
  };

  const deleted = (service: Service) => {
    setNotice(`${service.name} deleted.`);
    // Its row is gone: on to the next service (or the one before the last), else "New service".
    const list = services.status === 'ready' ? services.data : [];
    const rest = list.filter((s) => s.id !== service.id);
    const index = Math.max(0, list.findIndex((s) => s.id === service.id));
    focus.restore(rowButton(rest[Math.min(index, rest.length - 1)]?.id));
  };

  return (
    <>
      <PageHeader
        title="Services"
        intro="What your practice offers: the length sets how long an appointment is booked for."
        headingRef={focus.fallback}
        actions={
          manage !== 'denied' && (
            <button
              ref={focus.opener}
              type="button"
              className="button button-primary"
              data-testid="service-new"
              disabled={manage !== 'allowed'}
              onClick={() => {
                setNotice(null);
                setEditing('new');
              }}
            >
              New service
            </button>
          )
        }
      />
      {manage === 'paused' && <ReadOnlyNotice reason={pausedReason(tenant)} />}
      <FormAlert message={notice} tone="info" />
      {editing && (
        <ServiceForm
          key={editing === 'new' ? 'new' : editing.id}
          service={editing === 'new' ? null : editing}
          onClose={closeForm}
          onSaved={(name) => {
            closeForm();
            setNotice(`${name} saved.`);
          }}
        />
      )}
      {services.status === 'loading' ? (
        <PageLoading label="Loading services…" inline />
      ) : services.status === 'denied' ? (
        <NoAccess what="Services" />
      ) : services.status === 'error' ? (
        <FormAlert message={services.message} />
      ) : services.data.length === 0 ? (
        <EmptyState>
          No services yet.{manage !== 'denied' && ' Add the treatments you offer so appointments can be booked for them.'}
        </EmptyState>
      ) : (
        <table ref={tableRef} className="data-table services-table">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Length</th>
              <th scope="col">Price</th>
              <th scope="col">Status</th>
              {manage !== 'denied' && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {services.data.map((service) => (
              <ServiceRow
                key={service.id}
                service={service}
                currency={currency}
                manage={manage !== 'denied'}
                mayDelete={mayDelete}
                writable={writable}
                onEdit={(from) => {
                  setNotice(null);
                  editedFrom.current = from;
                  setEditing(service);
                }}
                onDeleted={() => deleted(service)}
              />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

interface ServiceRowProps {
  service: Service;
  currency: string;
  manage: boolean;
  mayDelete: boolean;
  writable: boolean;
  /** `from` is the Edit button, where focus goes back when the form closes. */
  onEdit(from: HTMLElement): void;
  /** The service is deleted and its row is going away: the page moves focus and says so. */
  onDeleted(): void;
}

function ServiceRow({ service, currency, manage, mayDelete, writable, onEdit, onDeleted }: ServiceRowProps) {
  const { tenantId } = useWorkspaceContext();
  const action = useWorkspaceAction();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // "Keep it" hands focus back to the row's Delete button.
  const focus = useReturnFocus();

  const remove = async () => {
    if (await action.run(() => deleteTenantDoc(tenantId, 'services', service.id))) onDeleted();
  };

  return (
    <tr data-testid="service-row" data-service-id={service.id}>
      <th scope="row">{service.name}</th>
      <td>{formatDuration(service.durationMinutes)}</td>
      <td>{formatPrice(service.priceCents, currency)}</td>
      <td>
        <span className={`pill ${service.active ? 'service-active' : 'service-inactive'}`}>{service.active ? 'Active' : 'Inactive'}</span>
      </td>
      {manage && (
        <td>
          {confirming ? (
            <div className="row-actions" role="group" aria-label={`Confirm deleting ${service.name}`}>
              <span>Delete {service.name}? Its appointments will show it as no longer offered; to stop new bookings only, make it inactive instead.</span>
              {/* Enabled while deleting (a second click is ignored): disabling the focused button would drop focus. */}
              <button
                ref={confirmRef}
                type="button"
                className="button button-small button-primary"
                disabled={!writable}
                onClick={() => void remove()}
              >
                {action.pending ? 'Deleting…' : 'Yes, delete'}
              </button>
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => {
                  setConfirming(false);
                  focus.restore();
                }}
              >
                Keep it
              </button>
            </div>
          ) : (
            <div className="row-actions" role="group" aria-label={`Actions for ${service.name}`}>
              <button
                type="button"
                className="button button-small button-secondary"
                disabled={!writable}
                onClick={(event) => onEdit(event.currentTarget)}
              >
                Edit
              </button>
              {mayDelete && (
                <button
                  ref={focus.opener}
                  type="button"
                  className="button button-small button-secondary"
                  disabled={!writable}
                  onClick={() => setConfirming(true)}
                >
                  Delete
                </button>
              )}
            </div>
          )}
          <FormAlert message={action.error} />
        </td>
      )}
    </tr>
  );
}
