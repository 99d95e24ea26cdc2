import { useMutation, useQueryClient } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codecommitKeys } from './keys';
import type { Comment, Location } from './pull-request-types';
import { codecommit } from './service';

export interface PostCommentForPullRequestInput {
  pullRequestId: string;
  repositoryName: string;
  beforeCommitId: string;
  afterCommitId: string;
  content: string;
  /** A line of a file in the Changes view; absent for a general comment. */
  location?: Location;
}

export const postCommentForPullRequest = (input: PostCommentForPullRequestInput) =>
  awsCall<{ comment: Comment }>(codecommit, 'PostCommentForPullRequest', input).then((o) => o.comment);

export function usePostCommentForPullRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postCommentForPullRequest,
    onSuccess: (_out, input) =>
      queryClient.invalidateQueries({ queryKey: codecommitKeys.pullRequestComments(input.pullRequestId) }),
  });
}
