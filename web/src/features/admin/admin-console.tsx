/** Admin console: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function AdminConsole() {
  return <PageHeader title="Admin console" />;
}
