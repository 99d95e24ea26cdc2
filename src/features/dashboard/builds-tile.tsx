import { Link } from 'react-router';
import { useBuilds } from '../../api/codebuild/batch-get-builds';
import { useBuildIds } from '../../api/codebuild/list-builds';
import type { Build } from '../../api/codebuild/types';
import { linkClass } from '../../components/button-styles';
import { errorText } from '../../components/error-text';
import { formatDateTime, formatRelative } from '../../components/format/time';
import { Loading } from '../../components/loading';
import { useSimNow } from '../../components/simulation/use-sim-now';
import { DashboardTile } from './dashboard-tile';

const SHOWN = 5;

const STATUS_CLASS: Record<string, string> = {
  SUCCEEDED: 'text-emerald-800 dark:text-emerald-300',
  IN_PROGRESS: 'text-sky-800 dark:text-sky-300',
  STOPPED: 'text-amber-900 dark:text-amber-300',
};

const STATUS_LABEL: Record<string, string> = {
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  FAULT: 'Fault',
  TIMED_OUT: 'Timed out',
  STOPPED: 'Stopped',
  IN_PROGRESS: 'In progress',
};

function BuildRow({ build, now }: { build: Build; now: number | undefined }) {
  const started = build.startTime * 1000;
  return (
    <li className="py-1.5">
      <div className="flex items-baseline justify-between gap-3">
        <Link
          to={`/codebuild/builds/${encodeURIComponent(build.id)}`}
          className={`${linkClass} truncate font-semibold`}
        >
          {build.projectName} #{build.buildNumber}
        </Link>
        <span
          className={`shrink-0 text-xs font-semibold ${STATUS_CLASS[build.buildStatus] ?? 'text-red-800 dark:text-red-300'}`}
        >
          {STATUS_LABEL[build.buildStatus] ?? build.buildStatus}
        </span>
      </div>
      <p className="truncate text-xs text-zinc-600 dark:text-zinc-400" title={formatDateTime(started)}>
        {build.initiator} · {now === undefined ? formatDateTime(started) : formatRelative(started, now)}
      </p>
    </li>
  );
}

/** The 5 most recent builds of the account with their status, each linking to the build. */
export function BuildsTile() {
  const ids = useBuildIds();
  const recent = ids.data?.slice(0, SHOWN);
  const builds = useBuilds(recent);
  const now = useSimNow();
  const error = ids.error ?? builds.error;
  return (
    <DashboardTile title="Builds" to="/codebuild" count={ids.data?.length}>
      {(ids.isPending || (recent && recent.length > 0 && builds.isPending)) && <Loading label="Reading builds…" />}
      {error && <p role="alert">Builds could not be listed: {errorText(error)}</p>}
      {ids.data?.length === 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">
          No builds yet. CodeBuild runs the phases of a buildspec.yml in a fresh container and reports tests and
          artifacts.
        </p>
      )}
      {builds.data && builds.data.length > 0 && (
        <>
          <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">Most recent builds</p>
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {builds.data.map((b) => (
              <BuildRow key={b.id} build={b} now={now} />
            ))}
          </ul>
        </>
      )}
      <Link to="/codebuild" className={`${linkClass} mt-2 inline-block text-sm`}>
        Open CodeBuild
      </Link>
    </DashboardTile>
  );
}
