/** Services: being built (issue 6). */
import { PageHeader } from '../../components/page-header';

export default function ServicesPage() {
  return <PageHeader title="Services" />;
}
