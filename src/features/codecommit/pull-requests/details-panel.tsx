import { Link } from 'react-router';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { useBranch } from '../../../api/codecommit/get-branch';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { linkClass } from '../../../components/button-styles';
import { formatDateTime } from '../../../components/format/time';
import { KeyValueList } from '../../../components/key-value-list';
import { shortId } from '../commit-format';
import { commitPath } from '../paths';
import { ApprovalGateLine } from './merge-readiness';
import { principalName } from './principal-name';
import { PullRequestBuild } from './pull-request-build';
import { PullRequestStatusBadge, branchOf } from './pull-request-status-badge';

function CommitLink({ repositoryName, commitId }: { repositoryName: string; commitId: string }) {
  return (
    <Link to={commitPath(repositoryName, commitId)} className={`${linkClass} font-mono text-xs`} title={commitId}>
      {shortId(commitId)}
    </Link>
  );
}

/** A branch with the commit the pull request recorded and, when it has moved, where it is now. */
function BranchWithTip(props: { repositoryName: string; reference: string; recorded: string; live: boolean }) {
  const branch = branchOf(props.reference);
  const current = useBranch(props.repositoryName, branch);
  const moved = props.live && current.data && current.data.commitId !== props.recorded;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <code className="font-mono text-xs">{branch}</code>
      <span className="text-zinc-500">at</span>
      <CommitLink repositoryName={props.repositoryName} commitId={props.recorded} />
      {moved && current.data && (
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          (branch now at <CommitLink repositoryName={props.repositoryName} commitId={current.data.commitId} />)
        </span>
      )}
      {props.live && current.isError && <span className="text-xs text-zinc-600">(branch deleted)</span>}
    </span>
  );
}

export function DetailsPanel({ pr }: { pr: PullRequest }) {
  const t = pr.pullRequestTargets[0];
  if (!t) return null;
  const merge = t.mergeMetadata;
  const open = pr.pullRequestStatus === 'OPEN';
  return (
    <div className="space-y-4">
      <ApprovalGateLine pr={pr} />
      <KeyValueList
        items={[
          { label: 'Title', value: pr.title },
          { label: 'Status', value: <PullRequestStatusBadge pullRequest={pr} /> },
          {
            label: 'Source',
            value: (
              <BranchWithTip
                repositoryName={t.repositoryName}
                reference={t.sourceReference}
                recorded={t.sourceCommit}
                live={open}
              />
            ),
          },
          {
            label: 'Destination',
            value: (
              <BranchWithTip
                repositoryName={t.repositoryName}
                reference={t.destinationReference}
                recorded={t.destinationCommit}
                live={open}
              />
            ),
          },
          {
            label: 'Merge base',
            value: t.mergeBase ? (
              <CommitLink repositoryName={t.repositoryName} commitId={t.mergeBase} />
            ) : (
              'None (unrelated histories)'
            ),
          },
          {
            label: 'Build',
            value: <PullRequestBuild pullRequestId={pr.pullRequestId} sourceCommit={t.sourceCommit} />,
          },
          { label: 'Revision ID', value: <code className="font-mono text-xs break-all">{pr.revisionId}</code> },
          { label: 'Author', value: principalName(pr.authorArn) },
          { label: 'Created', value: formatDateTime(fromEpochSeconds(pr.creationDate).getTime()) },
          { label: 'Last activity', value: formatDateTime(fromEpochSeconds(pr.lastActivityDate).getTime()) },
          ...(merge.isMerged
            ? [
                {
                  label: 'Merged',
                  value: (
                    <span className="flex flex-wrap items-center gap-2">
                      by {principalName(merge.mergedBy ?? '')} with {merge.mergeOption}
                      {merge.mergeCommitId && (
                        <>
                          ; destination now at{' '}
                          <CommitLink repositoryName={t.repositoryName} commitId={merge.mergeCommitId} />
                        </>
                      )}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <div>
        <h3 className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">Description</h3>
        <p className="mt-1 max-w-3xl break-words whitespace-pre-wrap">
          {pr.description || <span className="text-zinc-500">No description.</span>}
        </p>
      </div>
    </div>
  );
}
