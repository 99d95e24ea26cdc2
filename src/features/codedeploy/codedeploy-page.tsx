import { useState } from 'react';
import { Link } from 'react-router';
import { useApplications } from '../../api/codedeploy/batch-get-applications';
import { useDeployments } from '../../api/codedeploy/batch-get-deployments';
import { useApplicationNames } from '../../api/codedeploy/list-applications';
import { useDeploymentIds } from '../../api/codedeploy/list-deployments';
import { buttonClass } from '../../components/button-styles';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { Panel } from '../../components/panel';
import { ApplicationsTable } from './applications/applications-table';
import { CreateApplicationDialog } from './applications/create-application-dialog';
import { DeploymentsTable } from './shared/deployments-table';
import { configsPath, fleetPath, simulationPath } from './shared/paths';

/** How many recent deployments the home page reads to find each application's latest. */
const RECENT = 25;

/** CodeDeploy's home: the applications, the account's recent deployments, and where to go next. */
export function CodeDeployPage() {
  const [creating, setCreating] = useState(false);
  const names = useApplicationNames();
  const applications = useApplications(names.data);
  const recentIds = useDeploymentIds({});
  const recent = useDeployments(recentIds.data?.slice(0, RECENT));
  const error = names.error ?? applications.error;
  if (error)
    return (
      <ErrorPanel error={error} subject="The application list" back={{ to: '/', label: 'Back to the dashboard' }} />
    );
  const create = (
    <button type="button" className={buttonClass('primary')} onClick={() => setCreating(true)}>
      Create application
    </button>
  );
  return (
    <>
      <PageHeader
        title="CodeDeploy"
        description="An application names what you deploy and on which compute platform; its deployment groups say where, how fast and what to do when something goes wrong."
        actions={
          <>
            <Link to={fleetPath()} className={buttonClass('normal')}>
              Fleet and faults
            </Link>
            <Link to={configsPath()} className={buttonClass('normal')}>
              Deployment configurations
            </Link>
            <Link to={simulationPath()} className={buttonClass('normal')}>
              How deployments are simulated
            </Link>
            {create}
          </>
        }
      />
      <div className="space-y-4">
        <Panel title={applications.data ? `Applications (${applications.data.length})` : 'Applications'} flush>
          {(names.isPending || (names.data && names.data.length > 0 && applications.isPending)) && (
            <div className="px-4">
              <Loading label="Reading applications…" />
            </div>
          )}
          {names.data?.length === 0 && (
            <EmptyState title="No applications" action={create}>
              <p>
                CodeDeploy delivers a revision to EC2 instances, Lambda aliases or ECS services, in place or blue/green,
                following the lifecycle hooks of the revision&apos;s appspec.
              </p>
            </EmptyState>
          )}
          {applications.data && applications.data.length > 0 && (
            <ApplicationsTable applications={applications.data} recent={recent.data} />
          )}
        </Panel>
        <Panel title="Recent deployments" flush>
          <DeploymentsTable filter={{}} />
        </Panel>
      </div>
      {creating && <CreateApplicationDialog onClose={() => setCreating(false)} />}
    </>
  );
}
