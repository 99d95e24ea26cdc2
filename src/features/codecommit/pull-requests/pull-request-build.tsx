import { Link } from 'react-router';
import { useBuilds } from '../../../api/codebuild/batch-get-builds';
import { useBuildIds } from '../../../api/codebuild/list-builds';
import type { Build } from '../../../api/codebuild/types';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { linkClass } from '../../../components/button-styles';
import { formatDateTime } from '../../../components/format/time';
import { ErrorLine } from '../diff/error-line';
import { ToneBadge, type Tone } from '../diff/tone-badge';

const STATUS: Record<string, { label: string; tone: Tone }> = {
  SUCCEEDED: { label: 'Succeeded', tone: 'green' },
  FAILED: { label: 'Failed', tone: 'red' },
  FAULT: { label: 'Fault', tone: 'red' },
  TIMED_OUT: { label: 'Timed out', tone: 'red' },
  STOPPED: { label: 'Stopped', tone: 'amber' },
  IN_PROGRESS: { label: 'In progress', tone: 'blue' },
};

/** CodeBuild's console address of a build (IDs contain `:`, so the ID is encoded). */
const buildPath = (id: string) => `/codebuild/builds/${encodeURIComponent(id)}`;

/** A build of this pull request: started by a webhook for it (`pullRequestId`) or for source version `pr/<id>`. */
export const isBuildOf = (build: Build, pullRequestId: string) =>
  build.pullRequestId === pullRequestId || build.sourceVersion === `pr/${pullRequestId}`;

/** The latest CodeBuild build of the pull request among the account's newest builds (ListBuilds, BatchGetBuilds). */
export function PullRequestBuild({ pullRequestId }: { pullRequestId: string }) {
  const ids = useBuildIds();
  const builds = useBuilds(ids.data);
  const error = ids.error ?? builds.error;
  if (error) return <ErrorLine error={error} />;
  if (!builds.data) return <span className="text-zinc-500">Reading builds…</span>;
  const latest = builds.data.find((b) => isBuildOf(b, pullRequestId));
  if (!latest) {
    return (
      <span className="text-zinc-600 dark:text-zinc-400">
        No build yet. A CodeBuild project whose webhook filters on pull request events builds it.
      </span>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2">
      <ToneBadge tone={STATUS[latest.buildStatus]?.tone ?? 'neutral'} title={latest.buildStatus}>
        {STATUS[latest.buildStatus]?.label ?? latest.buildStatus}
      </ToneBadge>
      <Link to={buildPath(latest.id)} className={linkClass}>
        {latest.projectName} #{latest.buildNumber}
      </Link>
      <span className="text-xs text-zinc-600 dark:text-zinc-400">
        started {formatDateTime(fromEpochSeconds(latest.startTime).getTime())}
        {latest.resolvedSourceVersion && ` · commit ${latest.resolvedSourceVersion.slice(0, 7)}`}
      </span>
    </span>
  );
}
