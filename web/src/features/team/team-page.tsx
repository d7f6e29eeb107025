/** Team: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function TeamPage() {
  return <PageHeader title="Team" />;
}
