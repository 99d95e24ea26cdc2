import { useId, useState } from 'react';
import { Link } from 'react-router';
import { usePullRequestComments } from '../../../api/codecommit/get-comments-for-pull-request';
import { usePostCommentForPullRequest } from '../../../api/codecommit/post-comment-for-pull-request';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { fromEpochSeconds } from '../../../api/codecommit/service';
import { buttonClass, inputClass, linkClass } from '../../../components/button-styles';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { ErrorLine } from '../diff/error-line';
import { pullRequestPath } from '../paths';
import { useActingAs } from './acting-as';
import { principalName } from './principal-name';

/** General comments (and a list of the ones on file lines), newest last; plain text only. */
export function CommentsPanel({ pr }: { pr: PullRequest }) {
  const threads = usePullRequestComments(pr.pullRequestId);
  const post = usePostCommentForPullRequest();
  const actingAs = useActingAs();
  const id = useId();
  const [content, setContent] = useState('');
  const t = pr.pullRequestTargets[0];
  if (!t) return null;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (post.isPending) return;
    post.mutate(
      {
        pullRequestId: pr.pullRequestId,
        repositoryName: t.repositoryName,
        beforeCommitId: t.destinationCommit,
        afterCommitId: t.sourceCommit,
        content,
      },
      { onSuccess: () => setContent('') },
    );
  };

  const comments = (threads.data ?? [])
    .flatMap((thread) => thread.comments.map((c) => ({ ...c, location: thread.location })))
    .sort((a, b) => a.creationDate - b.creationDate);

  return (
    <div className="space-y-4">
      {threads.isPending && <Loading label="Reading comments…" />}
      {threads.isError && <ErrorLine error={threads.error} />}
      {threads.data && comments.length === 0 && <p className="text-zinc-600 dark:text-zinc-400">No comments yet.</p>}
      <ul aria-label="Comments" className="space-y-3">
        {comments.map((c) => (
          <li key={c.commentId} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              <span className="font-semibold text-zinc-900 dark:text-zinc-100">{principalName(c.authorArn)}</span> ·{' '}
              {formatDateTime(fromEpochSeconds(c.creationDate).getTime())}
              {c.location && (
                <>
                  {' · on '}
                  <Link to={pullRequestPath(t.repositoryName, pr.pullRequestId, 'changes')} className={linkClass}>
                    {c.location.filePath} line {c.location.filePosition}
                    {c.location.relativeFileVersion === 'BEFORE' ? ' (old version)' : ''}
                  </Link>
                </>
              )}
            </p>
            <p className="mt-1 break-words whitespace-pre-wrap">{c.content}</p>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="space-y-2">
        <label htmlFor={id} className="block font-semibold">
          New comment
        </label>
        <textarea
          id={id}
          rows={3}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          className={`${inputClass} w-full max-w-3xl`}
        />
        {post.isError && <ErrorLine error={post.error} />}
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Plain text. Posted as <span className="font-semibold">{actingAs.label}</span>.
        </p>
        <button type="submit" className={buttonClass('primary')} aria-disabled={post.isPending}>
          Comment
        </button>
      </form>
    </div>
  );
}
