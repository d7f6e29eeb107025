/** Join a practice: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function InvitePage() {
  return <PageHeader title="Join a practice" />;
}
