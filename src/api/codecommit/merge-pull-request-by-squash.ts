import { awsCall } from '../aws-call';
import type { MergePullRequestInput } from './merge-pull-request-by-fast-forward';
import type { ConflictDetailLevel, ConflictResolutionStrategy, PullRequest } from './pull-request-types';
import { codecommit } from './service';

/** The inputs squash and three-way merges share. */
export interface MergeCommitInput extends MergePullRequestInput {
  conflictDetailLevel?: ConflictDetailLevel;
  conflictResolutionStrategy?: ConflictResolutionStrategy;
  commitMessage?: string;
  authorName?: string;
  email?: string;
}

/** One new commit on the destination with all the source changes. */
export const mergePullRequestBySquash = (input: MergeCommitInput) =>
  awsCall<{ pullRequest: PullRequest }>(codecommit, 'MergePullRequestBySquash', input).then((o) => o.pullRequest);
