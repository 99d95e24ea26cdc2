import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { shortId } from '../commit-format';
import { DiffView } from '../diff/diff-view';
import { branchOf } from './pull-request-status-badge';
import { useLineComments } from './use-line-comments';

/**
 * The differences from the destination commit to the source commit the pull request records (the
 * pair its comments refer to); a + on a line of the unified view comments on it.
 */
export function ChangesPanel({ pr }: { pr: PullRequest }) {
  const comments = useLineComments(pr);
  const t = pr.pullRequestTargets[0];
  if (!t) return null;
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {branchOf(t.destinationReference)} at <code className="font-mono">{shortId(t.destinationCommit)}</code> ←{' '}
        {branchOf(t.sourceReference)} at <code className="font-mono">{shortId(t.sourceCommit)}</code>
      </p>
      <DiffView
        repositoryName={t.repositoryName}
        before={t.destinationCommit}
        after={t.sourceCommit}
        comments={comments}
      />
    </div>
  );
}
