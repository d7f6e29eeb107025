/** Appointments: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function AppointmentsPage() {
  return <PageHeader title="Appointments" />;
}
