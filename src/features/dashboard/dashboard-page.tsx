import { Link } from 'react-router';
import { useEngineState } from '../../api/simulation/hooks';
import type { EngineState } from '../../api/simulation/engine-store';
import { linkClass } from '../../components/button-styles';
import { PageHeader } from '../../components/page-header';
import { ApprovalsTile } from './approvals-tile';
import { BuildsTile } from './builds-tile';
import { DashboardTile } from './dashboard-tile';
import { DeploymentsTile } from './deployments-tile';
import { LatestEventsTile } from './latest-events-tile';
import { PipelinesTile } from './pipelines-tile';
import { SourceTile } from './source-tile';

const selectScenario = (s: EngineState) => s.clock?.scenarioName;

interface EmptyTile {
  title: string;
  to: string;
  service: string;
  text: string;
}

const RUNTIME_TILES: EmptyTile[] = [
  {
    title: 'Open alarms',
    to: '/codedeploy',
    service: 'CodeDeploy',
    text: 'No alarms are firing. CloudWatch alarms watch the fleet, and a deployment group can roll back when one goes off.',
  },
];

function EmptyServiceTile({ tile }: { tile: EmptyTile }) {
  return (
    <DashboardTile title={tile.title} to={tile.to} count={0}>
      <p className="text-zinc-600 dark:text-zinc-400">{tile.text}</p>
      <Link to={tile.to} className={`${linkClass} mt-2 inline-block text-sm`}>
        Open {tile.service}
      </Link>
    </DashboardTile>
  );
}

/** The CodeStar-like project view: one tile per part of the flow, each linking to its service. */
export function DashboardPage() {
  const scenario = useEngineState(selectScenario);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          scenario
            ? `Project overview of scenario ${scenario}: source, pipelines, builds, deployments and what just happened.`
            : 'Project overview: source, pipelines, builds, deployments and what just happened.'
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <SourceTile />
        <PipelinesTile />
        <ApprovalsTile />
        <BuildsTile />
        <DeploymentsTile />
        {RUNTIME_TILES.map((tile) => (
          <EmptyServiceTile key={tile.title} tile={tile} />
        ))}
        <LatestEventsTile />
      </div>
    </>
  );
}
