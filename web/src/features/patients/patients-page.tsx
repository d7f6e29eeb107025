/** Patients: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function PatientsPage() {
  return <PageHeader title="Patients" />;
}
