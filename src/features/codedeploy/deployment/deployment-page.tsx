import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';

/** A deployment: status, traffic chart, lifecycle timeline and targets. */
export function DeploymentPage() {
  const { id = '' } = useParams();
  return <PageHeader title={<span className="font-mono text-xl break-all">{id}</span>} />;
}
