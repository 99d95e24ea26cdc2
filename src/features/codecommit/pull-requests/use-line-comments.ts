import { useMemo } from 'react';
import { usePullRequestComments } from '../../../api/codecommit/get-comments-for-pull-request';
import { usePostCommentForPullRequest } from '../../../api/codecommit/post-comment-for-pull-request';
import type { CommentsForPullRequest, Location, PullRequest } from '../../../api/codecommit/pull-request-types';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { formatDateTime } from '../../../components/format/time';
import type { LineComment, LineCommentSupport } from '../diff/line-comments';
import { useActingAs } from './acting-as';
import { principalName } from './principal-name';

const sameLocation = (a: Location, b: Location) =>
  a.filePath === b.filePath && a.filePosition === b.filePosition && a.relativeFileVersion === b.relativeFileVersion;

/** Comment threads on file lines, in the form the diff shows them. */
export function lineThread(threads: CommentsForPullRequest[], location: Location): LineComment[] {
  return threads
    .filter((t) => t.location && sameLocation(t.location, location))
    .flatMap((t) => t.comments)
    .map((c) => ({
      commentId: c.commentId,
      author: principalName(c.authorArn),
      when: formatDateTime(fromEpochSeconds(c.creationDate).getTime()),
      content: c.content,
    }));
}

/** Comments on lines of the Changes view: read with GetCommentsForPullRequest, posted as the acting identity. */
export function useLineComments(pr: PullRequest): LineCommentSupport | undefined {
  const comments = usePullRequestComments(pr.pullRequestId);
  const post = usePostCommentForPullRequest();
  const actingAs = useActingAs();
  const target = pr.pullRequestTargets[0];
  const threads = comments.data;
  return useMemo(
    () =>
      target && threads
        ? {
            threadFor: (location: Location) => lineThread(threads, location),
            post: (location: Location, content: string) =>
              post.mutateAsync({
                pullRequestId: pr.pullRequestId,
                repositoryName: target.repositoryName,
                beforeCommitId: target.destinationCommit,
                afterCommitId: target.sourceCommit,
                content,
                location,
              }),
            actingAs: actingAs.label,
          }
        : undefined,
    [target, threads, post, pr.pullRequestId, actingAs.label],
  );
}
