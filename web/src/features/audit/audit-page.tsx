/** Audit log: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function AuditPage() {
  return <PageHeader title="Audit log" />;
}
