import { Link } from 'react-router';
import { useRepositoryMetadataList } from '../../api/codecommit/list-repository-metadata';
import { fromEpochSeconds } from '../../api/codecommit/service';
import { linkClass } from '../../components/button-styles';
import { errorText } from '../../components/error-text';
import { formatDateTime, formatRelative } from '../../components/format/time';
import { Loading } from '../../components/loading';
import { useSimNow } from '../../components/simulation/use-sim-now';
import { DashboardTile } from './dashboard-tile';
import { recentlyModified } from './dashboard-summary';

const SHOWN = 6;

export function SourceTile() {
  const { data, error, isPending } = useRepositoryMetadataList();
  const now = useSimNow();
  const repositories = data ? recentlyModified(data) : [];

  return (
    <DashboardTile title="Source" to="/codecommit" count={data?.length}>
      {isPending && <Loading label="Reading repositories…" />}
      {error && <p role="alert">Repositories could not be listed: {errorText(error)}</p>}
      {data && data.length === 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">
          No repositories yet. A CodeCommit repository holds the code a pipeline builds and deploys.{' '}
          <Link to="/codecommit?create" className={linkClass}>
            Create one
          </Link>
          .
        </p>
      )}
      {repositories.length > 0 && (
        <>
          <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">CodeCommit repositories, latest change first</p>
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {repositories.slice(0, SHOWN).map((repo) => {
              const modified = fromEpochSeconds(repo.lastModifiedDate).getTime();
              return (
                <li key={repo.repositoryId} className="py-1.5">
                  <div className="flex items-baseline justify-between gap-3">
                    <Link
                      to={`/codecommit/repositories/${encodeURIComponent(repo.repositoryName)}`}
                      className={`${linkClass} truncate font-semibold`}
                    >
                      {repo.repositoryName}
                    </Link>
                    <span
                      className="shrink-0 text-xs text-zinc-600 dark:text-zinc-400"
                      title={formatDateTime(modified)}
                    >
                      {now === undefined ? formatDateTime(modified) : formatRelative(modified, now)}
                    </span>
                  </div>
                  {repo.repositoryDescription && (
                    <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">{repo.repositoryDescription}</p>
                  )}
                </li>
              );
            })}
          </ul>
          {repositories.length > SHOWN && (
            <Link to="/codecommit" className={`${linkClass} mt-2 inline-block text-sm`}>
              All {repositories.length} repositories
            </Link>
          )}
        </>
      )}
    </DashboardTile>
  );
}
