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

/** The commit a build checked out (or was asked for, before it resolved one). */
const revisionOf = (build: Build) => build.resolvedSourceVersion ?? build.sourceVersion;

/**
 * The pull request's builds split by revision: the newest build of the current source commit, and
 * the builds of earlier revisions, which say nothing about what would be merged now.
 * `builds` come newest first, as ListBuilds returns them.
 */
export function revisionBuilds(builds: readonly Build[], pullRequestId: string, sourceCommit: string) {
  const ofPullRequest = builds.filter((b) => isBuildOf(b, pullRequestId) || b.sourceVersion === sourceCommit);
  return {
    current: ofPullRequest.find((b) => revisionOf(b) === sourceCommit),
    outdated: ofPullRequest.filter((b) => revisionOf(b) !== sourceCommit),
  };
}

function BuildLine({ build, outdated }: { build: Build; outdated?: boolean }) {
  const status = STATUS[build.buildStatus];
  return (
    <span className="flex flex-wrap items-center gap-2">
      {outdated && <ToneBadge tone="neutral">Outdated</ToneBadge>}
      <ToneBadge tone={outdated ? 'neutral' : (status?.tone ?? 'neutral')} title={build.buildStatus}>
        {status?.label ?? build.buildStatus}
      </ToneBadge>
      <Link to={buildPath(build.id)} className={linkClass}>
        {build.projectName} #{build.buildNumber}
      </Link>
      <span className="text-xs text-zinc-600 dark:text-zinc-400">
        started {formatDateTime(fromEpochSeconds(build.startTime).getTime())}
        {revisionOf(build) && ` · commit ${revisionOf(build)?.slice(0, 7)}`}
      </span>
    </span>
  );
}

const SHOWN_OUTDATED = 3;

/** The build of the pull request's current revision, then older ones marked outdated (ListBuilds, BatchGetBuilds). */
export function PullRequestBuild({ pullRequestId, sourceCommit }: { pullRequestId: string; sourceCommit: string }) {
  const ids = useBuildIds();
  const builds = useBuilds(ids.data);
  const error = ids.error ?? builds.error;
  if (error) return <ErrorLine error={error} />;
  if (!builds.data) return <span className="text-zinc-500">Reading builds…</span>;
  const { current, outdated } = revisionBuilds(builds.data, pullRequestId, sourceCommit);
  if (!current && outdated.length === 0) {
    return (
      <span className="text-zinc-600 dark:text-zinc-400">
        No build yet. A CodeBuild project whose webhook filters on pull request events builds it.
      </span>
    );
  }
  return (
    <span className="flex flex-col gap-1.5">
      {current ? (
        <BuildLine build={current} />
      ) : (
        <span className="text-zinc-600 dark:text-zinc-400">
          No build for this revision yet (commit {sourceCommit.slice(0, 7)}).
        </span>
      )}
      {outdated.slice(0, SHOWN_OUTDATED).map((b) => (
        <BuildLine key={b.id} build={b} outdated />
      ))}
    </span>
  );
}
