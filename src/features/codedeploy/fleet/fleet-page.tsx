import { Link, useSearchParams } from 'react-router';
import { useFleet } from '../../../api/fleet/describe-fleet';
import { buttonClass } from '../../../components/button-styles';
import { ErrorPanel } from '../../../components/error-panel';
import { Loading } from '../../../components/loading';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { codedeployHome, fleetPath } from '../shared/paths';
import { FaultPanel } from './fault-panel';
import { InstancesPanel } from './instances-panel';
import { LoadBalancersPanel } from './load-balancers-panel';
import { AlarmsPanel, AutoScalingPanel, EcsPanel, LambdaPanel } from './services-panels';

/** What CodeDeploy deploys to, live: instances, groups, load balancers, functions, services, alarms; and the faults. */
export function FleetPage() {
  const [search] = useSearchParams();
  const faults = search.get('tab') === 'faults';
  const fleet = useFleet();
  if (fleet.error)
    return <ErrorPanel error={fleet.error} subject="The fleet" back={{ to: codedeployHome(), label: 'CodeDeploy' }} />;
  return (
    <>
      <PageHeader
        title={faults ? 'Deployment faults' : 'Fleet'}
        description={
          faults
            ? 'Break something on purpose and watch how a deployment reports it.'
            : 'The simulated account’s instances, load balancers, functions, services and alarms, as deployments change them.'
        }
        actions={
          <>
            <Link to={codedeployHome()} className={buttonClass('normal')}>
              Applications
            </Link>
            <Link to={faults ? fleetPath() : fleetPath('faults')} className={buttonClass('primary')}>
              {faults ? 'Fleet' : 'Faults'}
            </Link>
          </>
        }
      />
      {!fleet.data && <Loading label="Reading the fleet…" />}
      {fleet.data && faults && <FaultPanel fleet={fleet.data} />}
      {fleet.data && !faults && (
        <div className="space-y-4">
          <InstancesPanel instances={fleet.data.instances} />
          <div className="grid gap-4 lg:grid-cols-2">
            <LoadBalancersPanel fleet={fleet.data} />
            <div className="space-y-4">
              <AutoScalingPanel groups={fleet.data.autoScalingGroups} />
              <LambdaPanel functions={fleet.data.lambdaFunctions} />
              <EcsPanel services={fleet.data.ecsServices} />
              <AlarmsPanel alarms={fleet.data.alarms} />
            </div>
          </div>
          {fleet.data.simulation.TrafficRules && (
            <Panel title="How traffic is simulated">
              <p className="whitespace-pre-line text-zinc-700 dark:text-zinc-300">
                {fleet.data.simulation.TrafficRules}
              </p>
            </Panel>
          )}
        </div>
      )}
    </>
  );
}
