import { Link } from 'react-router';
import { HISTORY_PAGE, useCommitHistory } from '../../api/codecommit/get-commit-history';
import { linkClass } from '../../components/button-styles';
import { ErrorPanel } from '../../components/error-panel';
import { formatDateTime, formatRelative } from '../../components/format/time';
import { Loading } from '../../components/loading';
import { useSimNow } from '../../components/simulation/use-sim-now';
import { firstLine, shortId, signedAt } from './commit-format';
import { commitPath, commitsPath } from './paths';
import { TableHead } from '../../components/table-head';

/** The first-parent history of a branch, newest first, as the console lists it. */
export function CommitHistory({ name, gitRef }: { name: string; gitRef: string }) {
  const history = useCommitHistory(name, gitRef);
  const now = useSimNow();
  if (history.isPending) return <Loading label="Reading the history…" />;
  if (history.isError) {
    return (
      <ErrorPanel
        error={history.error}
        subject={`The history of ${gitRef}`}
        back={{ to: commitsPath(name), label: 'Back to the default branch' }}
      />
    );
  }

  return (
    <div className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left">
        <caption className="sr-only">Commits on {gitRef}, newest first</caption>
        <TableHead columns={['Commit', 'Message', 'Author', 'Date']} />
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {history.data.commits.map((commit) => {
            const at = signedAt(commit.author);
            return (
              <tr key={commit.commitId} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
                <td className="px-4 py-2.5">
                  <Link
                    to={commitPath(name, commit.commitId)}
                    className={`${linkClass} font-mono`}
                    title={commit.commitId}
                  >
                    {shortId(commit.commitId)}
                  </Link>
                </td>
                <td className="max-w-lg truncate px-4 py-2.5">{firstLine(commit.message)}</td>
                <td className="px-4 py-2.5 whitespace-nowrap">{commit.author.name}</td>
                <td
                  className="px-4 py-2.5 whitespace-nowrap"
                  title={at === undefined ? commit.author.date : formatDateTime(at)}
                >
                  {at === undefined
                    ? commit.author.date
                    : now === undefined
                      ? formatDateTime(at)
                      : formatRelative(at, now)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {history.data.truncated && (
        <p className="border-t border-zinc-200 px-4 py-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          Showing the latest {HISTORY_PAGE} commits. Open the oldest one and follow its parent to go further back.
        </p>
      )}
    </div>
  );
}
