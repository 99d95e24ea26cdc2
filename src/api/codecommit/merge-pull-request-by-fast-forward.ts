import { awsCall } from '../aws-call';
import type { PullRequest } from './pull-request-types';
import { codecommit } from './service';

export interface MergePullRequestInput {
  pullRequestId: string;
  repositoryName: string;
  /** The source tip the user reviewed; the service refuses the merge if the branch moved since. */
  sourceCommitId?: string;
}

/** The destination moves to the source tip; no merge commit. */
export const mergePullRequestByFastForward = (input: MergePullRequestInput) =>
  awsCall<{ pullRequest: PullRequest }>(codecommit, 'MergePullRequestByFastForward', input).then((o) => o.pullRequest);
