/** /app: the practice dashboard. */
import { useWorkspaceContext } from '../workspace/workspace-context';
import { PracticeOverview } from './practice-overview';

export default function DashboardPage() {
  const { tenant, name } = useWorkspaceContext();
  return <PracticeOverview tenant={tenant} displayName={name} />;
}
