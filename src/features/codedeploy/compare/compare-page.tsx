import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { allDeploymentTargetsQueryOptions } from '../../../api/codedeploy/batch-get-deployment-targets';
import { useDeployments } from '../../../api/codedeploy/batch-get-deployments';
import { useApplicationRevisions } from '../../../api/codedeploy/list-application-revisions';
import { useApplicationNames } from '../../../api/codedeploy/list-applications';
import { useDeploymentConfigNames } from '../../../api/codedeploy/list-deployment-configs';
import { buttonClass, inputClass, linkClass } from '../../../components/button-styles';
import { errorText } from '../../../components/error-text';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';
import { useDeploymentNow } from '../deployment/use-deployment-now';
import { useWidth } from '../../../components/use-width';
import { deploymentPath } from '../shared/paths';
import { revisionLabel } from '../shared/revision-label';
import { StatusPill } from '../shared/status-pill';
import { toComparison } from './compare-lanes';
import { ComparisonChart } from './comparison-chart';
import { startComparison } from './start-comparison';

const DEFAULT_CONFIGS = [
  'CodeDeployDefault.AllAtOnce',
  'CodeDeployDefault.HalfAtATime',
  'CodeDeployDefault.OneAtATime',
];
const SERVER_CONFIG = /^CodeDeployDefault\.(AllAtOnce|HalfAtATime|OneAtATime)$|^(?!CodeDeployDefault\.)/;

function ComparisonForm({ onStarted }: { onStarted: (ids: string[]) => void }) {
  const apps = useApplicationNames();
  const [applicationName, setApplicationName] = useState('demo-web');
  const revisions = useApplicationRevisions(applicationName);
  const configs = useDeploymentConfigNames();
  const [revisionIndex, setRevisionIndex] = useState(0);
  const [chosen, setChosen] = useState<string[]>(DEFAULT_CONFIGS);
  const [instancesPerRun, setInstancesPerRun] = useState(6);
  const [progress, setProgress] = useState<string>();
  const [error, setError] = useState<unknown>();
  const revision = revisions.data?.[revisionIndex]?.revisionLocation;
  const configOptions = (configs.data ?? DEFAULT_CONFIGS).filter((c) => SERVER_CONFIG.test(c));
  const start = () => {
    if (!revision || progress) return;
    setError(undefined);
    startComparison({ applicationName, revision, configs: chosen.filter(Boolean), instancesPerRun }, setProgress)
      .then(onStarted)
      .catch(setError)
      .finally(() => setProgress(undefined));
  };
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <div className="flex flex-wrap gap-4">
        <label className="text-sm font-semibold">
          Application (EC2/On-premises)
          <select
            className={`${inputClass} mt-1`}
            value={applicationName}
            onChange={(e) => setApplicationName(e.target.value)}
          >
            {(apps.data ?? [applicationName]).map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Revision
          <select
            className={`${inputClass} mt-1 max-w-md`}
            value={revisionIndex}
            onChange={(e) => setRevisionIndex(Number(e.target.value))}
          >
            {(revisions.data ?? []).map((r, i) => (
              <option key={revisionLabel(r.revisionLocation)} value={i}>
                {r.genericRevisionInfo?.description ?? revisionLabel(r.revisionLocation)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Instances per run
          <input
            type="number"
            min={1}
            max={20}
            className={`${inputClass} mt-1 w-24`}
            value={instancesPerRun}
            onChange={(e) => setInstancesPerRun(Math.min(20, Math.max(1, Number(e.target.value) || 1)))}
          />
        </label>
      </div>
      <div className="flex flex-wrap gap-4">
        {[0, 1, 2].map((n) => (
          <label key={n} className="text-sm font-semibold">
            Configuration {n + 1}
            {n === 2 && ' (optional)'}
            <select
              className={`${inputClass} mt-1`}
              value={chosen[n] ?? ''}
              onChange={(e) => setChosen((c) => c.map((v, i) => (i === n ? e.target.value : v)))}
            >
              {n === 2 && <option value="">None</option>}
              {configOptions.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        How it works: for each configuration the lab launches {instancesPerRun} identical new instances (tagged{' '}
        <span className="font-mono">CompareRun</span>) and a deployment group that targets only them, so the runs never
        share an instance. It pauses the clock, creates every deployment, and resumes: all runs start at the same
        virtual instant and are drawn on one time axis. The instances and groups stay in your account afterwards.
      </p>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass('primary')} aria-disabled={!revision || !!progress}>
          Start side by side
        </button>
        {progress && (
          <span role="status" className="text-sm">
            {progress}
          </span>
        )}
      </div>
      {error !== undefined && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {errorText(error)}
        </p>
      )}
    </form>
  );
}

function ComparisonResult({ ids }: { ids: string[] }) {
  const deployments = useDeployments(ids);
  const targets = useQueries({ queries: ids.map((id) => allDeploymentTargetsQueryOptions(id)) });
  const now = useDeploymentNow();
  const [ref, width] = useWidth<HTMLDivElement>();
  const runs = (deployments.data ?? []).map((deployment, i) => ({ deployment, targets: targets[i]?.data ?? [] }));
  const comparison = toComparison(runs, now ?? 0);
  return (
    <>
      <Panel title="Runs" className="mb-4" flush>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Runs compared</caption>
          <TableHead
            columns={['Configuration', 'Deployment', 'Status', 'Lowest healthy', 'Failed instances', 'Took']}
          />
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {comparison.lanes.map((l) => (
              <tr key={l.deploymentId}>
                <td className="px-4 py-2 font-mono text-xs">{l.config}</td>
                <td className="px-4 py-2">
                  <Link to={deploymentPath(l.deploymentId)} className={`${linkClass} font-mono`}>
                    {l.deploymentId}
                  </Link>
                </td>
                <td className="px-4 py-2">
                  <StatusPill status={l.status} />
                </td>
                <td className="px-4 py-2 tabular-nums">
                  {l.minimumCapacity} of {l.instances.length}
                </td>
                <td className="px-4 py-2 tabular-nums">{l.failedInstances}</td>
                <td className="px-4 py-2 tabular-nums">
                  {l.finishedAt !== undefined
                    ? `${Math.round((l.finishedAt - (l.capacity[0]?.at ?? 0)) / 1000)} s`
                    : '…'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel title="Side by side">
        <div ref={ref}>
          <ComparisonChart comparison={comparison} width={width} />
        </div>
      </Panel>
    </>
  );
}

/** The same revision deployed with two or three configurations, side by side on one time axis. */
export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const ids = (params.get('runs') ?? '').split(',').filter(Boolean);
  const [formOpen, setFormOpen] = useState(false);
  const showForm = formOpen || ids.length === 0;
  const setShowForm = setFormOpen;
  return (
    <>
      <PageHeader
        title="Compare deployment configurations"
        description="Deploy one revision with AllAtOnce, HalfAtATime and OneAtATime (or your own configurations) and watch speed against capacity."
        actions={
          ids.length > 0 &&
          !showForm && (
            <button type="button" className={buttonClass('normal')} onClick={() => setShowForm(true)}>
              New comparison
            </button>
          )
        }
      />
      {showForm && (
        <Panel title="Runs to compare" className="mb-4">
          <ComparisonForm
            onStarted={(started) => {
              setShowForm(false);
              setParams({ runs: started.join(',') });
            }}
          />
        </Panel>
      )}
      {ids.length > 0 && <ComparisonResult ids={ids} />}
    </>
  );
}
