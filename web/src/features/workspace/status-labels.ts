/** Status names for people; the domain owns them so the console, emails and workspace agree. */
export { TENANT_STATUS_LABELS as STATUS_LABELS } from '@atrium/domain';
