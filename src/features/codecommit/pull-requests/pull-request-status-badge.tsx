import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { ToneBadge } from '../diff/tone-badge';

/** Open, Merged, or Closed (closed without merging), as the console labels pull requests. */
export function PullRequestStatusBadge({ pullRequest }: { pullRequest: PullRequest }) {
  const merged = pullRequest.pullRequestTargets[0]?.mergeMetadata.isMerged;
  if (pullRequest.pullRequestStatus === 'OPEN') return <ToneBadge tone="green">Open</ToneBadge>;
  return merged ? <ToneBadge tone="violet">Merged</ToneBadge> : <ToneBadge tone="neutral">Closed</ToneBadge>;
}

export const branchOf = (reference: string) => reference.replace(/^refs\/heads\//, '');
