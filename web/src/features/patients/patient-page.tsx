/** Patient: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function PatientPage() {
  return <PageHeader title="Patient" />;
}
