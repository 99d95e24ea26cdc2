import { awsCall } from '../aws-call';
import type { MergeCommitInput } from './merge-pull-request-by-squash';
import type { PullRequest } from './pull-request-types';
import { codecommit } from './service';

/** A merge commit on the destination that keeps the individual source commits. */
export const mergePullRequestByThreeWay = (input: MergeCommitInput) =>
  awsCall<{ pullRequest: PullRequest }>(codecommit, 'MergePullRequestByThreeWay', input).then((o) => o.pullRequest);
