/** Treatment notes: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function NotesPage() {
  return <PageHeader title="Treatment notes" />;
}
