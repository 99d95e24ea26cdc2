import { Link } from 'react-router';
import { COMMITS_BETWEEN_LIMIT, useCommitsBetween } from '../../../api/codecommit/get-commits-between';
import type { PullRequest } from '../../../api/codecommit/pull-request-types';
import { linkClass } from '../../../components/button-styles';
import { EmptyState } from '../../../components/empty-state';
import { formatDateTime } from '../../../components/format/time';
import { Loading } from '../../../components/loading';
import { firstLine, shortId, signedAt } from '../commit-format';
import { ErrorLine } from '../diff/error-line';
import { commitPath, comparePath } from '../paths';
import { TableHead } from '../../../components/table-head';

/** The source branch's commits since the merge base: what the pull request brings to the destination. */
export function CommitsPanel({ pr }: { pr: PullRequest }) {
  const t = pr.pullRequestTargets[0];
  const commits = useCommitsBetween(t?.repositoryName ?? '', t?.mergeBase, t?.sourceCommit ?? '');
  if (!t) return null;
  if (commits.isPending) return <Loading label="Reading the commits…" />;
  if (commits.isError) return <ErrorLine error={commits.error} />;
  if (commits.data.commits.length === 0) {
    return (
      <EmptyState title="No commits to merge">
        <p>The destination already contains every commit of the source branch.</p>
      </EmptyState>
    );
  }
  return (
    <div className="overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-left">
        <caption className="sr-only">
          Commits on the source branch that the destination does not have, newest first
        </caption>
        <TableHead columns={['Commit', 'Message', 'Author', 'Date', { label: 'Changes', hidden: true }]} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {commits.data.commits.map((c) => {
            const at = signedAt(c.author);
            return (
              <tr key={c.commitId}>
                <td className="px-4 py-2.5">
                  <Link
                    to={commitPath(t.repositoryName, c.commitId)}
                    className={`${linkClass} font-mono`}
                    title={c.commitId}
                  >
                    {shortId(c.commitId)}
                  </Link>
                </td>
                <td className="max-w-md truncate px-4 py-2.5">{firstLine(c.message)}</td>
                <td className="px-4 py-2.5 whitespace-nowrap">{c.author.name}</td>
                <td className="px-4 py-2.5 whitespace-nowrap">
                  {at === undefined ? c.author.date : formatDateTime(at)}
                </td>
                <td className="px-4 py-2.5 text-right">
                  {c.parents[0] && (
                    <Link to={comparePath(t.repositoryName, c.parents[0], c.commitId)} className={linkClass}>
                      Changes<span className="sr-only"> in {shortId(c.commitId)}</span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {commits.data.truncated && (
        <p className="border-t border-zinc-200 px-4 py-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          Showing the first {COMMITS_BETWEEN_LIMIT} commits.
        </p>
      )}
    </div>
  );
}
