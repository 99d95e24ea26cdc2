import { PageHeader } from '../../../components/page-header';

/** The same revision deployed with two or three configurations, side by side on one time axis. */
export function ComparePage() {
  return <PageHeader title="Compare deployment configurations" />;
}
